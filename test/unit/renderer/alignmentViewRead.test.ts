/**
 * Reading the alignment view (renderer/db/alignmentViewRead.ts): the first rows handed out early
 * are exactly the first rows of the whole view, with its real row count; the whole view's rows
 * are in row order after edits have given them fractional orders and new ids; and the store shows
 * the first rows only while the first read is under way.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bead } from '../../../shared/model';
import type { AlignmentFirstRows, LoadViewOptions } from '../../../renderer/db/alignmentViewRead';
import { AlignmentViewStore } from '../../../renderer/db/alignmentView';
import { openNamedDatabase } from '../../../renderer/db/database';
import { createRepository, type Repository } from '../../../renderer/db/repository';
import type { QiyosDatabase } from '../../../renderer/db/schema';
import { createAlignedProject } from './alignedProjectFixture';
import { enDocument, uzDocument } from './seedFixture';

let counter = 0;
let db: QiyosDatabase;
let repo: Repository;

beforeEach(async () => {
  db = openNamedDatabase(`qiyos-view-read-${++counter}`);
  repo = createRepository(() => db);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

const aligned = (beads?: Bead[]) => createAlignedProject(repo, beads);

/** Loads the view with a first-rows callback; returns the view and every first-rows report. */
async function loadWithFirstRows(projectId: number, options: Omit<LoadViewOptions, 'onFirstRows'>) {
  const reports: AlignmentFirstRows[] = [];
  const view = await repo.loadAlignmentView(projectId, { ...options, onFirstRows: (first) => reports.push(first) });
  return { view: view!, reports };
}

/** The bead ids in row order, read straight from the [alignmentId+order] index. */
const idsInOrder = async (alignmentId: number) => (await db.beads.where('[alignmentId+order]').between([alignmentId, -Infinity], [alignmentId, Infinity]).primaryKeys()) as number[];

describe('the first rows of the alignment view', () => {
  it('are the first rows of the whole view, with the real row count', async () => {
    const { projectId } = await aligned();
    const { view, reports } = await loadWithFirstRows(projectId, { firstRows: 5, firstRowsAbove: 0 });
    expect(reports).toHaveLength(1);
    const [first] = reports;
    expect(view.beads.length).toBeGreaterThan(5);
    expect(first!.total).toBe(view.beads.length);
    expect(first!.view.beads).toEqual(view.beads.slice(0, 5));
    expect(first!.view.columns).toEqual(view.columns);
    expect(first!.view.alignment).toEqual(view.alignment);
    // Real sentence texts: the first row pairs the seeds' first sentences.
    expect(first!.view.beads.flatMap((b) => b.cells.flat().map((s) => s.text)).join(' ')).toContain(uzDocument().segments[0]!.text);
  });

  it('are still the first rows after edits reordered and renumbered them', async () => {
    const { projectId, alignmentId } = await aligned();
    for (const row of [0, 2, 1]) {
      await repo.applyEdit(alignmentId, { kind: 'mergeWithNext', row });
      await repo.applyEdit(alignmentId, { kind: 'split', row });
    }
    await repo.applyEdit(alignmentId, { kind: 'confirm', row: 0 });
    const { view, reports } = await loadWithFirstRows(projectId, { firstRows: 4, firstRowsAbove: 0 });
    // The whole view is in row order even though later rows now have smaller ids.
    const ids = await idsInOrder(alignmentId);
    expect([...ids].sort((x, y) => x - y)).not.toEqual(ids);
    expect(view.beads.map((b) => b.id)).toEqual(ids);
    expect(reports[0]!.view.beads).toEqual(view.beads.slice(0, 4));
    expect(reports[0]!.view.beads[0]!.status).toBe('confirmed');
    expect(reports[0]!.total).toBe(view.beads.length);
  });

  it('end before a row whose sentence is not among the first sentences read', async () => {
    // firstRows 3 reads each document's first 6 sentences; row 2 holds the English sentence 12.
    const beads: Bead[] = [
      { cells: [[0], [0]], score: 0.9 },
      { cells: [[1], [1]], score: 0.9 },
      { cells: [[2], [12]], score: 0.5 },
      ...Array.from({ length: 9 }, (_, k) => ({ cells: [[3 + k], [2 + k]], score: 0.8 })),
    ];
    const { projectId } = await aligned(beads);
    const { view, reports } = await loadWithFirstRows(projectId, { firstRows: 3, firstRowsAbove: 0 });
    expect(reports[0]!.view.beads).toEqual(view.beads.slice(0, 2));
    expect(reports[0]!.total).toBe(12);
    expect(view.beads[2]!.cells[1]![0]!.text).toBe(enDocument().segments[12]!.text);
  });

  it('are not handed out for an alignment that is read in a moment anyway', async () => {
    const { projectId } = await aligned();
    const { view, reports } = await loadWithFirstRows(projectId, { firstRows: 5, firstRowsAbove: 10_000 });
    expect(reports).toEqual([]);
    expect(view.beads.length).toBeGreaterThan(5);
  });

  it('are not asked for without a callback, and a project without an alignment has no view', async () => {
    const { projectId } = await aligned();
    const plain = (await repo.loadAlignmentView(projectId))!;
    expect(plain).toEqual((await loadWithFirstRows(projectId, { firstRows: 5, firstRowsAbove: 0 })).view);
    const empty = await repo.createProject('Empty');
    const reports: AlignmentFirstRows[] = [];
    expect(await repo.loadAlignmentView(empty, { firstRowsAbove: 0, onFirstRows: (first) => reports.push(first) })).toBeNull();
    expect(reports).toEqual([]);
  });
});

