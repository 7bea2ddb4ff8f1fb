/**
 * Joins pairwise alignments against one pivot column into one multi-column alignment.
 * Sentences linked through any pairwise bead end up in the same multi-column bead; since every
 * pairwise alignment is monotone in the pivot, the joined beads are monotone too.
 */
import type { Bead } from '../model';
import type { PairBead } from './alignPair';

interface SortKey {
  pos: number;
  column: number;
  seq: number;
}

function before(x: SortKey, y: SortKey): boolean {
  return x.pos !== y.pos ? x.pos < y.pos : x.column !== y.column ? x.column < y.column : x.seq < y.seq;
}

/**
 * `pairs[k]` aligns column `pivot` (side a) with column k (side b); `pairs[pivot]` is ignored.
 * `sizes[c]` is the number of sentences in column c.
 */
export function mergeAroundPivot(pivot: number, sizes: number[], pairs: (PairBead[] | undefined)[]): Bead[] {
  const offsets: number[] = [];
  let total = 0;
  for (const size of sizes) {
    offsets.push(total);
    total += size;
  }
  const parent = Int32Array.from({ length: total }, (_, k) => k);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const union = (x: number, y: number) => {
    const rx = find(x);
    const ry = find(y);
    if (rx !== ry) parent[ry] = rx;
  };
  const keys: SortKey[] = new Array(total);
  const scores = new Float64Array(total).fill(1);
  for (let k = 0; k < sizes[pivot]!; k++) keys[offsets[pivot]! + k] = { pos: k, column: -1, seq: 0 };
  pairs.forEach((beads, column) => {
    if (!beads || column === pivot) return;
    let lastPivot = -1;
    beads.forEach((bead, seq) => {
      const nodes = [...bead.a.map((x) => offsets[pivot]! + x), ...bead.b.map((y) => offsets[column]! + y)];
      for (const node of nodes) {
        union(nodes[0]!, node);
        scores[node] = Math.min(scores[node]!, bead.score);
      }
      if (bead.a.length) lastPivot = bead.a[bead.a.length - 1]!;
      const key: SortKey = bead.a.length ? { pos: bead.a[0]!, column, seq } : { pos: lastPivot + 0.5, column, seq };
      for (const y of bead.b) keys[offsets[column]! + y] = key;
    });
  });
  while (makeMonotone(sizes, offsets, keys, find, union));
  const groups = new Map<number, { key: SortKey; cells: number[][]; score: number }>();
  for (let column = 0; column < sizes.length; column++) {
    for (let k = 0; k < sizes[column]!; k++) {
      const node = offsets[column]! + k;
      const root = find(node);
      let group = groups.get(root);
      if (!group) {
        group = { key: keys[node]!, cells: sizes.map(() => []), score: 1 };
        groups.set(root, group);
      }
      if (before(keys[node]!, group.key)) group.key = keys[node]!;
      group.cells[column]!.push(k);
      group.score = Math.min(group.score, scores[node]!);
    }
  }
  return sortedGroups(groups).map(({ cells, score }) => ({ cells, score }));
}

function sortedGroups<G extends { key: SortKey }>(groups: Map<number, G>): G[] {
  return [...groups.values()].sort((x, y) => (before(x.key, y.key) ? -1 : before(y.key, x.key) ? 1 : 0));
}

/**
 * Pairwise alignments that disagree about a non-pivot column can link sentences so that a
 * group skips a sentence of another group, or two groups cross. Joining such groups keeps
 * every column in document order. Returns whether anything was joined (call until false).
 */
function makeMonotone(
  sizes: number[],
  offsets: number[],
  keys: SortKey[],
  find: (x: number) => number,
  union: (x: number, y: number) => void,
): boolean {
  let changed = false;
  // 1. every group covers a contiguous run of each column
  sizes.forEach((size, column) => {
    const last = new Map<number, number>();
    for (let k = 0; k < size; k++) last.set(find(offsets[column]! + k), k);
    let openRoot = -1;
    let openLast = -1;
    for (let k = 0; k < size; k++) {
      const node = offsets[column]! + k;
      const root = find(node);
      if (k < openLast && root !== find(openRoot)) {
        union(openRoot, node);
        changed = true;
        continue;
      }
      if (last.get(root)! > openLast) {
        openRoot = node;
        openLast = last.get(root)!;
      }
    }
  });
  // 2. groups in key order are in document order in every column
  const groups = new Map<number, { key: SortKey; root: number; first: number[]; last: number[] }>();
  sizes.forEach((size, column) => {
    for (let k = 0; k < size; k++) {
      const node = offsets[column]! + k;
      const root = find(node);
      let group = groups.get(root);
      if (!group) {
        group = { key: keys[node]!, root: node, first: sizes.map(() => Infinity), last: sizes.map(() => -1) };
        groups.set(root, group);
      }
      if (before(keys[node]!, group.key)) group.key = keys[node]!;
      group.first[column] = Math.min(group.first[column]!, k);
      group.last[column] = Math.max(group.last[column]!, k);
    }
  });
  const reached = sizes.map(() => -1);
  let previous: { root: number } | undefined;
  for (const group of sortedGroups(groups)) {
    const crosses = group.first.some((first, column) => first !== Infinity && first < reached[column]!);
    if (crosses && previous) {
      union(previous.root, group.root);
      changed = true;
    }
    group.last.forEach((last, column) => (reached[column] = Math.max(reached[column]!, last)));
    previous = group;
  }
  return changed;
}
