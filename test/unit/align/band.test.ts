import { describe, expect, it } from 'vitest';
import { anchorChain, bandAround } from '../../../shared/align/band';

const ids = (...lists: number[][]) => lists.map((l) => Int32Array.from(l).sort());

describe('anchorChain', () => {
  it('keeps anchors unique on both sides and drops a crossing outlier', () => {
    // id 1 at (0,0), id 2 at (1,1), id 3 crosses: (2,0)... id 4 at (3,3); id 9 occurs twice in A
    const a = ids([1, 9], [2], [3, 9], [4]);
    const b = ids([1, 3], [2], [], [4]);
    expect(anchorChain(a, b, 10)).toEqual([
      [0, 0],
      [1, 1],
      [3, 3],
    ]);
  });
});

describe('bandAround', () => {
  it('is monotone, covers both corners and stays walkable across a jump of the centre', () => {
    const n = 100;
    const m = 300;
    const band = bandAround([[50, 260]], n, m, 5);
    expect(band.lo[0]).toBe(0);
    expect(band.hi[n]).toBe(m);
    for (let i = 1; i <= n; i++) {
      expect(band.lo[i]!).toBeGreaterThanOrEqual(band.lo[i - 1]!);
      expect(band.hi[i]!).toBeGreaterThanOrEqual(band.hi[i - 1]!);
      // row i-1 reaches at least the first cell of row i, so 0-1 beads can carry the path over
      expect(band.hi[i - 1]!).toBeGreaterThanOrEqual(band.lo[i]! - 1);
    }
    expect(band.cells).toBeLessThan((n + 1) * (m + 1));
  });
});
