/**
 * The alignment view kept in memory and patched by the edits made here, so an edit costs about the
 * same in a project of 100 or 100,000 rows: the rows and sentence texts are read once, and each
 * edit's outcome (the rows it wrote) replaces just the rows it changed. A cheap live stamp of the
 * alignment (id, last change, columns) tells when something else changed it (a new alignment,
 * another window, a restore): then the whole view is read again.
 */
import type { AlignmentFirstRows, LoadViewOptions } from './alignmentViewRead';
import { repository, type AlignmentView, type BeadView, type EditOutcome, type SegmentView } from './repository';

/** The stamp a view was read or patched at; the same shape as repository.alignmentStamp. */
export function viewStamp(view: AlignmentView | null): string | null {
  return view ? `${view.alignment.id}:${view.alignment.updatedAt}:${view.alignment.columns.join(',')}` : null;
}

/**
 * `view` with an edit's outcome applied; null when the outcome cannot be applied here (the rows
 * it replaced are not those in the view), and the view must be read again.
 */
export function patchView(view: AlignmentView, outcome: EditOutcome): AlignmentView | null {
  if (outcome.renumbered) return null;
  let beads = view.beads;
  if (outcome.removed > 0 || outcome.rows.length > 0) {
    const replaced = beads.slice(outcome.start, outcome.start + outcome.removed);
    if (replaced.length !== outcome.removed) return null;
    // An edit only regroups the sentences of the rows it replaces.
    const segments = new Map<number, SegmentView>();
    for (const bead of replaced) for (const cell of bead.cells) for (const s of cell) segments.set(s.id, s);
    const rows: BeadView[] = [];
    for (const record of outcome.rows) {
      const cells: SegmentView[][] = [];
      for (const cell of record.cells) {
        const found = cell.map((id) => segments.get(id));
        if (found.some((s) => s === undefined)) return null;
        cells.push(found as SegmentView[]);
      }
      rows.push({ id: record.id, order: record.order, score: record.score, status: record.status, cells });
    }
    beads = [...beads.slice(0, outcome.start), ...rows, ...beads.slice(outcome.start + outcome.removed)];
  }
  if (outcome.text) {
    const patched = withText(beads, outcome.start, outcome.text);
    if (!patched) return null;
    beads = patched;
  }
  return { ...view, alignment: { ...view.alignment, updatedAt: outcome.stamp }, beads };
}

/** `beads` with one sentence's text changed (looked for at `near` first); null when no row holds it. */
function withText(beads: BeadView[], near: number, change: NonNullable<EditOutcome['text']>): BeadView[] | null {
  const holds = (bead: BeadView | undefined) => !!bead?.cells.some((cell) => cell.some((s) => s.id === change.segmentId));
  const row = holds(beads[near]) ? near : beads.findIndex(holds);
  if (row < 0) return null;
  const bead = beads[row]!;
  const cells = bead.cells.map((cell) =>
    cell.map((s) => {
      if (s.id !== change.segmentId) return s;
      const { originalText: _old, ...rest } = s;
      return change.originalText === undefined ? { ...rest, text: change.text } : { ...rest, text: change.text, originalText: change.originalText };
    }),
  );
  const next = beads.slice();
  next[row] = { ...bead, cells };
  return next;
}

type Listener = () => void;

/**
 * One project's view: read when the stamp says so, patched by `apply`. While the first read is
 * under way, its first rows (and the row count) are there to show, read-only.
 */
export class AlignmentViewStore {
  private view: AlignmentView | null | undefined = undefined;
  private first: AlignmentFirstRows | null = null;
  private latest: string | null | undefined = undefined;
  /** The stamp the view is current for (what it was read or patched at). */
  private current: string | null | undefined = undefined;
  private busy = 0;
  private loads = 0;
  private loading = false;
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly projectId: number,
    private readonly load: (projectId: number, options?: LoadViewOptions) => Promise<AlignmentView | null> = (id, options) => repository.loadAlignmentView(id, options),
  ) {}

  readonly get = (): AlignmentView | null | undefined => this.view;

  /** The first rows of the view being read when there is no view yet; null otherwise. */
  readonly getFirstRows = (): AlignmentFirstRows | null => this.first;

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The live stamp changed (or arrived): read the view again unless it is already at that stamp. */
  onStamp(stamp: string | null): void {
    this.latest = stamp;
    this.settle();
  }

  /**
   * Runs an edit (undo, redo…) and patches the view with its outcome; the stamp change it causes
   * then needs no reload. Returns the outcome.
   */
  async apply<T extends EditOutcome | null>(run: () => Promise<T>): Promise<T> {
    this.busy++;
    try {
      const outcome = await run();
      if (outcome && this.loading) {
        // A read started before this edit would bring back the rows it changed: drop it and read again.
        this.loads++;
        this.loading = false;
        this.current = undefined;
      } else if (outcome && this.view) {
        const patched = patchView(this.view, outcome);
        if (patched) {
          // The database is now at the patched view's stamp: the live stamp reporting it needs no reload.
          this.current = viewStamp(patched);
          this.latest = this.current;
          this.set(patched);
        } else this.current = undefined;
      }
      return outcome;
    } finally {
      this.busy--;
      this.settle();
    }
  }

  private settle(): void {
    if (this.busy > 0 || this.latest === undefined || this.latest === this.current) return;
    void this.reload(this.latest);
  }

  private async reload(stamp: string | null): Promise<void> {
    const load = ++this.loads;
    this.current = stamp;
    this.loading = true;
    try {
      const options: LoadViewOptions = {
        // Shown from a task of its own: the read's transaction must not see what rendering does.
        onFirstRows: (first) => setTimeout(() => this.showFirstRows(load, first), 0),
      };
      // The read starts from a task of its own too: called from a live query's callback, Dexie
      // would otherwise track every row it reads for that query.
      const view = await new Promise<AlignmentView | null>((resolve, reject) => setTimeout(() => this.load(this.projectId, options).then(resolve, reject), 0));
      if (load === this.loads) this.set(view);
    } catch (error) {
      if (load === this.loads) this.current = undefined;
      throw error;
    } finally {
      if (load === this.loads) this.loading = false;
    }
  }

  private showFirstRows(load: number, first: AlignmentFirstRows): void {
    // Only for a first read still under way: a view already shown stays until the new one is in.
    if (load !== this.loads || !this.loading || this.view !== undefined) return;
    this.first = first;
    this.notify();
  }

  private set(view: AlignmentView | null): void {
    this.view = view;
    this.first = null;
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

const stores = new Map<number, AlignmentViewStore>();

/** The store of a project's view (one per project while the app runs). */
export function alignmentViewStore(projectId: number): AlignmentViewStore {
  let store = stores.get(projectId);
  if (!store) {
    // Only the open project's rows stay in memory.
    stores.clear();
    store = new AlignmentViewStore(projectId);
    stores.set(projectId, store);
  }
  return store;
}
