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

/**
 * Each segment's find key, computed once per segment object: the view keeps its segment objects
 * across edits (renderer/db/alignmentView.ts), so searching again after an edit is cheap.
 */
const keys = new WeakMap<object, string>();

function keyOf(segment: { text: string }): string {
  let key = keys.get(segment);
  if (key === undefined) {
    key = findKey(segment.text);
    keys.set(segment, key);
  }
  return key;
}

/** The indices of the beads with a segment containing `query` (none for a blank query), in order. */
export function findBeads(beads: readonly SearchableBead[], query: string): number[] {
  const needle = findKey(query);
  if (needle === '') return [];
  const hits: number[] = [];
  beads.forEach((bead, index) => {
    if (bead.cells.some((cell) => cell.some((segment) => keyOf(segment).includes(needle)))) hits.push(index);
  });
  return hits;
}
