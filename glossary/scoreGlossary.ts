/**
 * Scoring extracted concepts against a hand-made gold list (test/fixtures/glossary-gold.json):
 * extraction precision and recall per type, and cross-language linking accuracy. Used by the
 * tests and bench/glossary.bench.ts alike.
 */
import { normalizeForMatch } from '../shared/text/normalize';
import type { Concept, ConceptType, GlossaryLang } from './model';

export interface GoldForm {
  lang: GlossaryLang;
  text: string;
  /** The seed the form occurs in ("000"…). */
  seed: string;
  /** Only in boilerplate text: not scored. */
  boilerplate?: boolean;
}

export interface GoldConcept {
  id: string;
  type: ConceptType;
  forms: GoldForm[];
}

export interface TypeScore {
  gold: number;
  found: number;
  extracted: number;
  correct: number;
  precision: number;
  recall: number;
}

export interface GlossaryScore {
  byType: Partial<Record<ConceptType, TypeScore>>;
  /** Pairs of gold forms of one concept in different languages, both extracted. */
  linkPairs: number;
  /** Of those, how many ended up in one extracted concept. */
  linkedCorrectly: number;
  linkAccuracy: number;
  /** Pairs of extracted forms put in one concept that the gold keeps in different concepts. */
  wrongLinks: number;
}

const norm = (text: string): string => normalizeForMatch(text).toLowerCase();

/**
 * Scores `concepts` against `gold`. `seedOfDoc[d]` is the seed id of document d (the `doc` of
 * the terms' sources). A gold form is found when a non-generated term of the same type and
 * language has the same text (case and apostrophes aside) and a source in the form's seed.
 */
export function scoreGlossary(concepts: readonly Concept[], gold: readonly GoldConcept[], seedOfDoc: readonly string[]): GlossaryScore {
  /** "type|lang|text|seed" → index of the extracted concept. */
  const extracted = new Map<string, number>();
  concepts.forEach((concept, k) => {
    for (const terms of Object.values(concept.terms)) {
      for (const term of terms ?? []) {
        if (term.generated === true) continue;
        for (const seed of new Set(term.sources.map((s) => seedOfDoc[s.doc]))) {
          extracted.set(`${concept.type}|${term.lang}|${norm(term.text)}|${seed}`, k);
        }
      }
    }
  });
  const goldKeys = new Map<string, string>();
  for (const g of gold) for (const f of g.forms) goldKeys.set(`${g.type}|${f.lang}|${norm(f.text)}|${f.seed}`, g.id);

  const byType: Partial<Record<ConceptType, TypeScore>> = {};
  const score = (type: ConceptType): TypeScore =>
    (byType[type] ??= { gold: 0, found: 0, extracted: 0, correct: 0, precision: 0, recall: 0 });
  for (const g of gold) {
    for (const f of g.forms) {
      if (f.boilerplate === true) continue;
      const s = score(g.type);
      s.gold++;
      if (extracted.has(`${g.type}|${f.lang}|${norm(f.text)}|${f.seed}`)) s.found++;
    }
  }
  for (const key of extracted.keys()) {
    const s = score(key.split('|')[0] as ConceptType);
    s.extracted++;
    if (goldKeys.has(key)) s.correct++;
  }
  for (const s of Object.values(byType)) {
    s.precision = s.extracted === 0 ? 0 : s.correct / s.extracted;
    s.recall = s.gold === 0 ? 0 : s.found / s.gold;
  }

  let linkPairs = 0;
  let linkedCorrectly = 0;
  for (const g of gold) {
    const forms = g.forms.filter((f) => f.boilerplate !== true);
    for (let i = 0; i < forms.length; i++) {
      for (let j = i + 1; j < forms.length; j++) {
        if (forms[i]!.lang === forms[j]!.lang) continue;
        const a = extracted.get(`${g.type}|${forms[i]!.lang}|${norm(forms[i]!.text)}|${forms[i]!.seed}`);
        const b = extracted.get(`${g.type}|${forms[j]!.lang}|${norm(forms[j]!.text)}|${forms[j]!.seed}`);
        if (a === undefined || b === undefined) continue;
        linkPairs++;
        if (a === b) linkedCorrectly++;
      }
    }
  }
  const byConcept = new Map<number, string[]>();
  for (const [key, k] of extracted) {
    const id = goldKeys.get(key);
    if (id !== undefined) byConcept.set(k, [...(byConcept.get(k) ?? []), id]);
  }
  let wrongLinks = 0;
  for (const ids of byConcept.values()) {
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) if (ids[i] !== ids[j]) wrongLinks++;
  }
  return { byType, linkPairs, linkedCorrectly, linkAccuracy: linkPairs === 0 ? 0 : linkedCorrectly / linkPairs, wrongLinks };
}
