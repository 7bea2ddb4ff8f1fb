import type { Bead } from '../../../shared/model';

/** A segment as stored and as re-segmented: where it starts in the original text, and its text. */
interface Located {
  text: string;
  start: number;
}

/**
 * The confirmed rows that survive re-segmentation, as per-document indices into the new segments:
 * a row is kept when every one of its segments is still there, unchanged (same text at the same
 * place), and the kept rows stay in document order. Pure.
 */
export function carryConfirmed(confirmed: { cells: number[][] }[], before: Located[][], after: Located[][]): Bead[] {
  const where = after.map((segments) => new Map(segments.map((s, k) => [`${s.start}:${s.text}`, k])));
  const next = after.map(() => 0);
  const out: Bead[] = [];
  for (const bead of confirmed) {
    const cells = bead.cells.map((cell, c) => cell.map((k) => (before[c]?.[k] ? where[c]!.get(`${before[c]![k]!.start}:${before[c]![k]!.text}`) : undefined)));
    const intact = cells.every((cell, c) => cell.every((k, i) => k !== undefined && k >= next[c]! && (i === 0 || k === cell[i - 1]! + 1)));
    if (!intact) continue;
    out.push({ cells: cells as number[][], score: 1 });
    cells.forEach((cell, c) => {
      if (cell.length) next[c] = cell[cell.length - 1]! + 1;
    });
  }
  return out;
}
