/**
 * The in-memory alignment view patched by edit outcomes (renderer/db/alignmentView.ts) is the view
 * read again from the database, after every kind of edit, undo, redo and text edit; and text
 * edits are stored, undone and exported as they should be.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BeadOp } from '../../../shared/editing/beadOps';
import { writeTmx } from '../../../shared/tmx/writeTmx';
import { AlignmentViewStore, patchView, viewStamp } from '../../../renderer/db/alignmentView';
import { openNamedDatabase } from '../../../renderer/db/database';
import { createRepository, type AlignmentView, type EditOutcome, type Repository, type RowLocator } from '../../../renderer/db/repository';
import type { QiyosDatabase } from '../../../renderer/db/schema';
import { buildTmxInput } from '../../../renderer/features/export/buildTmxInput';
import { enDocument, goldBeads, uzDocument } from './seedFixture';

let counter = 0;
let db: QiyosDatabase;
let repo: Repository;

beforeEach(async () => {
  db = openNamedDatabase(`qiyos-view-patch-${++counter}`);
  repo = createRepository(() => db);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

async function aligned() {
  const projectId = await repo.createProject('Patches');
  const uz = await repo.addDocument(projectId, uzDocument());
  const en = await repo.addDocument(projectId, enDocument());
  const alignmentId = await repo.saveAlignment(projectId, [uz, en], goldBeads());
  return { projectId, alignmentId };
}

/** What a view shows: rows with their ids, status, score and sentence texts. */
const shown = (view: AlignmentView) => ({
  stamp: viewStamp(view),
  beads: view.beads.map((b) => ({ id: b.id, status: b.status, score: b.score, cells: b.cells.map((cell) => cell.map((s) => ({ id: s.id, text: s.text, originalText: s.originalText }))) })),
});

describe('patching the alignment view with edit outcomes', () => {
  // Edits read their rows by position, by the view's hint of where a row is, or by a stale hint (checked, then by position).
  const locators = {
    'without a hint': () => undefined,
    'with the view as hint': (v: AlignmentView) => (row: number) => (v.beads[row] ? { id: v.beads[row]!.id, order: v.beads[row]!.order } : undefined),
    'with a stale hint': (v: AlignmentView) => (row: number) => (v.beads[row] ? { id: v.beads[row]!.id + 100_000, order: v.beads[row]!.order } : undefined),
  } satisfies Record<string, (v: AlignmentView) => RowLocator | undefined>;
  for (const [name, locatorOf] of Object.entries(locators)) it(`gives the same view as reading it again, for every kind of edit, undo and redo (${name})`, async () => {
    const { projectId, alignmentId } = await aligned();
    let view = (await repo.loadAlignmentView(projectId))!;
    const last = view.beads.length - 1;
    const pairRow = view.beads.findIndex((b) => b.cells.every((c) => c.length === 1));
    const both = (v: AlignmentView, from: number) => v.beads.findIndex((b, k) => k >= from && b.cells.every((c) => c.length > 0));
    const steps: ((v: AlignmentView, at: RowLocator | undefined) => Promise<EditOutcome | null>)[] = [
      (_, at) => repo.applyEdit(alignmentId, { kind: 'mergeWithNext', row: 0 }, at),
      (_, at) => repo.applyEdit(alignmentId, { kind: 'split', row: 0 }, at),
      (_, at) => repo.applyEdit(alignmentId, { kind: 'moveUp', row: pairRow + 1, column: 1 } as BeadOp, at),
      (_, at) => repo.applyEdit(alignmentId, { kind: 'moveDown', row: pairRow, column: 0 }, at),
      (v, at) => repo.applyEdit(alignmentId, { kind: 'detach', row: both(v, pairRow + 2), column: 1 }, at),
      (_, at) => repo.applyEdit(alignmentId, { kind: 'mergeWithPrevious', row: last - 1 }, at),
      (_, at) => repo.applyEdit(alignmentId, { kind: 'confirm', row: 3 }, at),
      (_, at) => repo.applyEdit(alignmentId, { kind: 'confirmAbove', row: 6 }, at),
      (_, at) => repo.undo(alignmentId, at),
      (_, at) => repo.undo(alignmentId, at),
      (_, at) => repo.redo(alignmentId, at),
      (v, at) => repo.editSegmentText(alignmentId, 2, v.beads[2]!.cells.find((c) => c.length)![0]!.id, 'A sentence with a typo fixed.', at),
      (_, at) => repo.undo(alignmentId, at),
      (_, at) => repo.redo(alignmentId, at),
    ];
    for (const [k, step] of steps.entries()) {
      let outcome: EditOutcome | null;
      try {
        outcome = await step(view, locatorOf(view));
      } catch (error) {
        throw new Error(`step ${k + 1}: ${String(error)}`);
      }
      expect(outcome, `step ${k + 1}`).not.toBeNull();
      const patched = patchView(view, outcome!);
      expect(patched, `step ${k + 1}`).not.toBeNull();
      const fresh = (await repo.loadAlignmentView(projectId))!;
      expect(shown(patched!), `step ${k + 1}`).toEqual(shown(fresh));
      view = patched!;
    }
  });

  it('edits near the first and last rows of the alignment', async () => {
    const { projectId, alignmentId } = await aligned();
    let view = (await repo.loadAlignmentView(projectId))!;
    const n = view.beads.length;
    for (const op of [
      { kind: 'mergeWithNext', row: n - 2 },
      { kind: 'split', row: n - 2 },
      { kind: 'mergeWithPrevious', row: 1 },
    ] as BeadOp[]) {
      view = patchView(view, await repo.applyEdit(alignmentId, op))!;
      expect(shown(view)).toEqual(shown((await repo.loadAlignmentView(projectId))!));
    }
    await expect(repo.applyEdit(alignmentId, { kind: 'mergeWithNext', row: view.beads.length - 1 })).rejects.toThrow(/last row/);
  });

  it('a store reads the view once, patches it on edits, and reads again on changes made elsewhere', async () => {
    const { projectId, alignmentId } = await aligned();
    let loads = 0;
    const store = new AlignmentViewStore(projectId, async (id) => {
      loads++;
      return repo.loadAlignmentView(id);
    });
    const settled = () => new Promise((resolve) => setTimeout(resolve, 20));
    store.onStamp(await repo.alignmentStamp(projectId));
    await settled();
    expect(loads).toBe(1);
    await store.apply(() => repo.applyEdit(alignmentId, { kind: 'mergeWithNext', row: 1 }));
    store.onStamp(await repo.alignmentStamp(projectId));
    await settled();
    expect(loads).toBe(1);
    expect(shown(store.get()!)).toEqual(shown((await repo.loadAlignmentView(projectId))!));
    // An edit this store did not make (another window): the stamp differs, the view is read again.
    await repo.applyEdit(alignmentId, { kind: 'split', row: 1 });
    store.onStamp(await repo.alignmentStamp(projectId));
    await settled();
    expect(loads).toBe(2);
    expect(shown(store.get()!)).toEqual(shown((await repo.loadAlignmentView(projectId))!));
  });
});

