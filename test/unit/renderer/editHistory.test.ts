import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { alignDocuments } from '../../../shared/align/alignDocuments';
import { checkInvariants } from '../../../shared/editing/beadOps';
import { openNamedDatabase } from '../../../renderer/db/database';
import { createRepository, type Repository } from '../../../renderer/db/repository';
import type { QiyosDatabase } from '../../../renderer/db/schema';
import { enDocument, goldBeads, uzDocument } from './seedFixture';

const name = () => `qiyos-edit-history-${++counter}`;
let counter = 0;
let dbName: string;
let db: QiyosDatabase;
let repo: Repository;

beforeEach(async () => {
  dbName = name();
  db = openNamedDatabase(dbName);
  repo = createRepository(() => db);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

async function aligned() {
  const projectId = await repo.createProject('Edits');
  const uz = await repo.addDocument(projectId, uzDocument());
  const en = await repo.addDocument(projectId, enDocument());
  const alignmentId = await repo.saveAlignment(projectId, [uz, en], goldBeads());
  return { projectId, alignmentId };
}

/** The rows as per-document indices, checked against the invariants. */
async function rows(projectId: number) {
  const view = (await repo.loadAlignmentView(projectId))!;
  const firstIds = view.columns.map((_, c) => Math.min(...view.beads.flatMap((b) => b.cells[c]!.map((s) => s.id))));
  const beads = view.beads.map((b) => ({ cells: b.cells.map((cell, c) => cell.map((s) => s.id - firstIds[c]!)), score: b.score, status: b.status }));
  const lengths = view.columns.map((_, c) => beads.reduce((n, b) => n + b.cells[c]!.length, 0));
  expect(checkInvariants(beads, lengths)).toBeNull();
  return beads;
}

describe('edit history', () => {
  it('applies an edit, undoes and redoes it, writing few rows', async () => {
    const { projectId, alignmentId } = await aligned();
    const start = await rows(projectId);
    const idsBefore = (await db.beads.toArray()).map((b) => b.id);
    const outcome = await repo.applyEdit(alignmentId, { kind: 'mergeWithNext', row: 2 });
    expect(outcome).toMatchObject({ label: 'Merge rows 3 and 4', start: 2, count: 1, removed: 2, renumbered: false });
    expect(outcome.rows).toHaveLength(1);
    const merged = await rows(projectId);
    expect(merged).toHaveLength(start.length - 1);
    // one row removed, every other row kept its id
    expect((await db.beads.toArray()).map((b) => b.id)).toEqual(idsBefore.filter((_, k) => k !== 3));
    expect(await repo.editHistory(alignmentId)).toEqual({ undo: 'Merge rows 3 and 4', redo: null, undoOp: { kind: 'mergeWithNext', row: 2 } });
    expect(await repo.undo(alignmentId)).toMatchObject({ start: 2, count: 2 });
    expect(await rows(projectId)).toEqual(start);
    expect(await repo.editHistory(alignmentId)).toEqual({ undo: null, redo: 'Merge rows 3 and 4', redoOp: { kind: 'mergeWithNext', row: 2 } });
    await repo.redo(alignmentId);
    expect(await rows(projectId)).toEqual(merged);
    expect(await repo.redo(alignmentId)).toBeNull();
  });

  it('inserts rows between neighbours and keeps the order through many splits', async () => {
    const { projectId, alignmentId } = await aligned();
    const start = await rows(projectId);
    const row = start.findIndex((b) => b.cells.every((c) => c.length > 0));
    for (let k = 0; k < 30; k++) {
      await repo.applyEdit(alignmentId, { kind: 'detach', row, column: 0 });
      await repo.applyEdit(alignmentId, { kind: 'mergeWithNext', row });
    }
    expect(await rows(projectId)).toEqual(start.map((b, k) => (k === row ? { ...b, status: 'auto' } : b)));
    for (let k = 0; k < 60; k++) expect(await repo.undo(alignmentId)).not.toBeNull();
    expect(await rows(projectId)).toEqual(start);
  });

  it('drops the redo stack on a new edit and refuses edits that do not apply', async () => {
    const { alignmentId } = await aligned();
    await repo.applyEdit(alignmentId, { kind: 'confirm', row: 0 });
    await repo.undo(alignmentId);
    await repo.applyEdit(alignmentId, { kind: 'confirm', row: 1 });
    expect(await repo.editHistory(alignmentId)).toEqual({ undo: 'Confirm row 2', redo: null, undoOp: { kind: 'confirm', row: 1 } });
    await expect(repo.applyEdit(alignmentId, { kind: 'mergeWithPrevious', row: 0 })).rejects.toThrow(/first row/);
    expect(await db.edits.count()).toBe(1);
  });

  it('keeps the edits and their history across a restart', async () => {
    const { projectId, alignmentId } = await aligned();
    const start = await rows(projectId);
    await repo.applyEdit(alignmentId, { kind: 'mergeWithNext', row: 4 });
    await repo.applyEdit(alignmentId, { kind: 'split', row: 4 });
    await repo.applyEdit(alignmentId, { kind: 'confirm', row: 0 });
    const edited = await rows(projectId);
    db.close();
    db = openNamedDatabase(dbName);
    repo = createRepository(() => db);
    await db.open();
    expect(await rows(projectId)).toEqual(edited);
    for (let k = 0; k < 3; k++) await repo.undo(alignmentId);
    expect(await rows(projectId)).toEqual(start);
    await repo.redo(alignmentId);
    expect(await rows(projectId)).toHaveLength(start.length - 1);
  });

  it('realigns the unconfirmed rest as one undoable edit, keeping confirmed rows', async () => {
    const { projectId, alignmentId } = await aligned();
    const start = await rows(projectId);
    const row = start.findIndex((b) => b.cells.every((c) => c.length > 0));
    await repo.applyEdit(alignmentId, { kind: 'detach', row, column: 1 });
    await repo.applyEdit(alignmentId, { kind: 'confirm', row });
    const input = await repo.loadRealignInput(alignmentId);
    expect(input.fixed).toHaveLength(1);
    const beads = alignDocuments(input.documents, { fixed: input.fixed });
    await repo.replaceUnconfirmed(alignmentId, beads, input.version);
    const after = await rows(projectId);
    expect(after.filter((b) => b.status === 'confirmed').map((b) => b.cells)).toEqual([start[row]!.cells.map((c, k) => (k === 1 ? [] : c))]);
    await repo.undo(alignmentId);
    expect((await rows(projectId)).filter((b) => b.status === 'confirmed')).toHaveLength(1);
    await expect(repo.replaceUnconfirmed(alignmentId, beads, input.version)).rejects.toThrow(/changed while realigning/);
  });

  it('drops the history with its alignment (aligning again, deleting the project)', async () => {
    const { projectId, alignmentId } = await aligned();
    await repo.applyEdit(alignmentId, { kind: 'confirm', row: 0 });
    const view = (await repo.loadAlignmentView(projectId))!;
    await repo.saveAlignment(projectId, view.alignment.columns, goldBeads());
    expect(await db.edits.count()).toBe(0);
    const again = (await repo.loadAlignmentView(projectId))!.alignment.id;
    await repo.applyEdit(again, { kind: 'confirm', row: 0 });
    await repo.deleteProject(projectId);
    expect(await db.edits.count()).toBe(0);
  });
});
