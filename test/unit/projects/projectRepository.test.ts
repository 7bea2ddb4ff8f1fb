import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openNamedDatabase } from '../../../renderer/db/database';
import { createProjectRepository, type ProjectRepository } from '../../../renderer/db/projectRepository';
import { createRepository, type Repository } from '../../../renderer/db/repository';
import type { QiyosDatabase } from '../../../renderer/db/schema';
import { enDocument, goldBeads, uzDocument } from '../renderer/seedFixture';

let counter = 0;
let db: QiyosDatabase;
let repo: Repository;
let projects: ProjectRepository;
let projectId: number;
let alignmentId: number;

beforeEach(async () => {
  db = openNamedDatabase(`qiyos-project-repository-${++counter}`);
  await db.open();
  repo = createRepository(() => db);
  projects = createProjectRepository(() => db);
  projectId = await repo.createProject('Tashkent talks');
  const uz = await repo.addDocument(projectId, { ...uzDocument(), originalBytes: new Uint8Array([1, 2, 255]) });
  const en = await repo.addDocument(projectId, enDocument());
  alignmentId = await repo.saveAlignment(projectId, [uz, en], goldBeads());
  await repo.applyEdit(alignmentId, { kind: 'confirm', row: 0 });
  await repo.applyEdit(alignmentId, { kind: 'mergeWithNext', row: 3 });
  await repo.undo(alignmentId);
  await db.glossaryConcepts.add({ projectId, key: 'person:mirziyoyev', status: 'approved', concept: { type: 'person' } as never, createdAt: 1, updatedAt: 2 });
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** The project as text and structure, without ids: segment ids in cells become segment texts. */
async function describeProject(id: number) {
  const view = (await repo.loadAlignmentView(id))!;
  const docs = await repo.listDocuments(id);
  const alignment = view.alignment;
  const edits = await db.edits.where('alignmentId').equals(alignment.id).sortBy('seq');
  const segmentText = new Map((await db.segments.toArray()).map((s) => [s.id!, s.text]));
  const texts = (cells: number[][]) => cells.map((cell) => cell.map((sid) => segmentText.get(sid)));
  return {
    documents: docs.map((d) => ({ title: d.title, lang: d.lang, text: d.originalText, bytes: d.originalBytes ? [...d.originalBytes] : null, segments: d.segmentCount })),
    columns: view.columns.map((c) => c.title),
    beads: view.beads.map((b) => ({ status: b.status, score: b.score, cells: b.cells.map((cell) => cell.map((s) => s.text)) })),
    edits: edits.map((e) => ({ seq: e.seq, label: e.label, undone: e.undone, before: e.before.map((b) => texts(b.cells)), after: e.after.map((b) => texts(b.cells)) })),
    glossary: (await db.glossaryConcepts.where('projectId').equals(id).toArray()).map((c) => [c.key, c.status]),
  };
}

describe('duplicateProject', () => {
  it('copies documents, segments, row statuses, the edit history and the glossary under new ids', async () => {
    const original = await describeProject(projectId);
    const copyId = await projects.duplicateProject(projectId, 'Tashkent talks (copy)');
    expect(copyId).not.toBe(projectId);
    expect(await describeProject(copyId)).toEqual(original);
    expect(original.beads[0]!.status).toBe('confirmed');
    expect(original.edits.map((e) => e.undone)).toEqual([false, true]);

    // The copy is independent: undoing in it leaves the original alone, and its history works on its own rows.
    const copyAlignment = (await repo.loadAlignmentView(copyId))!.alignment.id;
    expect(await repo.undo(copyAlignment)).toMatchObject({ start: 0 });
    expect((await describeProject(copyId)).beads[0]!.status).toBe('auto');
    expect((await describeProject(projectId)).beads[0]!.status).toBe('confirmed');
    expect((await repo.listProjects()).map((p) => p.name).sort()).toEqual(['Tashkent talks', 'Tashkent talks (copy)']);
  });

  it('stores nothing when a write fails half-way', async () => {
    const before = await db.segments.count();
    vi.spyOn(db.edits, 'bulkAdd').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(projects.duplicateProject(projectId, 'Copy')).rejects.toThrow('QuotaExceededError');
    expect(await db.projects.count()).toBe(1);
    expect(await db.segments.count()).toBe(before);
  });
});

describe('delete with undo', () => {
  it('removes everything, then puts it back with the same ids', async () => {
    const dump = async () => ({
      projects: await db.projects.toArray(),
      documents: await db.documents.toArray(),
      segments: await db.segments.toArray(),
      alignments: await db.alignments.toArray(),
      beads: await db.beads.toArray(),
      edits: await db.edits.toArray(),
      glossary: await db.glossaryConcepts.toArray(),
    });
    const before = await dump();
    const snapshot = await projects.deleteProjectWithSnapshot(projectId);
    const empty = await dump();
    for (const rows of Object.values(empty)) expect(rows).toEqual([]);

    expect(await projects.restoreDeletedProject(snapshot)).toBe(projectId);
    expect(await dump()).toEqual(before);
    // The history still works after the restore.
    expect(await repo.redo(alignmentId)).not.toBeNull();
  });

  it('restores nothing when an id is taken', async () => {
    const snapshot = await projects.deleteProjectWithSnapshot(projectId);
    await db.segments.add({ ...snapshot.segments[5]!, documentId: 999 });
    await expect(projects.restoreDeletedProject(snapshot)).rejects.toThrow();
    expect(await db.projects.count()).toBe(0);
    expect(await db.documents.count()).toBe(0);
  });
});
