import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openNamedDatabase } from '../../../renderer/db/database';
import { createRepository, type Repository } from '../../../renderer/db/repository';
import type { QiyosDatabase } from '../../../renderer/db/schema';
import { createSegmentRepository, SEGMENT_HISTORY_LIMIT, StaleSegmentEditError, type SegmentRepository } from '../../../renderer/db/segmentRepository';
import { createProjectRepository } from '../../../renderer/db/projectRepository';
import { createBackupRepository } from '../../../renderer/db/backupRepository';
import { parseBackup, serializeBackup } from '../../../renderer/db/backup';
import { beadsIn, createAlignedProject, expectValidAlignmentIn, segmentsIn } from './alignedProjectFixture';
import { uzDocument } from './seedFixture';

/** The document view's undo/redo is stored with the document: it survives a restart and is written with each edit. */

let name: string;
let db: QiyosDatabase;
let repo: Repository;
let segs: SegmentRepository;
let counter = 0;

function connect(): void {
  db = openNamedDatabase(name);
  repo = createRepository(() => db);
  segs = createSegmentRepository(() => db);
}

/** Closes the database and opens it again with new repositories, as a restart of the app does. */
async function restart(): Promise<void> {
  db.close();
  connect();
  await db.open();
}

beforeEach(async () => {
  name = `qiyos-segment-history-test-${++counter}`;
  connect();
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

const alignedProject = () => createAlignedProject(repo);

const segmentsOf = (documentId: number) => segmentsIn(db, documentId);
const beadsOf = (alignmentId: number) => beadsIn(db, alignmentId);
const historyOf = async (documentId: number) => (await db.documents.get(documentId))!.segmentHistory;
/** Everything an edit can touch, to compare before and after. */
const snapshot = async () => ({ documents: await db.documents.toArray(), segments: await db.segments.toArray(), beads: await db.beads.toArray(), alignments: await db.alignments.toArray() });

const expectValidAlignment = (alignmentId: number) => expectValidAlignmentIn(db, alignmentId);

describe('segment edit history kept with the document', () => {
  it('split, join and leave out; after a restart undo brings back exactly the segments and rows, redo runs the edits again', async () => {
    const { uz, alignmentId } = await alignedProject();
    const original = await segmentsOf(uz);
    const originalRows = await beadsOf(alignmentId);
    const target = original.find((s) => s.text.startsWith('Юк ташиш ҳажми ўсиб бормоқда,'))!;
    await segs.splitSegment(target.id!, target.text.indexOf(' шаҳарлар'));
    const afterSplit = await segmentsOf(uz);
    const first = afterSplit.find((s) => s.kind === 'sentence')!;
    await segs.joinWithNext(first.id!);
    const afterJoin = await segmentsOf(uz);
    const leaveOut = afterJoin.filter((s) => s.kind === 'sentence').at(-1)!;
    await segs.setIncluded(leaveOut.id!, false);
    const afterAll = { segments: await segmentsOf(uz), rows: await beadsOf(alignmentId) };
    expect((await historyOf(uz))!.done.map((e) => e.op.kind)).toEqual(['split', 'join', 'include']);

    await restart();
    expect(await segmentsOf(uz)).toEqual(afterAll.segments);
    await segs.undoSegmentEdit(uz);
    expect(await segmentsOf(uz)).toEqual(afterJoin);
    await segs.undoSegmentEdit(uz);
    expect(await segmentsOf(uz)).toEqual(afterSplit);
    await segs.undoSegmentEdit(uz);
    expect(await segmentsOf(uz)).toEqual(original);
    expect(await beadsOf(alignmentId)).toEqual(originalRows);
    expect(await segs.undoSegmentEdit(uz)).toBeNull();
    expect((await historyOf(uz))!.undone.map((e) => e.op.kind)).toEqual(['include', 'join', 'split']);

    await restart();
    for (let k = 0; k < 3; k++) expect(await segs.redoSegmentEdit(uz)).not.toBeNull();
    expect(await segs.redoSegmentEdit(uz)).toBeNull();
    // Redo makes new segments (new ids) with the same texts, kinds and offsets.
    const content = (list: { text: string; kind: string; start: number; reason?: string; order: number }[]) => list.map(({ text, kind, start, reason, order }) => ({ text, kind, start, reason, order }));
    expect(content(await segmentsOf(uz))).toEqual(content(afterAll.segments));
    await expectValidAlignment(alignmentId);
    expect((await historyOf(uz))!.done.map((e) => e.op.kind)).toEqual(['split', 'join', 'include']);

    // And the redone edits undo again, back to the imported segments.
    await restart();
    for (let k = 0; k < 3; k++) await segs.undoSegmentEdit(uz);
    expect(await segmentsOf(uz)).toEqual(original);
    expect(await beadsOf(alignmentId)).toEqual(originalRows);
  });

  it('a new edit ends the redo list; the history keeps the latest edits only', async () => {
    const projectId = await repo.createProject('Loose');
    const uz = await repo.addDocument(projectId, uzDocument());
    const sentence = (await segmentsOf(uz)).find((s) => s.kind === 'sentence')!;
    await segs.setIncluded(sentence.id!, false);
    await segs.undoSegmentEdit(uz);
    expect((await historyOf(uz))!.undone).toHaveLength(1);
    await segs.joinWithNext(sentence.id!);
    expect(await historyOf(uz)).toMatchObject({ done: [{ op: { kind: 'join' } }], undone: [] });

    const joined = (await segmentsOf(uz)).find((s) => s.kind === 'sentence')!;
    for (let k = 0; k < SEGMENT_HISTORY_LIMIT + 2; k++) await segs.setIncluded(joined.id!, k % 2 === 1);
    const history = (await historyOf(uz))!;
    expect(history.done).toHaveLength(SEGMENT_HISTORY_LIMIT);
    // The join, the oldest, has been dropped; the last one left the sentence out again.
    expect(history.done.every((e) => e.op.kind === 'include')).toBe(true);
    expect(history.done.at(-1)!.op).toEqual({ kind: 'include', segmentId: joined.id, included: true });
  });

  it('refuses an undo whose segments were edited elsewhere, changes nothing, drops it and reaches the older edit', async () => {
    const { uz, alignmentId } = await alignedProject();
    const original = await segmentsOf(uz);
    const boilerplate = original.find((s) => s.kind === 'boilerplate')!;
    await segs.setIncluded(boilerplate.id!, true);
    const afterInclude = await segmentsOf(uz);
    const target = original.find((s) => s.text.startsWith('Юк ташиш ҳажми ўсиб бормоқда,'))!;
    await segs.splitSegment(target.id!, target.text.indexOf(' шаҳарлар'));
    // The second half's text is then edited in the alignment view.
    const second = (await segmentsOf(uz)).find((s) => s.text.startsWith('шаҳарлар орасида'))!;
    const row = (await beadsOf(alignmentId)).findIndex((b) => b.cells[0]!.includes(second.id!));
    await repo.editSegmentText(alignmentId, row, second.id!, `${second.text} (tahrir)`);
    const before = await snapshot();

    await restart();
    const refused = await segs.undoSegmentEdit(uz).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StaleSegmentEditError);
    expect(refused).toMatchObject({ direction: 'undo', op: { kind: 'split' } });
    const now = await snapshot();
    expect(now.segments).toEqual(before.segments);
    expect(now.beads).toEqual(before.beads);
    expect((await historyOf(uz))!.done.map((e) => e.op.kind)).toEqual(['include']);
    await expectValidAlignment(alignmentId);

    // The include still undoes: the boilerplate line is left out again, the split stays.
    await segs.undoSegmentEdit(uz);
    const segments = await segmentsOf(uz);
    expect(segments.find((s) => s.id === boilerplate.id)).toEqual({ ...boilerplate, order: segments.findIndex((s) => s.id === boilerplate.id) });
    expect(segments).toHaveLength(afterInclude.length + 1);
    await expectValidAlignment(alignmentId);
  });

  it('refuses an undo over realigned rows and over a new alignment', async () => {
    const { projectId, uz, en, alignmentId } = await alignedProject();
    const rows = await beadsOf(alignmentId);
    const row = rows.findIndex((b, k) => b.cells[0]!.length > 0 && (rows[k + 1]?.cells[0]!.length ?? 0) > 0);
    await segs.joinWithNext(rows[row]!.cells[0]![0]!);
    // Realigning moves the joined sentence into another row.
    await repo.applyEdit(alignmentId, { kind: 'mergeWithNext', row });
    const before = await snapshot();
    await expect(segs.undoSegmentEdit(uz)).rejects.toThrow(StaleSegmentEditError);
    expect(await snapshot()).toEqual({ ...before, documents: await db.documents.toArray() });
    expect((await historyOf(uz))!.done).toEqual([]);

    // A split made before the project was aligned again cannot be undone in the new alignment.
    const sentence = (await segmentsOf(en)).find((s) => s.kind === 'sentence')!;
    await segs.splitSegment(sentence.id!, sentence.text.indexOf(' ', 12));
    const uzSentence = (await segmentsOf(uz)).find((s) => s.kind === 'sentence')!;
    await segs.setIncluded(uzSentence.id!, false);
    const input = await repo.loadAlignInput([uz, en]);
    const beads = [{ cells: [input[0]!.segments.map((_, k) => k), input[1]!.segments.map((_, k) => k)], score: 0.5 }];
    await repo.saveAlignment(projectId, [uz, en], beads);
    const newAlignment = (await db.alignments.toCollection().last())!.id!;
    await expect(segs.undoSegmentEdit(en)).rejects.toThrow(/aligned again/);
    await expectValidAlignment(newAlignment);
    expect(await segs.undoSegmentEdit(en)).toBeNull();
    // Leaving a sentence out changed no row: that undo still applies in the new alignment.
    await segs.undoSegmentEdit(uz);
    expect(await db.segments.get(uzSentence.id!)).toEqual(uzSentence);
    await expectValidAlignment(newAlignment);
  });

  it('undoes a join across rows after the alignment was numbered again, putting the rows back in their places', async () => {
    const { en, alignmentId } = await alignedProject();
    const before = await segmentsOf(en);
    const rows = await beadsOf(alignmentId);
    const s = before.find((x) => x.text.startsWith('"Trade turnover since the beginning'))!;
    await segs.joinWithNext(s.id!);
    expect(await beadsOf(alignmentId)).toHaveLength(rows.length - 1);
    // As the alignment view does when fractional orders run out: every row numbered 0, 1, 2… again.
    await db.beads.bulkPut((await beadsOf(alignmentId)).map((b, order) => ({ ...b, order })));
    await segs.undoSegmentEdit(en);
    expect(await segmentsOf(en)).toEqual(before);
    const content = (list: typeof rows) => list.map(({ cells, status, score }) => ({ cells, status, score }));
    expect(content(await beadsOf(alignmentId))).toEqual(content(rows));
    await expectValidAlignment(alignmentId);
  });

  it('refuses a redo whose segment changed since the undo, and drops it', async () => {
    const { uz, alignmentId } = await alignedProject();
    const target = (await segmentsOf(uz)).find((s) => s.text.startsWith('Юк ташиш ҳажми ўсиб бормоқда,'))!;
    await segs.splitSegment(target.id!, target.text.indexOf(' шаҳарлар'));
    await segs.undoSegmentEdit(uz);
    const row = (await beadsOf(alignmentId)).findIndex((b) => b.cells[0]!.includes(target.id!));
    await repo.editSegmentText(alignmentId, row, target.id!, `Yuk tashish: ${target.text}`);
    const before = await snapshot();
    await restart();
    await expect(segs.redoSegmentEdit(uz)).rejects.toThrow(StaleSegmentEditError);
    const now = await snapshot();
    expect(now.segments).toEqual(before.segments);
    expect(now.beads).toEqual(before.beads);
    expect(await historyOf(uz)).toEqual({ done: [], undone: [] });
  });

  it('an edit or undo whose history write fails leaves nothing changed', async () => {
    const { uz } = await alignedProject();
    const target = (await segmentsOf(uz)).find((s) => s.text.startsWith('Юк ташиш ҳажми ўсиб бормоқда,'))!;
    let failing = true;
    db.documents.hook('updating', (mods: object) => {
      // Dexie names changed nested fields by key path ('segmentHistory.done').
      if (failing && Object.keys(mods).some((key) => key.startsWith('segmentHistory'))) throw new Error('The disk is full.');
    });
    const before = await snapshot();
    await expect(segs.splitSegment(target.id!, target.text.indexOf(' шаҳарлар'))).rejects.toThrow(/disk is full/);
    expect(await snapshot()).toEqual(before);

    failing = false;
    await segs.splitSegment(target.id!, target.text.indexOf(' шаҳарлар'));
    const split = await snapshot();
    failing = true;
    await expect(segs.undoSegmentEdit(uz)).rejects.toThrow(/disk is full/);
    expect(await snapshot()).toEqual(split);
  });

  it('segmenting a document again (rules or language) clears its history; other documents keep theirs', async () => {
    const { projectId, uz, en } = await alignedProject();
    const uzSentence = (await segmentsOf(uz)).find((s) => s.kind === 'sentence')!;
    const enSentence = (await segmentsOf(en)).find((s) => s.kind === 'sentence')!;
    await segs.setIncluded(uzSentence.id!, false);
    await segs.setIncluded(enSentence.id!, false);
    const input = await segs.loadResegmentInput(projectId);
    const enSegments = input.documents[1]!.segments;
    await segs.applyResegmentation(projectId, {}, [{ documentId: en, segments: enSegments.slice(1) }]);
    expect(await historyOf(en)).toBeUndefined();
    expect((await historyOf(uz))!.done).toHaveLength(1);

    const uzSegments = input.documents[0]!.segments;
    await repo.setDocumentLanguage(uz, 'uz-Cyrl', uzSegments);
    expect(await historyOf(uz)).toBeUndefined();
    expect(await segs.undoSegmentEdit(uz)).toBeNull();
  });

  /** A project as content: each document's segments and the alignment's rows as per-document indices, ids aside. */
  async function contentOf(projectId: number) {
    const documents = await db.documents.where('projectId').equals(projectId).sortBy('order');
    const segments = await Promise.all(documents.map((d) => segmentsOf(d.id!)));
    const alignment = (await db.alignments.where('projectId').equals(projectId).first())!;
    const index = new Map(segments.flatMap((list) => list.map((seg, k) => [seg.id!, k] as const)));
    const rows = (await beadsOf(alignment.id!)).map((b) => ({ cells: b.cells.map((cell) => cell.map((id) => index.get(id))), status: b.status }));
    return { segments: segments.map((list) => list.map(({ text, kind, start }) => ({ text, kind, start }))), rows };
  }

  it('a duplicated project and a restored backup carry the history with their own ids; undo and redo work there, the original is untouched', async () => {
    const { projectId, uz, en, alignmentId } = await alignedProject();
    const imported = await contentOf(projectId);
    const rows = await beadsOf(alignmentId);
    // The alignment's history names a sentence that the split then removes.
    const row = rows.findIndex((b) => b.cells[0]!.length > 0 && b.cells[1]!.length > 0);
    await repo.applyEdit(alignmentId, { kind: 'confirm', row });
    const confirmed = await contentOf(projectId);
    const target = (await db.segments.get(rows[row]!.cells[0]![0]!))!;
    await segs.splitSegment(target.id!, target.text.indexOf(' ', 10));
    // Two English sentences of different rows: their rows merge.
    const enSegments = await segmentsOf(en);
    const s = enSegments.find((x) => x.text.startsWith('"Trade turnover since the beginning'))!;
    await segs.joinWithNext(s.id!);
    const uzSentence = (await segmentsOf(uz)).filter((x) => x.kind === 'sentence').at(-1)!;
    await segs.setIncluded(uzSentence.id!, false);
    await segs.undoSegmentEdit(uz);
    const edited = await contentOf(projectId);

    const duplicate = await createProjectRepository(() => db).duplicateProject(projectId, 'Copy');
    const backups = createBackupRepository(() => db);
    const file = serializeBackup({ ...(await backups.backupProject(projectId)), project: { ...(await db.projects.get(projectId))!, name: 'Restored' } });
    const [restored] = await backups.restoreBackup(parseBackup(file));
    const original = await snapshot();
    for (const copy of [duplicate, restored!]) {
      await restart();
      const [copyUz, copyEn] = (await db.documents.where('projectId').equals(copy).sortBy('order')).map((d) => d.id!);
      expect(await contentOf(copy)).toEqual(edited);
      expect((await historyOf(copyUz!))!.done.map((e) => e.op.kind)).toEqual(['split']);
      expect((await historyOf(copyUz!))!.undone.map((e) => e.op.kind)).toEqual(['include']);
      expect((await historyOf(copyEn!))!.done.map((e) => e.op.kind)).toEqual(['join']);
      await segs.redoSegmentEdit(copyUz!);
      await segs.undoSegmentEdit(copyUz!);
      await segs.undoSegmentEdit(copyUz!);
      await segs.undoSegmentEdit(copyEn!);
      expect(await contentOf(copy)).toEqual(confirmed);
      // The alignment's own history applies again to the sentences the undo brought back.
      const copyAlignment = (await db.alignments.where('projectId').equals(copy).first())!.id!;
      await repo.undo(copyAlignment);
      expect(await contentOf(copy)).toEqual(imported);
      await expectValidAlignment(copyAlignment);
    }
    // The original project and its history are as they were.
    const now = await snapshot();
    const inOriginal = <T extends { id?: number }>(list: T[], ids: Set<number>) => list.filter((r) => ids.has(r.id!));
    const ids = (list: { id?: number }[]) => new Set(list.map((r) => r.id!));
    expect(inOriginal(now.documents, ids(original.documents.filter((d) => d.projectId === projectId)))).toEqual(original.documents.filter((d) => d.projectId === projectId));
    expect(await contentOf(projectId)).toEqual(edited);

    // A damaged history in a backup file is refused with a clear message.
    const damaged = JSON.parse(file);
    damaged.documents[0].segmentHistory.done[0].segmentsAfter = [{ id: 'x' }];
    expect(() => parseBackup(JSON.stringify(damaged))).toThrow(/document 1 has a damaged edit history/);
  });
});
