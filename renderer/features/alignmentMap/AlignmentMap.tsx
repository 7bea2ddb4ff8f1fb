import { useEffect, useMemo, useRef, useState } from 'react';
import type { AlignmentView } from '../../db/repository';
import { useT } from '../../i18n/useT';
import { confidenceLevel, LOW_CONFIDENCE } from '../alignment/confidenceScale';
import { isNullBead, mapGeometry, nearestRow, rasterize, type MapLevel } from './mapGeometry';
import { messages } from './messages';

/** Plot size in CSS pixels (square). */
const SIZE = 200;

const LEVEL_OF_CLASS: Record<string, MapLevel> = { 'conf--high': 1, 'conf--good': 2, 'conf--fair': 3, 'conf--low': 4 };
/** CSS variables of the confidence scale (renderer/styles.css), with fallbacks, by level; then null beads. */
const COLOURS: [string, string][] = [
  ['--conf-high', '#2166ac'],
  ['--conf-good', '#6fa8dc'],
  ['--conf-fair', '#f1a340'],
  ['--conf-low', '#d95f02'],
  ['--text', '#222222'],
];

function rgb(colour: string): [number, number, number] {
  const hex = colour.trim().replace('#', '');
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const n = Number.parseInt(full.slice(0, 6), 16);
  return Number.isFinite(n) ? [(n >> 16) & 255, (n >> 8) & 255, n & 255] : [34, 34, 34];
}

/**
 * A small plot of the alignment path beside the table: sentence position in one column across,
 * in another down; each row a point or short line coloured by confidence (null beads dark), the
 * current row marked. Clicking jumps to the nearest row. The table stays the keyboard's way; the
 * figure's caption says in words what the plot shows.
 */
export function AlignmentMap({ view, currentRow, onJump }: { view: AlignmentView; currentRow: number; onJump: (row: number) => void }) {
  const t = useT(messages);
  const canvas = useRef<HTMLCanvasElement>(null);
  const columns = view.columns.length;
  const [pair, setPair] = useState<[number, number]>([0, 1]);
  const [a, b] = pair[0] < columns && pair[1] < columns ? pair : [0, 1];
  const geometry = useMemo(() => mapGeometry(view.beads, a, b), [view.beads, a, b]);
  const counts = useMemo(() => {
    let low = 0;
    let nulls = 0;
    view.beads.forEach((bead, k) => {
      if (bead.score < LOW_CONFIDENCE && bead.status !== 'confirmed') low++;
      if (isNullBead(geometry, k)) nulls++;
    });
    return { low, nulls };
  }, [view.beads, geometry]);
  const dpr = typeof window === 'undefined' ? 1 : Math.min(2, window.devicePixelRatio || 1);
  const pixels = Math.round(SIZE * dpr);
  const image = useMemo(() => {
    const levels = rasterize(geometry, (k) => (isNullBead(geometry, k) ? 5 : (LEVEL_OF_CLASS[confidenceLevel(view.beads[k]!.score).className] ?? 4)), pixels);
    const style = getComputedStyle(document.documentElement);
    const palette = COLOURS.map(([name, fallback]) => rgb(style.getPropertyValue(name) || fallback));
    const data = new ImageData(pixels, pixels);
    for (let i = 0; i < levels.length; i++) {
      const level = levels[i]!;
      if (level === 0) continue;
      const [r, g, bl] = palette[level - 1]!;
      // Each mark also covers the pixel to its right and below, so single rows stay visible.
      // (Not past the right edge: i + 1 there is the next line's first pixel.)
      const right = i % pixels < pixels - 1;
      for (const j of right ? [i, i + 1, i + pixels, i + pixels + 1] : [i, i + pixels]) {
        if (j >= levels.length || (j !== i && levels[j]! >= level)) continue;
        data.data[j * 4] = r;
        data.data[j * 4 + 1] = g;
        data.data[j * 4 + 2] = bl;
        data.data[j * 4 + 3] = 255;
      }
    }
    return data;
  }, [geometry, view.beads, pixels]);

  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    ctx.putImageData(image, 0, 0);
    if (currentRow < 0 || currentRow >= geometry.x0.length) return;
    const sx = (pixels - 1) / Math.max(1, geometry.width);
    const sy = (pixels - 1) / Math.max(1, geometry.height);
    const cx = ((geometry.x0[currentRow]! + geometry.x1[currentRow]!) / 2) * sx;
    const cy = ((geometry.y0[currentRow]! + geometry.y1[currentRow]!) / 2) * sy;
    ctx.save();
    ctx.strokeStyle = 'rgba(0, 0, 0, 0.35)';
    ctx.lineWidth = dpr;
    ctx.setLineDash([3 * dpr, 3 * dpr]);
    ctx.beginPath();
    ctx.moveTo(cx, 0);
    ctx.lineTo(cx, pixels);
    ctx.moveTo(0, cy);
    ctx.lineTo(pixels, cy);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.strokeStyle = '#000';
    ctx.lineWidth = 2 * dpr;
    ctx.beginPath();
    ctx.arc(cx, cy, 5 * dpr, 0, 2 * Math.PI);
    ctx.stroke();
    ctx.restore();
  }, [image, currentRow, geometry, pixels, dpr]);

  const titleOf = (c: number) => view.columns[c]?.title ?? String(c + 1);
  const pairs: [number, number][] = [];
  for (let i = 0; i < columns; i++) for (let j = i + 1; j < columns; j++) pairs.push([i, j]);

  return (
    <figure className="alignment-map" data-testid="alignment-map" aria-labelledby="alignment-map-title">
      <div className="alignment-map__head">
        <span id="alignment-map-title" className="alignment-map__title">
          {t('title')}
        </span>
        {pairs.length > 1 && (
          <label className="small">
            {t('pair')}{' '}
            <select className="input input--small" data-testid="alignment-map-pair" value={`${a}-${b}`} onChange={(event) => setPair(event.target.value.split('-').map(Number) as [number, number])}>
              {pairs.map(([i, j]) => (
                <option key={`${i}-${j}`} value={`${i}-${j}`}>
                  {i + 1}–{j + 1}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <canvas
        ref={canvas}
        className="alignment-map__plot"
        width={pixels}
        height={pixels}
        style={{ width: SIZE, height: SIZE }}
        role="img"
        aria-label={t('title')}
        aria-describedby="alignment-map-caption"
        data-testid="alignment-map-canvas"
        onClick={(event) => {
          const box = event.currentTarget.getBoundingClientRect();
          const row = nearestRow(geometry, (event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height);
          if (row >= 0) onJump(row);
        }}
      />
      <div className="alignment-map__legend small" aria-hidden="true">
        <span className="alignment-map__key conf--high">{t('legendHigh')}</span>
        <span className="alignment-map__key conf--low">{t('legendLow')}</span>
        <span className="alignment-map__key alignment-map__key--null">{t('legendNull')}</span>
      </div>
      <figcaption id="alignment-map-caption" className="alignment-map__caption small muted" data-testid="alignment-map-caption">
        {t('summary', { rows: view.beads.length, a: titleOf(a), b: titleOf(b), low: counts.low, nulls: counts.nulls, row: currentRow + 1 })}
      </figcaption>
    </figure>
  );
}
