/**
 * Counts the database's write transactions in flight, so a quit can wait until they have committed
 * (electron/quit.ts asks, renderer/platform/menuBridge.ts answers). It hooks Dexie's DBCore, so every
 * `db.transaction('rw', …)` and single-table write is counted without the repository doing anything.
 */
import type { DBCore, Dexie } from 'dexie';

export interface WriteTracker {
  /** Marks one write as started; returns the function that marks it finished (calling it twice is harmless). */
  begin(): () => void;
  /** Writes in flight now. */
  pending(): number;
  /** Resolves once no write is in flight (at once when none is). */
  whenIdle(): Promise<void>;
}

export function createWriteTracker(): WriteTracker {
  let pending = 0;
  let waiters: Array<() => void> = [];
  return {
    begin() {
      pending++;
      let finished = false;
      return () => {
        if (finished) return;
        finished = true;
        pending--;
        if (pending === 0) {
          const ready = waiters;
          waiters = [];
          for (const resolve of ready) resolve();
        }
      };
    },
    pending: () => pending,
    whenIdle() {
      if (pending === 0) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
  };
}

/** The app's tracker, fed by the app database (renderer/db/database.ts). */
export const writeTracker: WriteTracker = createWriteTracker();

/** Counts every readwrite transaction of `db` in `tracker` from its start until it completes or aborts. Call before the database opens. */
export function trackDatabaseWrites<D extends Dexie>(db: D, tracker: WriteTracker = writeTracker): D {
  db.use({
    stack: 'dbcore',
    name: 'QiyosWriteTracker',
    create: (core: DBCore): DBCore => ({
      ...core,
      transaction(stores, mode, options) {
        const transaction = core.transaction(stores, mode, options);
        if (mode === 'readwrite') {
          const done = tracker.begin();
          // An IndexedDB transaction ends with exactly one of these; listeners leave Dexie's own on* handlers alone.
          const events = transaction as unknown as EventTarget;
          events.addEventListener('complete', done);
          events.addEventListener('abort', done);
        }
        return transaction;
      },
    }),
  });
  return db;
}
