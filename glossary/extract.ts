/**
 * The glossary engine's entry point: candidate terms from every aligned sentence, linked into
 * concepts across languages, best first.
 */
import type { Bead, LangTag, ProgressFn, SegmentKind } from '../shared/model';
import { extractCandidates, type Candidate } from './candidates';
import { linkCandidates } from './link';
import { isGlossaryLang, type Concept } from './model';

/** One document as prepared for alignment: its language and all its segments (boilerplate included). */
export interface GlossaryDocument {
  lang: LangTag;
  segments: readonly { text: string; kind: SegmentKind }[];
}

/** Every candidate in the documents' sentences and headings (boilerplate and unknown languages are skipped). */
export function collectCandidates(docs: readonly GlossaryDocument[], onProgress?: ProgressFn): Candidate[] {
  const out: Candidate[] = [];
  const total = docs.reduce((sum, doc) => sum + doc.segments.length, 0);
  let done = 0;
  docs.forEach((doc, d) => {
    onProgress?.({ phase: 'extract', done, total });
    done += doc.segments.length;
    const lang = doc.lang;
    if (!isGlossaryLang(lang)) return;
    doc.segments.forEach((segment, s) => {
      if (segment.kind === 'boilerplate') return;
      out.push(...extractCandidates(segment.text, lang, d, s));
    });
  });
  return out;
}

/**
 * Extracts the glossary of `docs`. `beads` are alignDocuments' beads over the same documents
 * (cells[d] index docs[d].segments); pass [] for unaligned documents (names alone then link them).
 * `onProgress` hears phases 'extract' (segments) and 'link'; throwing from it stops the work.
 */
export function extractGlossary(docs: readonly GlossaryDocument[], beads: readonly Bead[] = [], onProgress?: ProgressFn): Concept[] {
  const candidates = collectCandidates(docs, onProgress);
  onProgress?.({ phase: 'link', done: 0, total: candidates.length });
  return linkCandidates(candidates, beads);
}
