/**
 * Whole-project operations of the home screen: duplicate a project, and delete one in a way that
 * can be undone (the deleted records are handed back as a snapshot and put back with the same ids).
 * Each operation is one transaction over every table a project lives in.
 */
import { getDatabase } from './database';
import type { QiyosDatabase } from './schema';
import type {
  AlignmentRecord,
  BeadRecord,
  DocumentRecord,
  EditBeadRecord,
  EditRecord,
  GlossaryConceptRecord,
  ProjectRecord,
  SegmentRecord,
  Stored,
} from './types';

/** Every record of one project as stored (ids included), in memory: what "Undo delete" puts back. */
export interface ProjectSnapshot {
  project: Stored<ProjectRecord>;
  documents: DocumentRecord[];
  segments: SegmentRecord[];
  alignments: AlignmentRecord[];
  beads: BeadRecord[];
  edits: EditRecord[];
  glossaryConcepts: GlossaryConceptRecord[];
}

function projectTables(db: QiyosDatabase) {
  return [db.projects, db.documents, db.segments, db.alignments, db.beads, db.edits, db.glossaryConcepts];
}

/** Reads every record of a project; call inside a transaction over projectTables. */
async function readProject(db: QiyosDatabase, projectId: number): Promise<ProjectSnapshot> {
  const project = await db.projects.get(projectId);
  if (!project) throw new Error('The project does not exist (it may have been deleted).');
  const documents = await db.documents.where('projectId').equals(projectId).sortBy('order');
  const documentIds = documents.map((d) => d.id as number);
  const segments = await db.segments.where('documentId').anyOf(documentIds).toArray();
  const alignments = await db.alignments.where('projectId').equals(projectId).toArray();
  const alignmentIds = alignments.map((a) => a.id as number);
  const beads = await db.beads.where('alignmentId').anyOf(alignmentIds).toArray();
  const edits = await db.edits.where('alignmentId').anyOf(alignmentIds).toArray();
  const glossaryConcepts = await db.glossaryConcepts.where('projectId').equals(projectId).toArray();
  return { project: project as Stored<ProjectRecord>, documents, segments, alignments, beads, edits, glossaryConcepts };
}

const withoutId = <T extends { id?: number }>({ id: _id, ...rest }: T): Omit<T, 'id'> => rest;

function mapper(ids: Map<number, number>, what: string) {
  return (oldId: number): number => {
    const id = ids.get(oldId);
    if (id === undefined) throw new Error(`The project refers to a missing ${what} (${oldId}).`);
    return id;
  };
}

/** Repository bound to a database; `projectRepository` below is the app's instance. */
export function createProjectRepository(getDb: () => QiyosDatabase) {
  return {
    /**
     * Copies a project under `name` with everything in it: documents (with their original bytes),
     * segments, alignments with each row's status, the edit history (undo/redo) and the glossary.
     * Returns the new project's id. All or nothing.
     */
    async duplicateProject(projectId: number, name: string): Promise<number> {
      const db = getDb();
      const trimmed = name.trim();
      if (!trimmed) throw new Error('A project needs a name.');
      return db.transaction('rw', projectTables(db), async () => {
        const source = await readProject(db, projectId);
        const now = Date.now();
        const newProjectId = (await db.projects.add({ ...withoutId(source.project), name: trimmed, createdAt: now, updatedAt: now })) as number;

        const documentIds = new Map<number, number>();
        for (const doc of source.documents) documentIds.set(doc.id as number, (await db.documents.add({ ...withoutId(doc), projectId: newProjectId })) as number);
        const documentId = mapper(documentIds, 'document');

        const newSegmentIds = (await db.segments.bulkAdd(
          source.segments.map((s) => ({ ...withoutId(s), documentId: documentId(s.documentId) })),
          { allKeys: true },
        )) as number[];
        const segmentIds = new Map(source.segments.map((s, i) => [s.id as number, newSegmentIds[i]!]));
        const segmentId = mapper(segmentIds, 'sentence');
        const cells = (c: number[][]) => c.map((cell) => cell.map(segmentId));
        const beadsOf = (rows: EditBeadRecord[]) => rows.map((b) => ({ ...b, cells: cells(b.cells) }));

        const alignmentIds = new Map<number, number>();
        for (const alignment of source.alignments) {
          const copy = { ...withoutId(alignment), projectId: newProjectId, columns: alignment.columns.map(documentId) };
          alignmentIds.set(alignment.id as number, (await db.alignments.add(copy)) as number);
        }
        const alignmentId = mapper(alignmentIds, 'alignment');
        await db.beads.bulkAdd(source.beads.map((b) => ({ ...withoutId(b), alignmentId: alignmentId(b.alignmentId), cells: cells(b.cells) })));
        await db.edits.bulkAdd(
          source.edits.map((e) => {
            const copy: EditRecord = { ...withoutId(e), alignmentId: alignmentId(e.alignmentId), before: beadsOf(e.before), after: beadsOf(e.after) };
            if (e.text) copy.text = { ...e.text, segmentId: segmentId(e.text.segmentId) };
            return copy;
          }),
        );
        await db.glossaryConcepts.bulkAdd(source.glossaryConcepts.map((c) => ({ ...withoutId(c), projectId: newProjectId })));
        return newProjectId;
      });
    },

    /** Deletes a project with everything in it and returns what was deleted, for restoreDeletedProject. */
    async deleteProjectWithSnapshot(projectId: number): Promise<ProjectSnapshot> {
      const db = getDb();
      return db.transaction('rw', projectTables(db), async () => {
        const snapshot = await readProject(db, projectId);
        await db.glossaryConcepts.bulkDelete(snapshot.glossaryConcepts.map((c) => c.id as number));
        await db.edits.bulkDelete(snapshot.edits.map((e) => e.id as number));
        await db.beads.bulkDelete(snapshot.beads.map((b) => b.id as number));
        await db.alignments.bulkDelete(snapshot.alignments.map((a) => a.id as number));
        await db.segments.bulkDelete(snapshot.segments.map((s) => s.id as number));
        await db.documents.bulkDelete(snapshot.documents.map((d) => d.id as number));
        await db.projects.delete(projectId);
        return snapshot;
      });
    },

    /**
     * Puts a deleted project back exactly as it was, with the same ids (auto-increment never hands
     * out a deleted id again, so they are free). All or nothing: if any id is taken, nothing is written.
     */
    async restoreDeletedProject(snapshot: ProjectSnapshot): Promise<number> {
      const db = getDb();
      return db.transaction('rw', projectTables(db), async () => {
        await db.projects.add(snapshot.project);
        await db.documents.bulkAdd(snapshot.documents);
        await db.segments.bulkAdd(snapshot.segments);
        await db.alignments.bulkAdd(snapshot.alignments);
        await db.beads.bulkAdd(snapshot.beads);
        await db.edits.bulkAdd(snapshot.edits);
        await db.glossaryConcepts.bulkAdd(snapshot.glossaryConcepts);
        return snapshot.project.id;
      });
    },
  };
}

export type ProjectRepository = ReturnType<typeof createProjectRepository>;

/** The app's project repository over the app's database. */
export const projectRepository: ProjectRepository = createProjectRepository(getDatabase);
