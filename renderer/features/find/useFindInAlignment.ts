import { useCallback, useMemo, useState } from 'react';
import type { AlignmentView } from '../../db/repository';
import { useCommand } from '../../shell/commands';
import { requestFocus } from '../../shell/focusRequest';
import { findBeads } from './findBeads';

export interface FindState {
  open: boolean;
  query: string;
  setQuery: (query: string) => void;
  /** Bead indices that match, and the position of the current one among them (-1: none). */
  matches: number[];
  current: number;
  /** The bead index to show, or null. */
  activeBead: number | null;
  next: () => void;
  previous: () => void;
  close: () => void;
}

/** Find in the alignment (Edit → Find, CmdOrCtrl+F): available while an alignment is shown. */
export function useFindInAlignment(view: AlignmentView | null | undefined): FindState {
  const [open, setOpen] = useState(false);
  const [query, setQueryState] = useState('');
  const [current, setCurrent] = useState(0);
  const matches = useMemo(() => (view && open ? findBeads(view.beads, query) : []), [view, open, query]);

  useCommand(
    'find',
    view
      ? () => {
          setOpen(true);
          requestFocus('find-input');
        }
      : null,
  );

  const setQuery = useCallback((next: string) => {
    setQueryState(next);
    setCurrent(0);
  }, []);
  const step = (delta: number) => () => setCurrent((c) => (matches.length === 0 ? 0 : (c + delta + matches.length) % matches.length));
  const position = matches.length === 0 ? -1 : Math.min(current, matches.length - 1);

  return {
    open,
    query,
    setQuery,
    matches,
    current: position,
    activeBead: position >= 0 ? (matches[position] ?? null) : null,
    next: step(1),
    previous: step(-1),
    close: () => setOpen(false),
  };
}
