/**
 * "Put the cursor there": a command asks for a named field to be focused (e.g. New Project → the
 * project name), possibly before the view holding the field has rendered; the field takes the
 * request when it mounts, or at once if it is already on screen.
 */
import { useEffect, type RefObject } from 'react';

export type FocusTarget = 'new-project-name' | 'find-input';

const requested = new Set<FocusTarget>();
const takers = new Map<FocusTarget, Set<() => void>>();

export function requestFocus(target: FocusTarget): void {
  requested.add(target);
  for (const take of takers.get(target) ?? []) take();
}

/** Focuses `ref` whenever `target` is requested while it is mounted (or was requested just before). */
export function useFocusTarget(target: FocusTarget, ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const take = (): void => {
      if (!requested.has(target) || !ref.current) return;
      requested.delete(target);
      ref.current.focus();
      if (ref.current instanceof HTMLInputElement) ref.current.select();
    };
    const set = takers.get(target) ?? new Set();
    set.add(take);
    takers.set(target, set);
    take();
    return () => {
      set.delete(take);
    };
  }, [target, ref]);
}
