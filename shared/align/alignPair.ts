/**
 * Two-column alignment: dynamic programming over bead shapes (1-1, 1-0, 0-1, 2-1, 1-2, 2-2,
 * 3-1, 1-3) inside a band, scoring each bead by shape prior, length and shared anchors.
 */
import type { ProgressFn } from '../model';
import { anchorChain, bandAround, fullBand, type Band } from './band';
import { DEFAULT_COST_PARAMS, lengthProbability, type CostParams } from './costs';
import { matchableWeight, sharedWeight, type FeatureSpace } from './features';

/** A bead between two columns: sentence indices on each side and a confidence in 0..1. */
export interface PairBead {
  a: number[];
  b: number[];
  score: number;
}

export interface AlignPairOptions {
  params?: CostParams;
  onProgress?: ProgressFn;
  /** Up to this many cells the whole matrix is searched exactly. */
  exactCellLimit?: number;
}

const INITIAL_HALF_WIDTH = 16;
/** Up to about 550 × 550 sentences the whole matrix is searched: exact and still well under a second. */
const EXACT_CELL_LIMIT = 300_000;
const MAX_WIDENINGS = 5;

interface PairContext {
  n: number;
  m: number;
  idsA: Int32Array[];
  idsB: Int32Array[];
  breaksA: Uint8Array;
  breaksB: Uint8Array;
  boilerplateA: Uint8Array;
  boilerplateB: Uint8Array;
  weights: Float64Array;
  matchA: Float64Array;
  matchB: Float64Array;
  prefixA: Float64Array;
  prefixB: Float64Array;
  ratio: number;
  params: CostParams;
  /** Scratch marks for union counting; a fresh stamp per bead avoids clearing. */
  marksA: Int32Array;
  marksB: Int32Array;
  stampCounter: number;
  scratchA: Float64Array;
  scratchB: Float64Array;
  /** Pairwise shared weights of the current band, NaN until computed; see pairShared. */
  pairCache: Float64Array;
  /** Index of cell (i, j) in the current band, or -1 outside it. */
  cellIndex: (i: number, j: number) => number;
}

function prefixSums(lengths: Float64Array): Float64Array {
  const out = new Float64Array(lengths.length + 1);
  for (let k = 0; k < lengths.length; k++) out[k + 1] = out[k]! + lengths[k]!;
  return out;
}

function makeContext(space: FeatureSpace, ca: number, cb: number, params: CostParams): PairContext {
  const A = space.columns[ca]!;
  const B = space.columns[cb]!;
  const weights = space.weightsFor(ca, cb);
  const prefixA = prefixSums(A.lengths);
  const prefixB = prefixSums(B.lengths);
  const n = A.ids.length;
  const m = B.ids.length;
  const ratio = n && m ? prefixB[m]! / n / (prefixA[n]! / n) : 1;
  return {
    n,
    m,
    idsA: A.ids,
    idsB: B.ids,
    breaksA: A.breaks,
    breaksB: B.breaks,
    boilerplateA: A.boilerplate,
    boilerplateB: B.boilerplate,
    weights,
    matchA: Float64Array.from(A.ids, (ids) => matchableWeight(ids, weights)),
    matchB: Float64Array.from(B.ids, (ids) => matchableWeight(ids, weights)),
    prefixA,
    prefixB,
    ratio: ratio > 0 ? ratio : 1,
    params,
    marksA: new Int32Array(space.size),
    marksB: new Int32Array(space.size),
    stampCounter: 0,
    scratchA: new Float64Array(4),
    scratchB: new Float64Array(4),
    pairCache: new Float64Array(0),
    cellIndex: () => -1,
  };
}

interface BeadEvidence {
  cost: number;
  lengthP: number;
  shared: number;
  matchable: number;
}

/** Shared anchor weight of sentence x of A with sentence y of B, cached per band cell. */
function pairShared(ctx: PairContext, x: number, y: number): number {
  const cell = ctx.cellIndex(x + 1, y + 1);
  if (cell < 0) return sharedWeight(ctx.idsA[x]!, ctx.idsB[y]!, ctx.weights);
  let value = ctx.pairCache[cell]!;
  if (Number.isNaN(value)) {
    value = sharedWeight(ctx.idsA[x]!, ctx.idsB[y]!, ctx.weights);
    ctx.pairCache[cell] = value;
  }
  return value;
}

