/**
 * The alignment entry point: `alignColumns(columns) -> beads`, a pure function used by the
 * worker, the CLI, the tests and the benchmarks.
 */
import type { AlignColumn, Bead, ProgressFn } from '../model';
import { alignPair, type PairBead } from './alignPair';
import type { CostParams } from './costs';
import { anchorTokens, boilerplateFlags, buildFeatures, type FeatureSpace } from './features';
import { learnLexicon, lexiconStems } from './learnLexicon';
import { termTokens, type TermAnchor } from './termAnchors';
import { mergeAroundPivot } from './mergeColumns';

export interface AlignOptions {
  onProgress?: ProgressFn;
  params?: CostParams;
  /** With three or four columns: the column the others are aligned to; chosen by anchor overlap when absent. */
  pivot?: number;
  /** Learn a word lexicon from the first pass and align again with it (default true). */
  learnLexicon?: boolean;
  /** Approved glossary concepts whose terms anchor the sentences that contain them. */
  terms?: TermAnchor[];
}

export const MIN_COLUMNS = 2;
export const MAX_COLUMNS = 4;

/**
 * Aligns 2 to 4 columns of sentences. Beads come in document order and cover every sentence
 * of every column exactly once; a cell may be empty (no counterpart in that column).
 * A first pass aligns on length, numbers and script-neutral name stems; word pairs learned from
 * its confident beads then anchor a second pass. With three or four columns each one is aligned
 * to a pivot column (the one sharing the most anchors with the rest) and the pairwise results
 * are joined, so the multi-column beads are consistent across all columns.
 */
export function alignColumns(columns: AlignColumn[], options: AlignOptions = {}): Bead[] {
  if (columns.length < MIN_COLUMNS || columns.length > MAX_COLUMNS) {
    throw new RangeError(`Alignment takes ${MIN_COLUMNS} to ${MAX_COLUMNS} documents, got ${columns.length}`);
  }
  const { onProgress, params } = options;
  const tokens = anchorTokens(columns);
  if (options.terms?.length) {
    termTokens(columns, options.terms).forEach((column, c) => column.forEach((extra, k) => tokens[c]![k]!.push(...extra)));
  }
  const boilerplate = boilerplateFlags(columns);
  const firstSpace = buildFeatures(columns, { tokens, boilerplate });
  const pivot = columns.length === 2 ? 0 : (options.pivot ?? choosePivot(firstSpace));
  const pairList = columns.map((_, k) => k).filter((k) => k !== pivot).map((k) => [pivot, k] as const);
  const passes = options.learnLexicon === false ? 1 : 2;
  const runPairs = (space: FeatureSpace, pass: number) =>
    pairList.map(([a, b], step) => {
      const slot = pass * pairList.length + step;
      const scaled: ProgressFn | undefined = onProgress
        ? (p) => onProgress({ phase: p.phase, done: slot * p.total + p.done, total: passes * pairList.length * p.total })
        : undefined;
      return alignPair(space, a, b, { onProgress: scaled, params });
    });
  let results = runPairs(firstSpace, 0);
  if (passes === 2) {
    const extra = learnedAnchors(columns, pairList, results);
    if (extra) results = runPairs(buildFeatures(columns, { tokens, boilerplate, extra }), 1);
    else onProgress?.({ phase: 'align', done: 1, total: 1 });
  }
  if (columns.length === 2) return results[0]!.map(({ a, b, score }) => ({ cells: [a, b], score }));
  const sizes = columns.map((c) => c.texts.length);
  const pairs: (PairBead[] | undefined)[] = sizes.map(() => undefined);
  pairList.forEach(([, k], step) => (pairs[k] = results[step]));
  return realignPivotGaps(columns, pivot, mergeAroundPivot(pivot, sizes, pairs), options);
}

/**
 * Anchor tokens from lexicons learned on each pair's first pass: sentence k of column c gets
 * `l:<pair>:<entry>` for each learned entry whose stem it contains. Undefined when nothing was learned.
 */
function learnedAnchors(
  columns: AlignColumn[],
  pairList: (readonly [number, number])[],
  results: PairBead[][],
): ((column: number, k: number) => readonly string[]) | undefined {
  const tokens = columns.map((column) => column.texts.map((): string[] => []));
  const stems = columns.map((column) => column.texts.map(lexiconStems));
  let learned = 0;
  pairList.forEach(([a, b], p) => {
    const oneToOne = results[p]!.filter((x) => x.a.length === 1 && x.b.length === 1).map((x) => ({ a: x.a[0]!, b: x.b[0]!, score: x.score }));
    const lexicon = learnLexicon(stems[a]!, stems[b]!, oneToOne);
    if (lexicon.length === 0) return;
    learned += lexicon.length;
    const entryA = new Map(lexicon.map((e, q) => [e.a, q]));
    const entryB = new Map(lexicon.map((e, q) => [e.b, q]));
    const tag = (column: number, entries: Map<string, number>) =>
      stems[column]!.forEach((list, k) => {
        for (const stem of list) {
          const q = entries.get(stem);
          if (q !== undefined) tokens[column]![k]!.push(`l:${p}:${q}`);
        }
      });
    tag(a, entryA);
    tag(b, entryB);
  });
  return learned > 0 ? (column, k) => tokens[column]![k]! : undefined;
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
function realignPivotGaps(columns: AlignColumn[], pivot: number, beads: Bead[], options: AlignOptions): Bead[] {
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
        { params: options.params, learnLexicon: options.learnLexicon, terms: options.terms },
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
