import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openNamedDatabase } from '../../../renderer/db/database';
import { createRepository } from '../../../renderer/db/repository';
import type { QiyosDatabase } from '../../../renderer/db/schema';
import { createWriteTracker, trackDatabaseWrites, type WriteTracker } from '../../../renderer/db/writeTracker';

describe('createWriteTracker', () => {
  it('is idle without writes', async () => {
    const tracker = createWriteTracker();
    expect(tracker.pending()).toBe(0);
    await expect(tracker.whenIdle()).resolves.toBeUndefined();
  });

  it('resolves whenIdle only after every write finished, and counts a double finish once', async () => {
    const tracker = createWriteTracker();
    const first = tracker.begin();
    const second = tracker.begin();
    let idle = false;
    const waiting = tracker.whenIdle().then(() => (idle = true));
    first();
    first();
    await Promise.resolve();
    expect(tracker.pending()).toBe(1);
    expect(idle).toBe(false);
    second();
    await waiting;
    expect(idle).toBe(true);
    expect(tracker.pending()).toBe(0);
  });
});

describe('trackDatabaseWrites', () => {
  let db: QiyosDatabase;
  let tracker: WriteTracker;
  let counter = 0;

  beforeEach(async () => {
    tracker = createWriteTracker();
    db = trackDatabaseWrites(openNamedDatabase(`qiyos-write-tracker-${++counter}`), tracker);
    await db.open();
  });

  afterEach(() => db.delete());

  it('counts a repository write from its start until it has committed', async () => {
    const repo = createRepository(() => db);
    const creating = repo.createProject('Tashkent talks');
    await expect.poll(() => tracker.pending()).toBe(1);
    const idle = tracker.whenIdle();
    const projectId = await creating;
    await idle;
    expect(tracker.pending()).toBe(0);
    // Idle means committed: a fresh connection sees the project.
    const other = openNamedDatabase(db.name);
    expect(await other.projects.get(projectId)).toMatchObject({ name: 'Tashkent talks' });
    other.close();
  });

  it('counts multi-table transactions and does not count reads', async () => {
    const repo = createRepository(() => db);
    const projectId = await repo.createProject('P');
    await repo.listProjects();
    expect(tracker.pending()).toBe(0);
    const deleting = repo.deleteProject(projectId);
    await expect.poll(() => tracker.pending()).toBe(1);
    await deleting;
    await tracker.whenIdle();
    expect(await db.projects.count()).toBe(0);
  });

  it('releases a write that fails and rolls back', async () => {
    const repo = createRepository(() => db);
    await expect(repo.addDocument(999, { title: 't', fileName: '', originalText: 'x', lang: 'en', detectedLang: 'en', segments: [] } as never)).rejects.toThrow();
    await tracker.whenIdle();
    expect(tracker.pending()).toBe(0);
  });
});