/**
 * Anchor weight shared by the two sides of a bead (each id counted once) and the number of
 * its sentences that share nothing with the other side.
 */
function beadShared(ctx: PairContext, i: number, j: number, da: number, db: number): { shared: number; bare: number } {
  if (da === 1 && db === 1) {
    const shared = pairShared(ctx, i - 1, j - 1);
    return { shared, bare: shared >= ctx.params.minEvidence ? 0 : 2 };
  }
  // bare sentences and an upper bound of the shared weight from the cached pairwise values
  const rowSums = ctx.scratchA;
  const colSums = ctx.scratchB;
  colSums.fill(0, 0, db);
  let sum = 0;
  for (let x = 0; x < da; x++) {
    rowSums[x] = 0;
    for (let y = 0; y < db; y++) {
      const w = pairShared(ctx, i - da + x, j - db + y);
      rowSums[x] = rowSums[x]! + w;
      colSums[y] = colSums[y]! + w;
      sum += w;
    }
  }
  let bare = 0;
  for (let x = 0; x < da; x++) if (rowSums[x]! < ctx.params.minEvidence) bare++;
  for (let y = 0; y < db; y++) if (colSums[y]! < ctx.params.minEvidence) bare++;
  if (bare > 0 || sum === 0) return { shared: sum, bare };
  return { shared: unionShared(ctx, i, j, da, db), bare };
}

/** Exact weight of ids present on both sides of a many-to-one bead, each id counted once. */
function unionShared(ctx: PairContext, i: number, j: number, da: number, db: number): number {
  const stamp = ++ctx.stampCounter;
  const { marksA, marksB, weights } = ctx;
  for (let x = i - da; x < i; x++) for (const id of ctx.idsA[x]!) marksA[id] = stamp;
  let shared = 0;
  for (let y = j - db; y < j; y++) {
    for (const id of ctx.idsB[y]!) {
      if (marksA[id] === stamp && marksB[id] !== stamp) {
        shared += weights[id]!;
        marksB[id] = stamp;
      }
    }
  }
  return shared;
}

/** Cost and evidence of the bead ending at (i, j) taking `da` sentences of A and `db` of B. */
function beadEvidence(ctx: PairContext, i: number, j: number, da: number, db: number, prior: number): BeadEvidence {
  if (da === 0 || db === 0) {
    const boilerplate = da ? ctx.boilerplateA[i - 1] : ctx.boilerplateB[j - 1];
    return { cost: boilerplate ? Math.min(prior, ctx.params.boilerplateNullCost) : prior, lengthP: 1, shared: 0, matchable: 0 };
  }
  const { params } = ctx;
  const la = ctx.prefixA[i]! - ctx.prefixA[i - da]!;
  const lb = ctx.prefixB[j]! - ctx.prefixB[j - db]!;
  const lengthP = lengthProbability(la, lb, ctx.ratio, params.lengthVariance);
  const { shared, bare } = beadShared(ctx, i, j, da, db);
  let matchA = 0;
  let matchB = 0;
  for (let x = i - da; x < i; x++) matchA += ctx.matchA[x]!;
  for (let y = j - db; y < j; y++) matchB += ctx.matchB[y]!;
  const cost =
    prior +
    Math.min(params.maxLengthCost, -Math.log(lengthP)) -
    params.lexicalWeight * shared +
    params.bareSentenceCost * bare;
  return { cost, lengthP, shared, matchable: Math.min(matchA, matchB) };
}

/** Confidence in 0..1 from a bead's evidence: length fit and the share of possible anchors that matched. */
function confidence(ctx: PairContext, ev: BeadEvidence, da: number, db: number, i: number, j: number): number {
  if (da === 0 || db === 0) {
    // an unpaired sentence that carries anchors found elsewhere in the other text is suspicious
    const strength = da ? ctx.matchA[i - 1]! : ctx.matchB[j - 1]!;
    return strength >= 4 ? 0.35 : strength >= 2 ? 0.5 : 0.65;
  }
  const lengthScore = Math.min(1, ev.lengthP * 1.6);
  const lexScore = ev.matchable < 0.5 ? 0.45 : Math.min(1, 0.25 + (0.75 * ev.shared) / ev.matchable);
  const shapeFactor = da === 1 && db === 1 ? 1 : 0.88;
  return Math.max(0, Math.min(1, (0.4 * lengthScore + 0.6 * lexScore) * shapeFactor));
}

