/**
 * Term highlighting: the spans of a sentence that are approved terms, whatever their ending or
 * Uzbek script, each with its concept's id, for the alignment view to mark.
 */
import { GLOSSARY_LANGS, type Concept, type GlossaryLang } from './model';
import { createTermMatcher, type TermMatch, type TermMatcher } from './termMatch';

export type HighlightSpan = TermMatch;

/**
 * The term spans of `sentence`, in order and not overlapping (the longest term wins). `lang` is
 * the sentence's language; without it every language is tried. Build the matcher once with
 * createTermMatcher(concepts) when highlighting many sentences.
 */
export function highlightTerms(sentence: string, concepts: readonly Concept[] | TermMatcher, lang?: GlossaryLang): HighlightSpan[] {
  const matcher = isMatcher(concepts) ? concepts : createTermMatcher(concepts);
  if (lang !== undefined) return matcher.find(sentence, lang);
  const all: HighlightSpan[] = [];
  for (const l of GLOSSARY_LANGS) {
    for (const m of matcher.find(sentence, l)) if (!all.some((k) => m.start < k.end && k.start < m.end)) all.push(m);
  }
  return all.sort((a, b) => a.start - b.start);
}

const isMatcher = (x: readonly Concept[] | TermMatcher): x is TermMatcher => !Array.isArray(x);

/** One piece of a highlighted sentence: plain text, or a term with its concept. */
export interface HighlightPiece {
  text: string;
  conceptId?: string;
}

/** `sentence` cut into plain and term pieces (concatenated, they give the sentence back). */
export function splitHighlights(sentence: string, spans: readonly HighlightSpan[]): HighlightPiece[] {
  const pieces: HighlightPiece[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start > at) pieces.push({ text: sentence.slice(at, s.start) });
    pieces.push({ text: sentence.slice(s.start, s.end), conceptId: s.conceptId });
    at = s.end;
  }
  if (at < sentence.length) pieces.push({ text: sentence.slice(at) });
  return pieces;
}
