import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openNamedDatabase } from '../../../renderer/db/database';
import { createRepository, type Repository } from '../../../renderer/db/repository';
import type { QiyosDatabase } from '../../../renderer/db/schema';
import { SegmentEditError, createSegmentRepository, type SegmentRepository } from '../../../renderer/db/segmentRepository';
import { carryConfirmed } from '../../../renderer/features/segmentationRules/carryConfirmed';
import { beadsIn, createAlignedProject, expectValidAlignmentIn, segmentsIn } from './alignedProjectFixture';
import { goldBeads, uzDocument } from './seedFixture';

let db: QiyosDatabase;
let repo: Repository;
let segs: SegmentRepository;
let counter = 0;

beforeEach(async () => {
  db = openNamedDatabase(`qiyos-segment-repository-test-${++counter}`);
  repo = createRepository(() => db);
  segs = createSegmentRepository(() => db);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

const alignedProject = () => createAlignedProject(repo);

const segmentsOf = (documentId: number) => segmentsIn(db, documentId);

const beadsOf = (alignmentId: number) => beadsIn(db, alignmentId);

const expectValidAlignment = (alignmentId: number) => expectValidAlignmentIn(db, alignmentId);

describe('segment repository', () => {
  it('splits a sentence in two; both parts stay in its alignment row; undo brings back the same ids', async () => {
    const { uz, alignmentId } = await alignedProject();
    const before = await segmentsOf(uz);
    const beadsBefore = await beadsOf(alignmentId);
    const target = before.find((s) => s.text.startsWith('Юк ташиш ҳажми ўсиб бормоқда,'))!;
    const cut = target.text.indexOf(' шаҳарлар');
    await segs.splitSegment(target.id!, cut);
    const after = await segmentsOf(uz);
    expect(after).toHaveLength(before.length + 1);
    const k = after.findIndex((s) => s.text === 'Юк ташиш ҳажми ўсиб бормоқда,');
    expect(after[k + 1]!.text).toBe('шаҳарлар орасида ҳафтасига 40 дан ортиқ авиақатновлар амалга оширилмоқда.');
    const doc = await repo.getDocument(uz);
    for (const s of [after[k]!, after[k + 1]!]) expect(doc.originalText.slice(s.start, s.start + s.text.length)).toBe(s.text);
    const row = (await beadsOf(alignmentId)).find((b) => b.cells[0]!.includes(after[k]!.id!))!;
    expect(row.cells[0]).toEqual([after[k]!.id, after[k + 1]!.id]);
    await expectValidAlignment(alignmentId);

    await segs.undoSegmentEdit(uz);
    expect(await segmentsOf(uz)).toEqual(before);
    expect(await beadsOf(alignmentId)).toEqual(beadsBefore);
  });

  it('joins a sentence with the next: in one row they become one, across rows the rows merge into one unconfirmed row', async () => {
    const { en, alignmentId } = await alignedProject();
    const before = await segmentsOf(en);
    const beads = await beadsOf(alignmentId);
    // Two sentences in different gold rows.
    const s = before.find((x) => x.text.startsWith('"Trade turnover since the beginning'))!;
    const t = before[before.indexOf(s) + 1]!;
    const rowOf = (id: number) => beads.findIndex((b) => b.cells[1]!.includes(id));
    expect(rowOf(s.id!)).not.toBe(rowOf(t.id!));
    await repo.applyEdit(alignmentId, { kind: 'confirm', row: rowOf(s.id!) });
    const confirmedRows = await beadsOf(alignmentId);
    await segs.joinWithNext(s.id!);
    const after = await segmentsOf(en);
    expect(after).toHaveLength(before.length - 1);
    const joined = after.find((x) => x.text.startsWith('"Trade turnover'))!;
    expect(joined.text).toBe(`${s.text} ${t.text}`);
    const merged = (await beadsOf(alignmentId)).find((b) => b.cells[1]!.includes(joined.id!))!;
    expect(merged.status).toBe('auto');
    expect(await beadsOf(alignmentId)).toHaveLength(beads.length - (rowOf(t.id!) - rowOf(s.id!)));
    await expectValidAlignment(alignmentId);

    // Split it back where it was joined: both halves stay in the merged row.
    await segs.splitSegment(joined.id!, s.text.length);
    expect((await segmentsOf(en)).map((x) => x.text)).toEqual(before.map((x) => x.text));
    await expectValidAlignment(alignmentId);
    // Undo goes back through both: the split, then the join, with the rows as they were.
    await segs.undoSegmentEdit(en);
    expect((await segmentsOf(en)).find((x) => x.text.startsWith('"Trade turnover'))!.id).toBe(joined.id);
    await segs.undoSegmentEdit(en);
    expect(await segmentsOf(en)).toEqual(before);
    expect((await beadsOf(alignmentId)).map(({ cells, status }) => ({ cells, status }))).toEqual(
      confirmedRows.map(({ cells, status }) => ({ cells, status })),
    );
    await expectValidAlignment(alignmentId);
  });

  it('joins two sentences of one row in place and undoes it exactly, confirmed status included', async () => {
    const { uz, alignmentId } = await alignedProject();
    const gold = await beadsOf(alignmentId);
    const row = gold.findIndex((b, k) => b.cells[0]!.length > 0 && (gold[k + 1]?.cells[0]!.length ?? 0) > 0);
    await repo.applyEdit(alignmentId, { kind: 'mergeWithNext', row });
    const beads = await beadsOf(alignmentId);
    expect(beads[row]!.cells[0]!.length).toBeGreaterThanOrEqual(2);
    await repo.applyEdit(alignmentId, { kind: 'confirm', row });
    const confirmedBeads = await beadsOf(alignmentId);
    const before = await segmentsOf(uz);
    await segs.joinWithNext(beads[row]!.cells[0]![0]!);
    const now = await beadsOf(alignmentId);
    expect(now).toHaveLength(beads.length);
    expect(now[row]!.cells[0]).toHaveLength(beads[row]!.cells[0]!.length - 1);
    expect(now[row]!.status).toBe('confirmed');
    await expectValidAlignment(alignmentId);
    await segs.undoSegmentEdit(uz);
    expect(await segmentsOf(uz)).toEqual(before);
    expect(await beadsOf(alignmentId)).toEqual(confirmedBeads);
    // The alignment's own history still applies after the undo: it refers to the same ids.
    await repo.undo(alignmentId);
    expect(await beadsOf(alignmentId)).toEqual(beads);
  });

  it('the alignment refuses to undo an older edit over a split sentence, and undoes it again once the split is undone', async () => {
    const { alignmentId } = await alignedProject();
    const gold = await beadsOf(alignmentId);
    const row = gold.findIndex((b, k) => b.cells[0]!.length > 0 && (gold[k + 1]?.cells[0]!.length ?? 0) > 0);
    await repo.applyEdit(alignmentId, { kind: 'mergeWithNext', row });
    const merged = (await beadsOf(alignmentId))[row]!;
    const segment = (await db.segments.get(merged.cells[0]![0]!))!;
    await segs.splitSegment(segment.id!, segment.text.indexOf(' ', 5));
    const split = await beadsOf(alignmentId);
    await expect(repo.undo(alignmentId)).rejects.toThrow();
    expect(await beadsOf(alignmentId)).toEqual(split);
    await expectValidAlignment(alignmentId);
    await segs.undoSegmentEdit(segment.documentId);
    await repo.undo(alignmentId);
    // The alignment's undo writes new rows for the ones it splits again: compare without row ids.
    const content = (beads: { cells: number[][]; status: string; score: number }[]) => beads.map(({ cells, status, score }) => ({ cells, status, score }));
    expect(content(await beadsOf(alignmentId))).toEqual(content(gold));
  });

  it('includes and excludes a segment; refuses edits that do not apply and stores nothing', async () => {
    const { uz, alignmentId } = await alignedProject();
    const before = await segmentsOf(uz);
    const sentence = before.find((s) => s.kind === 'sentence')!;
    await segs.setIncluded(sentence.id!, false);
    expect(await db.segments.get(sentence.id!)).toMatchObject({ kind: 'boilerplate', reason: 'user' });
    await expect(segs.setIncluded(sentence.id!, false)).rejects.toThrow(/already left out/);
    await segs.undoSegmentEdit(uz);
    expect(await segmentsOf(uz)).toEqual(before);

    const snapshot = { segments: await db.segments.toArray(), beads: await db.beads.toArray() };
    await expect(segs.splitSegment(sentence.id!, 0)).rejects.toThrow(SegmentEditError);
    await expect(segs.splitSegment(sentence.id!, sentence.text.length)).rejects.toThrow(SegmentEditError);
    await expect(segs.joinWithNext(before.at(-1)!.id!)).rejects.toThrow(/last segment/);
    await expect(segs.splitSegment(999_999, 3)).rejects.toThrow(/does not exist/);
    expect({ segments: await db.segments.toArray(), beads: await db.beads.toArray() }).toEqual(snapshot);
    await expectValidAlignment(alignmentId);
  });

  it('splits and joins a document that is not aligned', async () => {
    const projectId = await repo.createProject('Loose');
    const uz = await repo.addDocument(projectId, uzDocument());
    const first = (await segmentsOf(uz)).find((s) => s.kind === 'sentence')!;
    const cut = first.text.indexOf(' ', 10);
    await segs.splitSegment(first.id!, cut);
    const parts = await segmentsOf(uz);
    const k = parts.findIndex((s) => s.text === first.text.slice(0, cut));
    await segs.joinWithNext(parts[k]!.id!);
    expect((await segmentsOf(uz))[k]!.text).toBe(first.text);
  });

  it('re-segments with new rules: changed documents replaced, confirmed rows kept, history dropped, all at once', async () => {
    const { projectId, uz, en, alignmentId } = await alignedProject();
    await repo.applyEdit(alignmentId, { kind: 'confirm', row: 0 });
    const input = await segs.loadResegmentInput(projectId);
    expect(input.documents.map((d) => d.id)).toEqual([uz, en]);
    expect(input.alignment?.confirmed).toHaveLength(1);
    const enSegments = input.documents[1]!.segments;
    const changed = [{ documentId: en, segments: [...enSegments.slice(0, 3), ...enSegments.slice(4)] }];
    const beads = goldBeads().filter((b) => !b.cells[1]!.includes(3)).map((b) => ({ ...b, cells: [b.cells[0]!, b.cells[1]!.map((k) => (k > 3 ? k - 1 : k))] }));
    const rules = { en: { abbreviations: ['approx'], rules: [] } };
    // A stale version stores nothing.
    await expect(segs.applyResegmentation(projectId, rules, changed, { id: alignmentId, version: 1, beads, confirmed: input.alignment!.confirmed })).rejects.toThrow(/changed/);
    expect((await db.projects.get(projectId))!.segmentationRules).toBeUndefined();
    expect(await segmentsOf(en)).toHaveLength(enSegments.length);

    await segs.applyResegmentation(projectId, rules, changed, { id: alignmentId, version: input.alignment!.version, beads, confirmed: input.alignment!.confirmed });
    expect((await db.projects.get(projectId))!.segmentationRules).toEqual(rules);
    expect(await segmentsOf(en)).toHaveLength(enSegments.length - 1);
    expect((await beadsOf(alignmentId))[0]!.status).toBe('confirmed');
    expect(await db.edits.where('alignmentId').equals(alignmentId).count()).toBe(0);
    await expectValidAlignment(alignmentId);
  });
});

describe('carryConfirmed', () => {
  const seg = (text: string, start: number) => ({ text, start });
  const before = [
    [seg('A one.', 0), seg('A two.', 7), seg('A three.', 14)],
    [seg('B one.', 0), seg('B two.', 7)],
  ];

  it('keeps confirmed rows whose sentences are unchanged, at their new indices', () => {
    // "A one." split in two by new rules: rows with it are lost, the others move down by one.
    const after = [[seg('A', 0), seg('one.', 2), seg('A two.', 7), seg('A three.', 14)], before[1]!];
    const confirmed = [{ cells: [[0], [0]] }, { cells: [[1, 2], [1]] }];
    expect(carryConfirmed(confirmed, before, after)).toEqual([{ cells: [[2, 3], [1]], score: 1 }]);
  });

  it('drops a row whose sentences moved or changed text', () => {
    const after = [[seg('A one.', 0), seg('A two. A three.', 7)], before[1]!];
    expect(carryConfirmed([{ cells: [[1], [1]] }, { cells: [[0], []] }], before, after)).toEqual([{ cells: [[0], []], score: 1 }]);
  });
});