/** Whether sentences from..to-1 cannot form one side of a bead. */
function spansBreak(breaks: Uint8Array, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (breaks[k]) return true;
  return false;
}

interface DpResult {
  beads: PairBead[];
  touchesEdge: boolean;
}

function runDp(ctx: PairContext, band: Band, onProgress?: ProgressFn): DpResult {
  const { n, m, params } = ctx;
  const { lo, hi } = band;
  const rowStart = new Float64Array(n + 2);
  for (let i = 0; i <= n; i++) rowStart[i + 1] = rowStart[i]! + (hi[i]! - lo[i]! + 1);
  const cost = new Float64Array(band.cells).fill(Infinity);
  ctx.pairCache = new Float64Array(band.cells).fill(NaN);
  ctx.cellIndex = (ci, cj) => (ci > n || cj < lo[ci]! || cj > hi[ci]! ? -1 : rowStart[ci]! + cj - lo[ci]!);
  const back = new Uint8Array(band.cells);
  const shapes = params.shapes;
  cost[0] = 0;
  const progressEvery = 512;
  for (let i = 0; i <= n; i++) {
    if (onProgress && i % progressEvery === 0) onProgress({ phase: 'align', done: i, total: n });
    const base = rowStart[i]!;
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestShape = 0;
      for (let s = 0; s < shapes.length; s++) {
        const { da, db, prior } = shapes[s]!;
        const pi = i - da;
        const pj = j - db;
        if (pi < 0 || pj < 0 || pj < lo[pi]! || pj > hi[pi]!) continue;
        if ((da > 1 && spansBreak(ctx.breaksA, pi, i)) || (db > 1 && spansBreak(ctx.breaksB, pj, j))) continue;
        const prev = cost[rowStart[pi]! + pj - lo[pi]!]!;
        if (prev === Infinity) continue;
        const total = prev + beadEvidence(ctx, i, j, da, db, prior).cost;
        if (total < best) {
          best = total;
          bestShape = s;
        }
      }
      cost[base + j - lo[i]!] = best;
      back[base + j - lo[i]!] = bestShape;
    }
  }
  const beads: PairBead[] = [];
  let touchesEdge = false;
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    if ((lo[i]! > 0 && j <= lo[i]! + 1) || (hi[i]! < m && j >= hi[i]! - 1)) touchesEdge = true;
    const s = back[rowStart[i]! + j - lo[i]!]!;
    const { da, db, prior } = shapes[s]!;
    const ev = beadEvidence(ctx, i, j, da, db, prior);
    const a: number[] = [];
    const b: number[] = [];
    for (let x = i - da; x < i; x++) a.push(x);
    for (let y = j - db; y < j; y++) b.push(y);
    beads.push({ a, b, score: confidence(ctx, ev, da, db, i, j) });
    i -= da;
    j -= db;
  }
  beads.reverse();
  onProgress?.({ phase: 'align', done: n, total: n });
  return { beads, touchesEdge };
}

/**
 * Aligns column `ca` with column `cb` of a feature space. Small inputs are searched exactly;
 * larger ones in a band around the chain of rare shared anchors, widened while the best path
 * runs along the band's edge.
 */
export function alignPair(space: FeatureSpace, ca: number, cb: number, options: AlignPairOptions = {}): PairBead[] {
  const ctx = makeContext(space, ca, cb, options.params ?? DEFAULT_COST_PARAMS);
  const { n, m } = ctx;
  if ((n + 1) * (m + 1) <= (options.exactCellLimit ?? EXACT_CELL_LIMIT)) {
    return runDp(ctx, fullBand(n, m), options.onProgress).beads;
  }
  const chain = anchorChain(ctx.idsA, ctx.idsB, space.size);
  let width = INITIAL_HALF_WIDTH;
  for (let attempt = 0; ; attempt++) {
    const result = runDp(ctx, bandAround(chain, n, m, width), options.onProgress);
    if (!result.touchesEdge || attempt >= MAX_WIDENINGS) return result.beads;
    width *= 2;
  }
}
