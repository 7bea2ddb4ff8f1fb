/**
 * The glossary's vocabulary: concepts (one official name or title) with terms per language.
 * Pure types; no I/O.
 */

/** The languages a glossary concept has terms in. */
export const GLOSSARY_LANGS = ['uz-Cyrl', 'uz-Latn', 'ru', 'en'] as const;
export type GlossaryLang = (typeof GLOSSARY_LANGS)[number];

export function isGlossaryLang(tag: string): tag is GlossaryLang {
  return (GLOSSARY_LANGS as readonly string[]).includes(tag);
}

export const CONCEPT_TYPES = ['person', 'post', 'organisation', 'place', 'event', 'other'] as const;
export type ConceptType = (typeof CONCEPT_TYPES)[number];

export type TermStatus = 'preferred' | 'admitted' | 'deprecated';

/** Where a term was seen: document index (input order), segment index, and the sentence as context. */
export interface TermSource {
  doc: number;
  segment: number;
  context: string;
}

/** One term of a concept in one language, in its base (uninflected) form. */
export interface Term {
  text: string;
  lang: GlossaryLang;
  status: TermStatus;
  /** Surface forms actually seen ("Мирзиёевнинг", "Sh. Mirziyoyev"), distinct, in order of first sight. */
  variants: string[];
  sources: TermSource[];
  /** True for a form made by transliteration (the other Uzbek script) that nobody has approved yet. */
  generated?: boolean;
  /** True for a term a later extraction added to an approved concept, until the reviewer approves it. */
  pending?: boolean;
}

/** A concept entry: one person, post, body, place… with its terms per language. */
export interface Concept {
  id: string;
  type: ConceptType;
  note?: string;
  /** Ranking score (higher first); not a probability. */
  score: number;
  terms: Partial<Record<GlossaryLang, Term[]>>;
}
