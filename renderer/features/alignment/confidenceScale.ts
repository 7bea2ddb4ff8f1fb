/**
 * Confidence shown as a number and a colour on a blue → orange scale, which stays distinguishable
 * with the common colour-vision deficiencies (no red/green). Blue: trust it; orange: look here.
 */
export interface ConfidenceLevel {
  label: 'High' | 'Good' | 'Fair' | 'Low';
  className: string;
}

const LEVELS: { min: number; level: ConfidenceLevel }[] = [
  { min: 0.8, level: { label: 'High', className: 'conf--high' } },
  { min: 0.6, level: { label: 'Good', className: 'conf--good' } },
  { min: 0.4, level: { label: 'Fair', className: 'conf--fair' } },
  { min: -Infinity, level: { label: 'Low', className: 'conf--low' } },
];

/** Rows below this score are "low confidence" (F7 / Shift+F7, the filter, the map's count). */
export const LOW_CONFIDENCE = 0.5;

export function confidenceLevel(score: number): ConfidenceLevel {
  const value = Number.isFinite(score) ? score : 0;
  return (LEVELS.find((l) => value >= l.min) ?? LEVELS[LEVELS.length - 1]!).level;
}

/** The score as two decimals in 0.00–1.00. */
export function formatScore(score: number): string {
  return Math.min(1, Math.max(0, Number.isFinite(score) ? score : 0)).toFixed(2);
}
