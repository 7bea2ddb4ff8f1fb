/**
 * The consistency check: aligned rows where an approved term appears on one side (in any form)
 * but none of that concept's terms in the other language does, e.g. "Мирзиёевнинг" in Uzbek and
 * no "Mirziyoyev" in the English sentence of the same row.
 */
import type { Concept, GlossaryLang } from './model';
import { sameLanguage, createTermMatcher } from './termMatch';

/** One aligned row: per column, its text (sentences joined). */
export interface ConsistencyRow {
  cells: readonly string[];
}

export interface ConsistencyIssue {
  /** 0-based row index in the alignment. */
  row: number;
  conceptId: string;
  /** The column where the term was found, its language and the term. */
  foundColumn: number;
  foundLang: GlossaryLang;
  foundTerm: string;
  /** The text as written in the row. */
  foundText: string;
  /** The column where none of the concept's terms is. */
  missingColumn: number;
  missingLang: GlossaryLang;
}

/**
 * Rows where a concept's term is in one column and none of its terms is in another column whose
 * language the concept has terms in. Empty cells (no counterpart) are not checked. Columns in the
 * two Uzbek scripts count as one language. One issue per row, concept and missing column.
 */
export function checkConsistency(rows: readonly ConsistencyRow[], langs: readonly (GlossaryLang | undefined)[], concepts: readonly Concept[]): ConsistencyIssue[] {
  const matcher = createTermMatcher(concepts);
  const byId = new Map(concepts.map((c) => [c.id, c]));
  const hasTermsIn = (c: Concept, lang: GlossaryLang): boolean =>
    Object.entries(c.terms).some(([l, ts]) => sameLanguage(l as GlossaryLang, lang) && (ts?.length ?? 0) > 0);
  const issues: ConsistencyIssue[] = [];
  rows.forEach((row, r) => {
    const found = row.cells.map((text, col) => {
      const lang = langs[col];
      return lang === undefined || text.trim() === '' ? undefined : matcher.find(text, lang);
    });
    found.forEach((matches, col) => {
      if (matches === undefined) return;
      const seen = new Set<string>();
      for (const m of matches) {
        if (seen.has(m.conceptId)) continue;
        seen.add(m.conceptId);
        const concept = byId.get(m.conceptId)!;
        found.forEach((other, oc) => {
          const otherLang = langs[oc];
          if (oc === col || other === undefined || otherLang === undefined || sameLanguage(otherLang, langs[col]!)) return;
          if (!hasTermsIn(concept, otherLang) || other.some((x) => x.conceptId === m.conceptId)) return;
          if (issues.some((i) => i.row === r && i.conceptId === m.conceptId && i.missingColumn === oc)) return;
          issues.push({
            row: r,
            conceptId: m.conceptId,
            foundColumn: col,
            foundLang: langs[col]!,
            foundTerm: m.term,
            foundText: row.cells[col]!.slice(m.start, m.end),
            missingColumn: oc,
            missingLang: otherLang,
          });
        });
      }
    });
  });
  return issues;
}