describe('a store with a read in flight', () => {
  it('does not let a read started before an edit bring back the old rows', async () => {
    const { projectId, alignmentId } = await aligned();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let readDone: () => void = () => {};
    const read = new Promise<void>((resolve) => (readDone = resolve));
    let calls = 0;
    const store = new AlignmentViewStore(projectId, async (id) => {
      const view = await repo.loadAlignmentView(id);
      if (++calls === 2) {
        readDone();
        await gate;
      }
      return view;
    });
    store.onStamp(await repo.alignmentStamp(projectId));
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Another window confirms a row: the store reads again; that read has its rows but has not
    // delivered them when an edit of this window lands.
    await repo.applyEdit(alignmentId, { kind: 'confirm', row: 5 });
    store.onStamp(await repo.alignmentStamp(projectId));
    await read;
    await store.apply(() => repo.applyEdit(alignmentId, { kind: 'mergeWithNext', row: 0 }));
    release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    store.onStamp(await repo.alignmentStamp(projectId));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shown(store.get()!)).toEqual(shown((await repo.loadAlignmentView(projectId))!));
  });
});

describe('editing a sentence text', () => {
  it('keeps the original, undoes and redoes, and exports the edited text', async () => {
    const { projectId, alignmentId } = await aligned();
    const view = (await repo.loadAlignmentView(projectId))!;
    const row = view.beads.findIndex((b) => b.cells[0]!.length > 0 && b.cells[1]!.length > 0 && / the /.test(b.cells[1]![0]!.text));
    const segment = view.beads[row]!.cells[1]![0]!;
    const fixed = segment.text.replace(/\bthe\b/, 'teh');
    expect(fixed).not.toBe(segment.text);
    // A typo introduced, then fixed back in a second edit: the original stays the segmented text.
    await repo.editSegmentText(alignmentId, row, segment.id, fixed);
    expect(await db.segments.get(segment.id)).toMatchObject({ text: fixed, originalText: segment.text });
    await expect(repo.editSegmentText(alignmentId, row, segment.id, `${fixed}\n `)).rejects.toThrow(/did not change/);
    const edited = (await repo.loadAlignmentView(projectId))!;
    expect(edited.beads[row]!.cells[1]![0]).toMatchObject({ text: fixed, originalText: segment.text });
    expect(writeTmx(buildTmxInput(edited)).xml).toContain(fixed.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').slice(0, 40));
    expect(await repo.editHistory(alignmentId)).toEqual({ undo: `Edit a sentence of row ${row + 1}`, redo: null, undoOp: { kind: 'text', row } });
    await repo.undo(alignmentId);
    const restored = await db.segments.get(segment.id);
    expect(restored?.text).toBe(segment.text);
    expect(restored && 'originalText' in restored).toBe(false);
    await repo.redo(alignmentId);
    expect(await db.segments.get(segment.id)).toMatchObject({ text: fixed, originalText: segment.text });
  });

  it('refuses an empty text or a sentence the row does not hold, storing nothing', async () => {
    const { projectId, alignmentId } = await aligned();
    const view = (await repo.loadAlignmentView(projectId))!;
    const segment = view.beads[0]!.cells.flat()[0]!;
    await expect(repo.editSegmentText(alignmentId, 0, segment.id, '  \n ')).rejects.toThrow(/cannot be empty/);
    await expect(repo.editSegmentText(alignmentId, 5, segment.id, 'Other text.')).rejects.toThrow(/does not hold/);
    expect(await db.edits.count()).toBe(0);
    expect((await db.segments.get(segment.id))?.text).toBe(segment.text);
  });
});
