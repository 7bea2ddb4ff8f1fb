/** Components read data only through these hooks (live: they re-render when the data changes). */
import { useLiveQuery } from 'dexie-react-hooks';
import { repository, type AlignmentView, type DocumentSummary, type ProjectSummary } from './repository';
import type { ProjectRecord, Stored } from './types';

/** `undefined` while loading. */
export function useProjects(): ProjectSummary[] | undefined {
  return useLiveQuery(() => repository.listProjects(), []);
}

/** `undefined` while loading, `null` when the project does not exist. */
export function useProject(projectId: number): Stored<ProjectRecord> | null | undefined {
  return useLiveQuery(async () => (await repository.getProject(projectId)) ?? null, [projectId]);
}

export function useDocuments(projectId: number): DocumentSummary[] | undefined {
  return useLiveQuery(() => repository.listDocuments(projectId), [projectId]);
}

/** `undefined` while loading, `null` when the project has no alignment. */
export function useAlignmentView(projectId: number): AlignmentView | null | undefined {
  return useLiveQuery(() => repository.loadAlignmentView(projectId), [projectId]);
}

/** What undo and redo would do now in the alignment (labels; null: nothing). */
export function useEditHistory(alignmentId: number): { undo: string | null; redo: string | null } | undefined {
  return useLiveQuery(() => repository.editHistory(alignmentId), [alignmentId]);
}
