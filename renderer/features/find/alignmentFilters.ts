import { LOW_CONFIDENCE } from '../alignment/confidenceScale';

/** The row filters beside the find bar; several at once keep the rows that pass all of them. */
export const ALIGNMENT_FILTERS = ['text', 'low', 'unconfirmed', 'notOneToOne', 'emptyCell', 'matches'] as const;
export type AlignmentFilter = (typeof ALIGNMENT_FILTERS)[number];

interface FilterableBead {
  score: number;
  status: string;
  cells: ReadonlyArray<ReadonlyArray<{ kind: string }>>;
}

const isBoilerplate = (bead: FilterableBead) => bead.cells.every((cell) => cell.every((s) => s.kind === 'boilerplate'));

const TESTS: Record<Exclude<AlignmentFilter, 'matches'>, (bead: FilterableBead) => boolean> = {
  // Page furniture (timestamps, datelines, disclaimers…) left out of the alignment stays in the table as rows of its own; this hides them.
  text: (bead) => !isBoilerplate(bead),
  // Boilerplate-only rows were never aligned: they have no confidence to doubt.
  low: (bead) => bead.score < LOW_CONFIDENCE && bead.status !== 'confirmed' && !isBoilerplate(bead),
  unconfirmed: (bead) => bead.status !== 'confirmed',
  notOneToOne: (bead) => bead.cells.some((cell) => cell.length !== 1),
  emptyCell: (bead) => bead.cells.some((cell) => cell.length === 0),
};

/**
 * The indices of the rows that pass every active filter, ascending; null when no filter is active
 * (every row shown). `matches` are the rows find matches (used by the 'matches' filter; it is
 * ignored while find has no query, `matches` null).
 */
export function filterRows(beads: readonly FilterableBead[], active: ReadonlySet<AlignmentFilter>, matches: readonly number[] | null): number[] | null {
  const tests = [...active].filter((f) => f !== 'matches').map((f) => TESTS[f as Exclude<AlignmentFilter, 'matches'>]);
  const byMatch = active.has('matches') && matches !== null;
  if (tests.length === 0 && !byMatch) return null;
  const candidates = byMatch ? matches : beads.map((_, k) => k);
  return candidates.filter((k) => {
    const bead = beads[k];
    return bead !== undefined && tests.every((test) => test(bead));
  });
}
