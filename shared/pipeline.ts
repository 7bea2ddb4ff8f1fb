/**
 * Preparing one document for alignment: detect its language, then segment it. The app's worker
 * and the CLI are thin shells around prepareDocument.
 */
import type { KnownLang, LangTag, SegmentDraft } from './model';
import { detectLanguage } from './text/detectLanguage';
import { segmentLines, segmentText } from './text/segment';

export interface PreparedDocument {
  /** The language used: the caller's when given, else the detected one. */
  lang: LangTag;
  /** What detection found, kept even when the caller named the language (to warn on a mismatch). */
  detected: { lang: KnownLang; confidence: number };
  segments: SegmentDraft[];
}

export interface PrepareOptions {
  /** The document's language; detected when absent. */
  lang?: LangTag;
  /** One sentence per line: keep the lines as they are, no segmentation or boilerplate marking. */
  presegmented?: boolean;
}

/** Detects the language of `text` (unless given) and splits it into segments. */
export function prepareDocument(text: string, options: PrepareOptions = {}): PreparedDocument {
  const detected = detectLanguage(text);
  const lang = options.lang !== undefined && options.lang !== '' ? options.lang : detected.lang;
  const segments = options.presegmented === true ? segmentLines(text) : segmentText(text, lang);
  return { lang, detected, segments };
}
