/**
 * Whole-project operations of the home screen: duplicate a project, and delete one in a way that
 * can be undone (the deleted records are handed back as a snapshot and put back with the same ids).
 * Each operation is one transaction over every table a project lives in.
 */
import { getDatabase } from './database';
import { copyProjectRecords, projectTables, readProjectRecords, withoutId, type ProjectRecords } from './projectRecords';
import type { QiyosDatabase } from './schema';

/** Every record of one project as stored (ids included), in memory: what "Undo delete" puts back. */
export type ProjectSnapshot = ProjectRecords;

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
        const source = await readProjectRecords(db, projectId);
        const now = Date.now();
        return copyProjectRecords(db, source, { ...withoutId(source.project), name: trimmed, createdAt: now, updatedAt: now });
      });
    },

    /** Deletes a project with everything in it and returns what was deleted, for restoreDeletedProject. */
    async deleteProjectWithSnapshot(projectId: number): Promise<ProjectSnapshot> {
      const db = getDb();
      return db.transaction('rw', projectTables(db), async () => {
        const snapshot = await readProjectRecords(db, projectId);
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