describe('the sentences of the alignment view', () => {
  it('are read whether a document\'s segment ids lie together or are spread by later additions', async () => {
    const { projectId, alignmentId } = await aligned();
    const before = (await repo.loadAlignmentView(projectId))!;
    const [uz, en] = before.alignment.columns as [number, number];
    const nextOrder = async (documentId: number) => (await db.segments.where('[documentId+order]').between([documentId, -Infinity], [documentId, Infinity]).last())!.order + 1;
    // The Uzbek extra sentence comes right after the English document (its id range then holds English segments too)…
    const uzExtra = (await db.segments.add({ documentId: uz, order: await nextOrder(uz), text: 'Qoʻshimcha gap.', kind: 'sentence', start: -1 })) as number;
    // …the English one after five more documents (its ids are then spread far apart).
    const other = await repo.createProject('Other');
    for (let k = 0; k < 5; k++) await repo.addDocument(other, enDocument());
    const enExtra = (await db.segments.add({ documentId: en, order: await nextOrder(en), text: 'One more sentence.', kind: 'sentence', start: -1 })) as number;
    const last = before.beads.at(-1)!;
    await db.beads.update(last.id, { cells: [[...last.cells[0]!.map((s) => s.id), uzExtra], [...last.cells[1]!.map((s) => s.id), enExtra]] });
    const after = (await repo.loadAlignmentView(projectId))!;
    expect(after.beads.slice(0, -1)).toEqual(before.beads.slice(0, -1));
    expect(after.beads.at(-1)!.cells.map((cell) => cell.map((s) => s.text).at(-1))).toEqual(['Qoʻshimcha gap.', 'One more sentence.']);
    expect(after.beads.map((b) => b.id)).toEqual(await idsInOrder(alignmentId));
  });
});

describe('the view store while the first read is under way', () => {
  /** Waits (polling) until `ready()` holds; the store hands out what it read from tasks of its own. */
  const until = async (ready: () => boolean) => {
    for (let waited = 0; !ready(); waited += 5) {
      if (waited > 5000) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };

  it('shows the first rows until the whole view is in, and not when a view is already shown', async () => {
    const { projectId, alignmentId } = await aligned();
    let loads = 0;
    let release: () => void = () => {};
    let gate = new Promise<void>((resolve) => (release = resolve));
    const store = new AlignmentViewStore(projectId, async (id, options) => {
      loads++;
      const view = await repo.loadAlignmentView(id, { ...options, firstRows: 5, firstRowsAbove: 0 });
      await gate;
      return view;
    });
    let notified = 0;
    store.subscribe(() => notified++);
    store.onStamp(await repo.alignmentStamp(projectId));
    await until(() => store.getFirstRows() !== null);
    expect(store.get()).toBeUndefined();
    const first = store.getFirstRows()!;
    expect(first.view.beads).toHaveLength(5);
    expect(notified).toBe(1);
    release();
    await until(() => store.get() !== undefined);
    const view = store.get()!;
    expect(store.getFirstRows()).toBeNull();
    expect(first.view.beads).toEqual(view.beads.slice(0, 5));
    expect(first.total).toBe(view.beads.length);
    // Another window changes the alignment: the shown view stays until the new one is read; no first rows meanwhile.
    gate = new Promise<void>((resolve) => (release = resolve));
    await repo.applyEdit(alignmentId, { kind: 'confirm', row: 1 });
    store.onStamp(await repo.alignmentStamp(projectId));
    await until(() => loads === 2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(store.getFirstRows()).toBeNull();
    expect(store.get()).toBe(view);
    release();
    await until(() => store.get() !== view);
    expect(store.get()!.beads[1]!.status).toBe('confirmed');
    expect(store.getFirstRows()).toBeNull();
  });
});
