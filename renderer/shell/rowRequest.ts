/**
 * "Show that alignment row": a feature outside the alignment view (the glossary's consistency
 * list) asks for a row of a project's alignment, possibly before the view has mounted; the view
 * takes the request when it mounts, or at once if it is already on screen. Same idea as
 * focusRequest.ts, with a value.
 */
import { useEffect, useRef } from 'react';

const pending = new Map<number, number>();
const takers = new Map<number, Set<(row: number) => void>>();

/** Asks the alignment view of `projectId` to put its cursor on `row` (0-based). */
export function requestAlignmentRow(projectId: number, row: number): void {
  pending.set(projectId, row);
  for (const take of takers.get(projectId) ?? []) take(row);
}

/** The row last requested for `projectId` and not yet taken (for tests and late mounts). */
export function pendingAlignmentRow(projectId: number): number | undefined {
  return pending.get(projectId);
}

/** Calls `onRow` with each row requested for `projectId` while mounted (and one requested just before). */
export function useAlignmentRowRequest(projectId: number, onRow: (row: number) => void): void {
  const latest = useRef(onRow);
  useEffect(() => {
    latest.current = onRow;
  });
  useEffect(() => {
    const take = (row: number): void => {
      pending.delete(projectId);
      latest.current(row);
    };
    const set = takers.get(projectId) ?? new Set();
    set.add(take);
    takers.set(projectId, set);
    const waiting = pending.get(projectId);
    if (waiting !== undefined) take(waiting);
    return () => {
      set.delete(take);
    };
  }, [projectId]);
}
