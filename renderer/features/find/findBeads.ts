import { normalizeForMatch } from '../../../shared/text/normalize';
import { uzCyrlToLatn } from '../../../shared/text/transliterate';

/**
 * What find compares: normalised (quotes, apostrophes, dashes, spaces), lowercase, and Cyrillic
 * written in Latin letters, so "Mirziyoyev" also finds "Мирзиёев" and the other way round.
 */
export function findKey(text: string): string {
  return uzCyrlToLatn(normalizeForMatch(text)).toLowerCase();
}

interface SearchableBead {
  cells: ReadonlyArray<ReadonlyArray<{ text: string }>>;
}

/** The indices of the beads with a segment containing `query` (none for a blank query), in order. */
export function findBeads(beads: readonly SearchableBead[], query: string): number[] {
  const needle = findKey(query);
  if (needle === '') return [];
  const hits: number[] = [];
  beads.forEach((bead, index) => {
    if (bead.cells.some((cell) => cell.some((segment) => findKey(segment.text).includes(needle)))) hits.push(index);
  });
  return hits;
}
