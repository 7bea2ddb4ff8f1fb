/**
 * The alignment entry point: `alignColumns(columns) -> beads`, a pure function used by the
 * worker, the CLI, the tests and the benchmarks.
 */
import type { AlignColumn, Bead, ProgressFn } from '../model';
import { alignPair, type PairBead } from './alignPair';
import type { CostParams } from './costs';
import { buildFeatures, type FeatureSpace } from './features';
import { mergeAroundPivot } from './mergeColumns';

export interface AlignOptions {
  onProgress?: ProgressFn;
  params?: CostParams;
  /** With three or four columns: the column the others are aligned to; chosen by anchor overlap when absent. */
  pivot?: number;
}

export const MIN_COLUMNS = 2;
export const MAX_COLUMNS = 4;

/**
 * Aligns 2 to 4 columns of sentences. Beads come in document order and cover every sentence
 * of every column exactly once; a cell may be empty (no counterpart in that column).
 * With three or four columns each one is aligned to a pivot column (the one sharing the most
 * anchors with the rest) and the pairwise results are joined, so the multi-column beads are consistent across all columns.
 */
export function alignColumns(columns: AlignColumn[], options: AlignOptions = {}): Bead[] {
  if (columns.length < MIN_COLUMNS || columns.length > MAX_COLUMNS) {
    throw new RangeError(`Alignment takes ${MIN_COLUMNS} to ${MAX_COLUMNS} documents, got ${columns.length}`);
  }
  const space = buildFeatures(columns);
  const { onProgress, params } = options;
  if (columns.length === 2) {
    return alignPair(space, 0, 1, { onProgress, params }).map(({ a, b, score }) => ({ cells: [a, b], score }));
  }
  const sizes = columns.map((c) => c.texts.length);
  const pivot = options.pivot ?? choosePivot(space);
  const others = sizes.map((_, k) => k).filter((k) => k !== pivot);
  const pairs: (PairBead[] | undefined)[] = sizes.map(() => undefined);
  others.forEach((k, step) => {
    const scaled: ProgressFn | undefined = onProgress
      ? (p) => onProgress({ phase: p.phase, done: step * p.total + p.done, total: others.length * p.total })
      : undefined;
    pairs[k] = alignPair(space, pivot, k, { onProgress: scaled, params });
  });
  return realignPivotGaps(columns, pivot, mergeAroundPivot(pivot, sizes, pairs), params);
}

/**
 * The column that shares the most anchors with all the others: the original that the other
 * versions were made from tends to be it, and pairing through it loses the least.
 */
function choosePivot(space: FeatureSpace): number {
  const counts = space.columns.map((column) => {
    const count = new Map<number, number>();
    for (const ids of column.ids) for (const id of ids) count.set(id, (count.get(id) ?? 0) + 1);
    return count;
  });
  const totals = space.columns.map((column) => column.ids.reduce((sum, ids) => sum + ids.length, 0) || 1);
  let best = 0;
  let bestScore = -1;
  counts.forEach((mine, c) => {
    let score = 0;
    counts.forEach((theirs, d) => {
      if (d === c) return;
      let common = 0;
      for (const [id, n] of mine) common += Math.min(n, theirs.get(id) ?? 0);
      score += common / Math.sqrt(totals[c]! * totals[d]!);
    });
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  });
  return best;
}

/**
 * Sentences that the pivot column lacks come out of the pivot merge unpaired, even where two
 * other columns share them (a caption present in both Uzbek scripts but not in the English
 * rewrite). Each such stretch is aligned again among the columns that have sentences there.
 */
function realignPivotGaps(columns: AlignColumn[], pivot: number, beads: Bead[], params?: CostParams): Bead[] {
  const out: Bead[] = [];
  let k = 0;
  while (k < beads.length) {
    if (beads[k]!.cells[pivot]!.length > 0) {
      out.push(beads[k++]!);
      continue;
    }
    let end = k;
    while (end < beads.length && beads[end]!.cells[pivot]!.length === 0) end++;
    const stretch = beads.slice(k, end);
    const present = columns.map((_, c) => stretch.flatMap((b) => b.cells[c]!));
    const involved = present.flatMap((indices, c) => (indices.length > 0 ? [c] : []));
    if (involved.length < 2) {
      out.push(...stretch);
    } else {
      const sub = alignColumns(
        involved.map((c) => {
          const indices = present[c]!;
          return {
            lang: columns[c]!.lang,
            texts: indices.map((x) => columns[c]!.texts[x]!),
            breaks: indices.map((x, k) => k > 0 && (x !== indices[k - 1]! + 1 || columns[c]!.breaks?.[x] === true)),
          };
        }),
        { params },
      );
      for (const bead of sub) {
        const cells = columns.map((): number[] => []);
        involved.forEach((c, s) => (cells[c] = bead.cells[s]!.map((x) => present[c]![x]!)));
        out.push({ cells, score: bead.score });
      }
    }
    k = end;
  }
  return out;
}
