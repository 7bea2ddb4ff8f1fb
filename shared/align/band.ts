/**
 * The search band of the alignment DP: for each row i (sentences of A consumed), the range of
 * j (sentences of B consumed) the path may visit. Centred on a monotone chain of rare shared
 * anchors, so the band follows the text even across large insertions and deletions, and time
 * and memory grow linearly with length instead of n×m.
 */

export interface Band {
  lo: Int32Array;
  hi: Int32Array;
  /** Number of cells inside the band. */
  cells: number;
}

/** A band that covers the full n×m matrix (exact search, for small inputs). */
export function fullBand(n: number, m: number): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1).fill(m);
  return { lo, hi, cells: (n + 1) * (m + 1) };
}

/**
 * Anchor points (i, j): ids that occur exactly once in each of A and B. Returns the longest
 * chain increasing in both coordinates (a patience-sort LIS), which drops crossing outliers.
 */
export function anchorChain(idsA: Int32Array[], idsB: Int32Array[], idSpace: number): [number, number][] {
  const posA = new Int32Array(idSpace).fill(-1);
  const posB = new Int32Array(idSpace).fill(-1);
  const mark = (ids: Int32Array[], pos: Int32Array) => {
    ids.forEach((set, k) => {
      for (const id of set) pos[id] = pos[id] === -1 ? k : -2;
    });
  };
  mark(idsA, posA);
  mark(idsB, posB);
  const points: [number, number][] = [];
  for (let id = 0; id < idSpace; id++) {
    if (posA[id]! >= 0 && posB[id]! >= 0) points.push([posA[id]!, posB[id]!]);
  }
  points.sort((p, q) => p[0] - q[0] || q[1] - p[1]);
  // tails[k]: index of the smallest-j end of an increasing chain of length k+1
  const tails: number[] = [];
  const parent = new Int32Array(points.length).fill(-1);
  for (let k = 0; k < points.length; k++) {
    const j = points[k]![1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (points[tails[mid]!]![1] < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) parent[k] = tails[lo - 1]!;
    tails[lo] = k;
  }
  const chain: [number, number][] = [];
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = parent[k]!) {
    const p = points[k]!;
    // strictly increasing in i too: equal i with decreasing j were sorted so only one survives
    if (chain.length === 0 || chain[chain.length - 1]![0] > p[0]) chain.push(p);
  }
  return chain.reverse();
}

/** A band of half-width `width` around the piecewise-linear path through the chain. */
export function bandAround(chain: [number, number][], n: number, m: number, width: number): Band {
  const knots: [number, number][] = [[0, 0], ...chain.filter(([i, j]) => i > 0 && i < n && j > 0 && j < m), [n, m]];
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i <= n; i++) {
    while (k < knots.length - 2 && knots[k + 1]![0] <= i) k++;
    const [i0, j0] = knots[k]!;
    const [i1, j1] = knots[k + 1]!;
    const centre = i1 === i0 ? j1 : j0 + ((j1 - j0) * (i - i0)) / (i1 - i0);
    lo[i] = Math.max(0, Math.floor(centre - width));
    hi[i] = Math.min(m, Math.ceil(centre + width));
  }
  lo[0] = 0;
  hi[n] = m;
  for (let i = 1; i <= n; i++) lo[i] = Math.max(lo[i]!, lo[i - 1]!);
  // a jump of the centre between two rows must stay walkable by 0-1 beads within a row
  for (let i = n - 1; i >= 0; i--) hi[i] = Math.min(m, Math.max(hi[i]!, lo[i + 1]!, hi[i]!));
  for (let i = n - 1; i >= 0; i--) hi[i] = Math.min(hi[i]!, hi[i + 1]!);
  let cells = 0;
  for (let i = 0; i <= n; i++) cells += hi[i]! - lo[i]! + 1;
  return { lo, hi, cells };
}
