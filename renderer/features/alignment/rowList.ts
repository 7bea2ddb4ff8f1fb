/**
 * The rows the table shows, in order: every row, or the rows a filter keeps. Positions index the
 * list; rows are the real row indices (row numbers stay the real ones under a filter).
 */
export class RowList {
  /** `shown`: ascending row indices, or null for all `total` rows. */
  constructor(
    readonly total: number,
    private readonly shown: readonly number[] | null = null,
  ) {}

  get length(): number {
    return this.shown ? this.shown.length : this.total;
  }

  get filtered(): boolean {
    return this.shown !== null;
  }

  /** The row at a position (clamped into the list); 0 for an empty list. */
  at(position: number): number {
    const p = Math.max(0, Math.min(position, this.length - 1));
    return this.shown ? (this.shown[p] ?? 0) : Math.max(0, p);
  }

  /** The position of `row`, or of the first shown row after it (the last position past the end). */
  positionOf(row: number): number {
    if (!this.shown) return Math.max(0, Math.min(row, this.total - 1));
    let lo = 0;
    let hi = this.shown.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.shown[mid]! < row) lo = mid + 1;
      else hi = mid;
    }
    return Math.min(lo, this.shown.length - 1);
  }

  /** Whether `row` is shown. */
  has(row: number): boolean {
    return this.shown ? this.shown[this.positionOf(row)] === row : row >= 0 && row < this.total;
  }

  /** `row` if shown, else the nearest shown row after it (or the last one). */
  snap(row: number): number {
    return this.at(this.positionOf(row));
  }

  /** The row `delta` positions from `row` (clamped to the list). */
  step(row: number, delta: number): number {
    return this.at(this.positionOf(row) + delta);
  }

  /** The first shown row after (step 1) or before (step -1) `row` that passes `test`, or null. */
  find(row: number, step: 1 | -1, test: (row: number) => boolean): number | null {
    for (let p = this.positionOf(row); p >= 0 && p < this.length; p += step) {
      const r = this.at(p);
      if ((step === 1 ? r > row : r < row) && test(r)) return r;
    }
    return null;
  }
}
