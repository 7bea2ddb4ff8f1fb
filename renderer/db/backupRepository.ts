/**
 * Backup and restore: reads a project (or the whole database) into a backup (see backup.ts) and
 * writes one back. Each restore is one transaction over every table, so a failure half-way (a full
 * disk, a damaged record) leaves the database exactly as it was.
 */
import { errorText } from '../../shared/i18n/localizeError';
import { backupHeader, type Backup, type DatabaseBackup, type ProjectBackup, type ProjectContents } from './backup';
import { getDatabase } from './database';
import { copyProjectRecords, readProjectRecords, withoutId } from './projectRecords';
import { deleteProjectTree, ProjectExistsError } from './repository';
import type { QiyosDatabase } from './schema';

/** Restoring would replace projects of the same names; ask the user, then restore with `replace`. */
export class RestoreConflictError extends ProjectExistsError {
  constructor(readonly projectNames: string[]) {
    super(projectNames[0]!);
    if (projectNames.length > 1) {
      const names = projectNames.map((n) => `"${n}"`).join(', ');
      this.message = `Projects named ${names} already exist.`;
      this.localized = errorText('db.projectsExist', { names });
    }
    this.name = 'RestoreConflictError';
  }
}

export interface RestoreOptions {
  /** Delete existing projects with the backup's project names (in the same transaction). */
  replace?: boolean;
}

function allTables(db: QiyosDatabase) {
  return [db.projects, db.documents, db.segments, db.alignments, db.beads, db.edits, db.glossaryConcepts, db.settings];
}

/** Project names are compared trimmed, as the repository stores them. */
function projectName(contents: ProjectContents): string {
  const name = contents.project.name.trim();
  if (name === '') throw new Error('A project needs a name.');
  return name;
}

export function createBackupRepository(getDb: () => QiyosDatabase) {
  /** Writes one project's records with new ids; call inside a rw transaction over all tables. */
  async function writeProject(db: QiyosDatabase, contents: ProjectContents): Promise<number> {
    return copyProjectRecords(db, contents, { ...withoutId(contents.project), name: projectName(contents) });
  }

  /** Deletes a project with everything in it, its glossary included; call inside a rw transaction over all tables. */
  async function removeProject(db: QiyosDatabase, projectId: number): Promise<void> {
    await db.glossaryConcepts.where('projectId').equals(projectId).delete();
    await deleteProjectTree(db, projectId);
  }

  return {
    /** Everything in one project, with the app's settings, for a backup file. */
    async backupProject(projectId: number): Promise<ProjectBackup> {
      const db = getDb();
      return db.transaction('r', allTables(db), async () => ({ ...backupHeader(await db.settings.toArray()), scope: 'project' as const, ...(await readProjectRecords(db, projectId)) }));
    },

    /** Every project and the settings, for one backup file of the whole database. */
    async backupDatabase(): Promise<DatabaseBackup> {
      const db = getDb();
      return db.transaction('r', allTables(db), async () => {
        const projects: ProjectContents[] = [];
        for (const id of (await db.projects.orderBy('id').primaryKeys()) as number[]) projects.push(await readProjectRecords(db, id));
        return { ...backupHeader(await db.settings.toArray()), scope: 'database' as const, projects };
      });
    },

    /**
     * Restores a checked backup (parseBackup) next to the existing projects, with new ids, in one
     * transaction; returns the new project ids in backup order. When a project of the same name
     * exists it throws RestoreConflictError and stores nothing, unless `replace` is true: then
     * those projects are deleted in the same transaction. A whole-database backup also restores its
     * settings; a project backup only adds settings this database does not have.
     */
    async restoreBackup(backup: Backup, { replace = false }: RestoreOptions = {}): Promise<number[]> {
      const db = getDb();
      const parts = backup.scope === 'database' ? backup.projects : [backup];
      const names = new Set(parts.map(projectName));
      return db.transaction('rw', allTables(db), async () => {
        const existing = (await db.projects.toArray()).filter((p) => names.has(p.name));
        if (existing.length > 0 && !replace) throw new RestoreConflictError([...new Set(existing.map((p) => p.name))]);
        for (const project of existing) await removeProject(db, project.id as number);
        const ids: number[] = [];
        for (const part of parts) ids.push(await writeProject(db, part));
        if (backup.scope === 'database') await db.settings.bulkPut(backup.settings);
        else {
          const present = new Set((await db.settings.toCollection().primaryKeys()) as string[]);
          await db.settings.bulkAdd(backup.settings.filter((s) => !present.has(s.key)));
        }
        return ids;
      });
    },
  };
}

export type BackupRepository = ReturnType<typeof createBackupRepository>;

/** The app's backup repository over the app's database. */
export const backupRepository: BackupRepository = createBackupRepository(getDatabase);
