/**
 * Approved glossary terms as alignment anchors: a sentence that contains any term of a concept
 * (in any language or script, inflected endings allowed) gets that concept's anchor token, so
 * "Ўзбекистон президенти" and "President of the Republic of Uzbekistan" pull their sentences together.
 */
import type { AlignColumn } from '../model';
import { foldApostrophes } from '../text/normalize';

/** One concept: its terms in every language and script, e.g. ["Шавкат Мирзиёев", "Shavkat Mirziyoyev"]. */
export interface TermAnchor {
  terms: string[];
}

const KEY_LENGTH = 4;

function normalize(text: string): string {
  return foldApostrophes(text).toLowerCase().replace(/[ʻʼ]/g, '').replace(/\s+/g, ' ');
}

/** `term:<k>` tokens per column and sentence for the concepts whose terms the sentence contains. */
export function termTokens(columns: AlignColumn[], anchors: TermAnchor[]): string[][][] {
  const byKey = new Map<string, { term: string; concept: number }[]>();
  anchors.forEach((anchor, concept) => {
    for (const raw of anchor.terms) {
      const term = normalize(raw.trim());
      if (term.length < 3) continue;
      const key = term.slice(0, KEY_LENGTH);
      byKey.set(key, [...(byKey.get(key) ?? []), { term, concept }]);
    }
  });
  return columns.map((column) =>
    column.texts.map((text) => {
      const found = new Set<number>();
      const plain = normalize(text);
      for (const m of plain.matchAll(/\p{L}[\p{L}\p{M}\d-]*/gu)) {
        for (const { term, concept } of byKey.get(m[0].slice(0, KEY_LENGTH)) ?? []) {
          if (plain.startsWith(term, m.index)) found.add(concept);
        }
      }
      return [...found].map((concept) => `term:${concept}`);
    }),
  );
}
