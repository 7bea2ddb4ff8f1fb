/** Components read data only through these hooks (live: they re-render when the data changes). */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useSyncExternalStore } from 'react';
import { alignmentViewStore } from './alignmentView';
import type { AlignmentFirstRows } from './alignmentViewRead';
import { repository, type AlignmentView, type EditHistoryState, type EditOutcome, type DocumentSummary, type ProjectSummary } from './repository';
import type { ProjectRecord, Stored } from './types';

/** `undefined` while loading. */
export function useProjects(): ProjectSummary[] | undefined {
  return useLiveQuery(() => repository.listProjects(), []);
}

/** Ids and names of all projects, most recently changed first (the recent-projects menu). */
export function useRecentProjects(): { id: number; name: string }[] | undefined {
  return useLiveQuery(() => repository.listRecentProjects(), []);
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
  // Rows are read once and patched by edits (renderer/db/alignmentView.ts); only a stamp is live.
  const store = alignmentViewStore(projectId);
  // The result names its project: right after a switch, the previous project's stamp must not reach the new store.
  const live = useLiveQuery(async () => ({ projectId, stamp: await repository.alignmentStamp(projectId) }), [projectId]);
  useEffect(() => {
    if (live?.projectId === projectId) store.onStamp(live.stamp);
  }, [store, live, projectId]);
  return useSyncExternalStore(store.subscribe, store.get);
}

/** While the project's view is first read: its first rows and the row count, to show read-only; null otherwise. */
export function useAlignmentFirstRows(projectId: number): AlignmentFirstRows | null {
  const store = alignmentViewStore(projectId);
  return useSyncExternalStore(store.subscribe, store.getFirstRows);
}

/** Runs an edit of the project's alignment (edit, undo, redo, realign) and patches the shown view with its outcome. */
export function editAlignment<T extends EditOutcome | null>(projectId: number, run: () => Promise<T>): Promise<T> {
  return alignmentViewStore(projectId).apply(run);
}

/** What undo and redo would do now in the alignment (labels; null: nothing). */
export function useEditHistory(alignmentId: number): EditHistoryState | undefined {
  return useLiveQuery(() => repository.editHistory(alignmentId), [alignmentId]);
}
