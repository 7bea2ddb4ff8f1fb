import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openNamedDatabase } from '../../../renderer/db/database';
import { createRepository, InvalidSegmentError, NotFoundError, type NewSegment, type Repository } from '../../../renderer/db/repository';
import { localizeError } from '../../../shared/i18n/localizeError';
import type { QiyosDatabase } from '../../../renderer/db/schema';
import { enDocument, gold, goldBeads, uzDocument } from './seedFixture';

let db: QiyosDatabase;
let repo: Repository;
let counter = 0;

beforeEach(async () => {
  db = openNamedDatabase(`qiyos-repository-test-${++counter}`);
  repo = createRepository(() => db);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

async function tableCounts() {
  return {
    projects: await db.projects.count(),
    documents: await db.documents.count(),
    segments: await db.segments.count(),
    alignments: await db.alignments.count(),
    beads: await db.beads.count(),
  };
}

async function alignedProject() {
  const projectId = await repo.createProject('Tashkent talks');
  const uz = await repo.addDocument(projectId, uzDocument());
  const en = await repo.addDocument(projectId, enDocument());
  await repo.saveAlignment(projectId, [uz, en], goldBeads());
  return { projectId, uz, en };
}

describe('schema', () => {
  it('is at version 3 with eight tables (2 added the edit history, 3 the glossary and settings)', () => {
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['alignments', 'beads', 'documents', 'edits', 'glossaryConcepts', 'projects', 'segments', 'settings']);
  });
});

describe('projects', () => {
  it('creates, renames and lists projects with counts', async () => {
    const { projectId } = await alignedProject();
    await repo.renameProject(projectId, '  Uzbek–Kazakh summit  ');
    const [summary] = await repo.listProjects();
    expect(summary).toMatchObject({
      id: projectId,
      name: 'Uzbek–Kazakh summit',
      documentCount: 2,
      languages: ['uz-Cyrl', 'en'],
      beadCount: goldBeads().length,
    });
  });

  it('rejects an empty name', async () => {
    await expect(repo.createProject('   ')).rejects.toThrow(/name/);
  });

  it('lists the most recently changed project first', async () => {
    const older = await repo.createProject('Older');
    const newer = await repo.createProject('Newer');
    await db.projects.update(older, { updatedAt: 1 });
    await db.projects.update(newer, { updatedAt: 2 });
    expect((await repo.listProjects()).map((p) => p.name)).toEqual(['Newer', 'Older']);
    expect(await repo.listRecentProjects()).toEqual([
      { id: newer, name: 'Newer' },
      { id: older, name: 'Older' },
    ]);
  });

  it('keeps the recent-projects list live for project changes but not for alignment edits', async () => {
    const { projectId } = await alignedProject();
    const alignment = (await db.alignments.where('projectId').equals(projectId).first())!;
    const seen: string[][] = [];
    const subscription = liveQuery(() => repo.listRecentProjects()).subscribe((list) => seen.push(list.map((p) => p.name)));
    try {
      await vi.waitFor(() => expect(seen).toHaveLength(1));
      await repo.applyEdit(alignment.id!, { kind: 'mergeWithNext', row: 0 });
      await repo.renameProject(projectId, 'Renamed');
      await vi.waitFor(() => expect(seen.at(-1)).toEqual(['Renamed']));
      // The merge wrote beads, edits and the alignment: none of them is read by the query.
      expect(seen).toEqual([['Tashkent talks'], ['Renamed']]);
    } finally {
      subscription.unsubscribe();
    }
  });

  it('deletes a project with everything in it, leaving other projects alone', async () => {
    const { projectId } = await alignedProject();
    const other = await repo.createProject('Other');
    await repo.addDocument(other, enDocument());
    await repo.deleteProject(projectId);
    expect(await tableCounts()).toEqual({ projects: 1, documents: 1, segments: gold.tgt.sentences.length, alignments: 0, beads: 0 });
  });
});

describe('addDocument', () => {
  it('stores the document and its segments in order, in list order', async () => {
    const projectId = await repo.createProject('P');
    const uz = await repo.addDocument(projectId, uzDocument());
    const en = await repo.addDocument(projectId, enDocument());
    const docs = await repo.listDocuments(projectId);
    expect(docs.map((d) => [d.id, d.order, d.lang, d.segmentCount])).toEqual([
      [uz, 0, 'uz-Cyrl', gold.src.sentences.length],
      [en, 1, 'en', gold.tgt.sentences.length],
    ]);
    const segments = await db.segments.where('[documentId+order]').between([uz, 0], [uz, Infinity]).toArray();
    expect(segments.map((s) => s.text)).toEqual(gold.src.sentences);
    const doc = await repo.getDocument(uz);
    for (const s of segments.filter((s) => s.start >= 0)) expect(doc.originalText.slice(s.start, s.start + s.text.length)).toBe(s.text);
    expect(segments[1]).toMatchObject({ kind: 'boilerplate', reason: 'timestamp/credit' });
  });

  it('writes nothing when a segment in the middle fails validation', async () => {
    const projectId = await repo.createProject('P');
    const before = await db.projects.get(projectId);
    const bad = uzDocument();
    bad.segments.splice(8, 0, { text: '   ', kind: 'sentence', start: -1 });
    await expect(repo.addDocument(projectId, bad)).rejects.toBeInstanceOf(InvalidSegmentError);
    const wrongKind = enDocument();
    wrongKind.segments[10] = { ...wrongKind.segments[10]!, kind: 'paragraph' } as unknown as NewSegment;
    await expect(repo.addDocument(projectId, wrongKind)).rejects.toThrow(/Segment 11 .*unknown kind "paragraph"/);
    expect(await tableCounts()).toEqual({ projects: 1, documents: 0, segments: 0, alignments: 0, beads: 0 });
    expect(await db.projects.get(projectId)).toEqual(before);
  });

  it('writes nothing when IndexedDB itself rejects a segment mid-write', async () => {
    const projectId = await repo.createProject('P');
    const doc = uzDocument();
    // A segment record that cannot be cloned makes the bulk write itself fail after the document row.
    (doc.segments[5] as NewSegment & { extra?: unknown }).reason = (() => undefined) as unknown as string;
    await expect(repo.addDocument(projectId, doc)).rejects.toThrow();
    expect(await tableCounts()).toMatchObject({ documents: 0, segments: 0 });
  });

  it('refuses a document for a project that does not exist', async () => {
    await expect(repo.addDocument(999, enDocument())).rejects.toThrow(/does not exist/);
    expect(await db.documents.count()).toBe(0);
  });
});

describe('alignment', () => {
  it('stores bead cells as segment ids and loads them back as texts', async () => {
    const { projectId, uz, en } = await alignedProject();
    const view = await repo.loadAlignmentView(projectId);
    expect(view).not.toBeNull();
    expect(view!.columns.map((d) => d.id)).toEqual([uz, en]);
    expect(view!.beads).toHaveLength(goldBeads().length);
    const kuksaroy = view!.beads.find((b) => b.cells[0]!.some((s) => s.text.startsWith('Кўксарой қароргоҳида')));
    expect(kuksaroy!.cells[1]!.map((s) => s.text)).toEqual([gold.tgt.sentences[5]]);
    expect(kuksaroy).toMatchObject({ score: 0.9, status: 'auto' });
    const stored = await db.beads.get(kuksaroy!.id);
    const segment = await db.segments.get(stored!.cells[0]![0]!);
    expect(segment).toMatchObject({ documentId: uz, order: 6 });
    // Every segment of both documents is in exactly one bead, in document order.
    const uzTexts = view!.beads.flatMap((b) => b.cells[0]!.map((s) => s.text));
    expect(uzTexts).toEqual(gold.src.sentences);
    expect(view!.beads.find((b) => b.cells[0]!.some((s) => s.kind === 'boilerplate'))!.cells[1]).toEqual([]);
  });

  it('replaces the previous alignment and its beads', async () => {
    const { projectId, uz, en } = await alignedProject();
    const beads = goldBeads().slice(0);
    await repo.saveAlignment(projectId, [en, uz], beads.map((b) => ({ ...b, cells: [b.cells[1]!, b.cells[0]!] })));
    expect(await db.alignments.count()).toBe(1);
    expect(await db.beads.count()).toBe(beads.length);
    const view = await repo.loadAlignmentView(projectId);
    expect(view!.columns.map((d) => d.lang)).toEqual(['en', 'uz-Cyrl']);
  });

  it('rejects beads that point past a document and keeps the old alignment', async () => {
    const { projectId, uz, en } = await alignedProject();
    await expect(repo.saveAlignment(projectId, [uz, en], [{ cells: [[0], [99]], score: 1 }])).rejects.toThrow(/missing segment 99/);
    expect(await db.beads.count()).toBe(goldBeads().length);
  });

  it('gives null when the project has no alignment', async () => {
    const projectId = await repo.createProject('P');
    expect(await repo.loadAlignmentView(projectId)).toBeNull();
  });

  it('loads align input in column order', async () => {
    const { uz, en } = await alignedProject();
    const input = await repo.loadAlignInput([en, uz]);
    expect(input.map((d) => d.lang)).toEqual(['en', 'uz-Cyrl']);
    expect(input[1]!.segments[6]).toEqual({ text: gold.src.sentences[6], kind: 'sentence' });
  });
});

describe('document changes', () => {
  it('setDocumentLanguage replaces segments and drops the alignment that used them', async () => {
    const { projectId, uz } = await alignedProject();
    const segments = uzDocument().segments.slice(0, 3);
    await repo.setDocumentLanguage(uz, 'uz-Latn', segments);
    const doc = await repo.getDocument(uz);
    expect(doc).toMatchObject({ lang: 'uz-Latn', detectedLang: 'uz-Cyrl' });
    expect(await db.segments.where('documentId').equals(uz).count()).toBe(3);
    expect(await repo.loadAlignmentView(projectId)).toBeNull();
    expect(await db.beads.count()).toBe(0);
  });

  it('removeDocument cascades to segments and the alignment', async () => {
    const { projectId, uz, en } = await alignedProject();
    await repo.removeDocument(uz);
    expect(await tableCounts()).toEqual({ projects: 1, documents: 1, segments: gold.tgt.sentences.length, alignments: 0, beads: 0 });
    expect((await repo.listDocuments(projectId)).map((d) => d.id)).toEqual([en]);
  });

  it('says in the UI language that a document is gone, from inside a transaction too', async () => {
    const error = await repo.removeDocument(987654).then(() => null, (e: unknown) => e);
    // Dexie must not take it for IndexedDB's own NotFoundError and wrap it.
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toBe('The document does not exist (it may have been deleted).');
    expect(localizeError(error, 'ru')).not.toMatch(/does not exist/);
  });
});
