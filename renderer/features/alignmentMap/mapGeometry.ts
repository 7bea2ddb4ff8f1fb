/**
 * The alignment path of two columns, as numbers for a small plot: each row (bead) runs from its
 * first to its last sentence position in column a (x) and column b (y). Pure, no DOM.
 */
export interface MapBead {
  cells: ReadonlyArray<ReadonlyArray<unknown>>;
}

export interface MapGeometry {
  /** Per row: start and end position in column a and in column b (sentence counts). */
  x0: Float64Array;
  x1: Float64Array;
  y0: Float64Array;
  y1: Float64Array;
  /** Sentences in column a and b. */
  width: number;
  height: number;
}

export function mapGeometry(beads: readonly MapBead[], a: number, b: number): MapGeometry {
  const n = beads.length;
  const g: MapGeometry = { x0: new Float64Array(n), x1: new Float64Array(n), y0: new Float64Array(n), y1: new Float64Array(n), width: 0, height: 0 };
  let x = 0;
  let y = 0;
  for (let k = 0; k < n; k++) {
    const bead = beads[k]!;
    g.x0[k] = x;
    g.y0[k] = y;
    x += bead.cells[a]?.length ?? 0;
    y += bead.cells[b]?.length ?? 0;
    g.x1[k] = x;
    g.y1[k] = y;
  }
  g.width = x;
  g.height = y;
  return g;
}

/** Whether row k has no sentence in one of the two columns (a null bead). */
export const isNullBead = (g: MapGeometry, k: number): boolean => g.x1[k] === g.x0[k] || g.y1[k] === g.y0[k];

/** The row whose path piece is nearest to the point (fx, fy), both 0–1 fractions of the plot; -1 with no rows. */
export function nearestRow(g: MapGeometry, fx: number, fy: number, aspect = 1): number {
  const px = fx * Math.max(1, g.width);
  const py = fy * Math.max(1, g.height);
  // Compare in plot units: one sentence in x is worth width/height sentences in y.
  const sy = (Math.max(1, g.width) / Math.max(1, g.height)) * aspect;
  let best = -1;
  let bestDistance = Infinity;
  for (let k = 0; k < g.x0.length; k++) {
    const dx = px - (g.x0[k]! + g.x1[k]!) / 2;
    const dy = (py - (g.y0[k]! + g.y1[k]!) / 2) * sy;
    const d = dx * dx + dy * dy;
    if (d < bestDistance) {
      bestDistance = d;
      best = k;
    }
  }
  return best;
}

/** How much a pixel's row matters when many rows share it: null beads, then lower confidence, win. */
export type MapLevel = 0 | 1 | 2 | 3 | 4 | 5;

/**
 * The plot as a `size`×`size` grid of levels (0 empty, 1 high … 4 low confidence, 5 null bead):
 * every row marks the pixels of its path piece and the most telling level wins, so 100,000 rows
 * draw as fast as 100 and problems stay visible.
 */
export function rasterize(g: MapGeometry, levelOf: (k: number) => MapLevel, size: number): Uint8Array {
  const out = new Uint8Array(size * size);
  const sx = (size - 1) / Math.max(1, g.width);
  const sy = (size - 1) / Math.max(1, g.height);
  for (let k = 0; k < g.x0.length; k++) {
    const level = levelOf(k);
    const ax = g.x0[k]! * sx;
    const ay = g.y0[k]! * sy;
    const bx = g.x1[k]! * sx;
    const by = g.y1[k]! * sy;
    const steps = Math.max(1, Math.ceil(Math.max(Math.abs(bx - ax), Math.abs(by - ay))));
    for (let s = 0; s <= steps; s++) {
      const px = Math.round(ax + ((bx - ax) * s) / steps);
      const py = Math.round(ay + ((by - ay) * s) / steps);
      const i = py * size + px;
      if (out[i]! < level) out[i] = level;
    }
  }
  return out;
}
