/**
 * Every record of one project, read and copied as a whole: used by backups (backupRepository) and
 * by the home screen's duplicate and undoable delete (projectRepository). Call these inside a
 * transaction over `projectTables(db)` (or more).
 */
import type { ProjectContents } from './backup';
import type { QiyosDatabase } from './schema';
import { copySegmentHistory, segmentIdsInHistory } from './segmentHistoryRecords';
import type { EditBeadRecord, EditRecord, ProjectRecord, SegmentHistory, Stored } from './types';

/** The tables a project's records live in. */
export function projectTables(db: QiyosDatabase) {
  return [db.projects, db.documents, db.segments, db.alignments, db.beads, db.edits, db.glossaryConcepts];
}

/** A project's records as stored, ids included. */
export type ProjectRecords = ProjectContents & { project: Stored<ProjectRecord> };

/** Reads every record of a project (documents in their order). */
export async function readProjectRecords(db: QiyosDatabase, projectId: number): Promise<ProjectRecords> {
  const project = await db.projects.get(projectId);
  if (!project) throw new Error('The project does not exist (it may have been deleted).');
  const documents = await db.documents.where('projectId').equals(projectId).sortBy('order');
  const segments = await db.segments.where('documentId').anyOf(documents.map((d) => d.id as number)).toArray();
  const alignments = await db.alignments.where('projectId').equals(projectId).toArray();
  const alignmentIds = alignments.map((a) => a.id as number);
  const beads = await db.beads.where('alignmentId').anyOf(alignmentIds).toArray();
  const edits = await db.edits.where('alignmentId').anyOf(alignmentIds).toArray();
  const glossaryConcepts = await db.glossaryConcepts.where('projectId').equals(projectId).toArray();
  return { project: project as Stored<ProjectRecord>, documents, segments, alignments, beads, edits, glossaryConcepts };
}

export const withoutId = <T extends { id?: number }>({ id: _id, ...rest }: T): Omit<T, 'id'> => rest;

function mapper(ids: Map<number, number>, what: string) {
  return (oldId: number): number => {
    const id = ids.get(oldId);
    if (id === undefined) throw new Error(`The project refers to a missing ${what} (${oldId}).`);
    return id;
  };
}

/**
 * New ids for segments that histories name but that are no longer stored (removed by a split or
 * join in the document view; its undo brings them back with the same id). Adding and deleting
 * placeholders takes the ids from the table's own key generator, which never hands them out again.
 */
async function reserveSegmentIds(db: QiyosDatabase, oldIds: number[]): Promise<Map<number, number>> {
  if (oldIds.length === 0) return new Map();
  const keys = (await db.segments.bulkAdd(
    oldIds.map(() => ({ documentId: 0, order: -1, text: '', kind: 'boilerplate' as const, start: -1 })),
    { allKeys: true },
  )) as number[];
  await db.segments.bulkDelete(keys);
  return new Map(oldIds.map((id, i) => [id, keys[i]!]));
}

/**
 * Writes a project's records as a new project (`project` is its record) with new ids, every
 * reference re-mapped: documents, segments, alignments with their rows, the undo histories (the
 * alignment's cells and text edits, each document's segment edits) and the glossary. Returns the
 * new project's id. A dangling reference throws (in histories, ids of removed segments get new ones).
 */
export async function copyProjectRecords(db: QiyosDatabase, contents: ProjectContents, project: Omit<ProjectRecord, 'id'>): Promise<number> {
  const projectId = (await db.projects.add(project)) as number;

  const documentIds = new Map<number, number>();
  const histories: { documentId: number; history: SegmentHistory }[] = [];
  for (const { segmentHistory, ...doc } of contents.documents) {
    const id = (await db.documents.add({ ...withoutId(doc), projectId })) as number;
    documentIds.set(doc.id as number, id);
    if (segmentHistory) histories.push({ documentId: id, history: segmentHistory });
  }
  const documentId = mapper(documentIds, 'document');

  const newSegmentIds = (await db.segments.bulkAdd(
    contents.segments.map((s) => ({ ...withoutId(s), documentId: documentId(s.documentId) })),
    { allKeys: true },
  )) as number[];
  const liveSegments = new Map(contents.segments.map((s, i) => [s.id as number, newSegmentIds[i]!]));
  const segmentId = mapper(liveSegments, 'sentence');
  const named = [
    ...contents.edits.flatMap((e) => [...e.before, ...e.after].flatMap((row) => row.cells.flat()).concat(e.text ? [e.text.segmentId] : [])),
    ...histories.flatMap((h) => segmentIdsInHistory(h.history)),
  ];
  const historySegments = new Map([...liveSegments, ...(await reserveSegmentIds(db, [...new Set(named.filter((id) => !liveSegments.has(id)))]))]);
  const historySegmentId = mapper(historySegments, 'sentence');
  const cells = (c: number[][]) => c.map((cell) => cell.map(historySegmentId));
  const rows = (list: EditBeadRecord[]) => list.map((row) => ({ ...row, cells: cells(row.cells) }));

  const alignmentIds = new Map<number, number>();
  for (const alignment of contents.alignments) {
    const copy = { ...withoutId(alignment), projectId, columns: alignment.columns.map(documentId) };
    alignmentIds.set(alignment.id as number, (await db.alignments.add(copy)) as number);
  }
  const alignmentId = mapper(alignmentIds, 'alignment');
  const newBeadIds = (await db.beads.bulkAdd(
    contents.beads.map((b) => ({ ...withoutId(b), alignmentId: alignmentId(b.alignmentId), cells: b.cells.map((cell) => cell.map(segmentId)) })),
    { allKeys: true },
  )) as number[];
  const beadIds = new Map(contents.beads.map((b, i) => [b.id as number, newBeadIds[i]!]));
  await db.edits.bulkAdd(
    contents.edits.map((e) => {
      const copy: EditRecord = { ...withoutId(e), alignmentId: alignmentId(e.alignmentId), before: rows(e.before), after: rows(e.after) };
      if (e.text) copy.text = { ...e.text, segmentId: historySegmentId(e.text.segmentId) };
      return copy;
    }),
  );
  for (const { documentId: id, history } of histories) {
    const segmentHistory = copySegmentHistory(history, { documentId: id, segment: (old) => historySegments.get(old), bead: (old) => beadIds.get(old), alignment: (old) => alignmentIds.get(old) });
    await db.documents.update(id, { segmentHistory });
  }
  await db.glossaryConcepts.bulkAdd(contents.glossaryConcepts.map((c) => ({ ...withoutId(c), projectId })));
  return projectId;
}
