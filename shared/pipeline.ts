/**
 * Preparing one document for alignment: detect its language, then segment it. The app's worker
 * and the CLI are thin shells around prepareDocument.
 */
import type { KnownLang, LangTag, ProgressFn, SegmentDraft } from './model';
import { detectLanguage } from './text/detectLanguage';
import { segmentLines, segmentTextWithLanguages, type ForeignParagraph } from './text/segment';
import type { SegmentationRules } from './text/segmentationRules';

export type { ForeignParagraph } from './text/segment';

export interface PreparedDocument {
  /** The language used: the caller's when given, else the detected one. */
  lang: LangTag;
  /** What detection found, kept even when the caller named the language (to warn on a mismatch). */
  detected: { lang: KnownLang; confidence: number };
  segments: SegmentDraft[];
  /**
   * Paragraphs confidently in another language than `lang` (a Russian photo caption in an Uzbek
   * article), in document order; their segments are boilerplate with reason 'caption' unless
   * another reason came first. Always empty for presegmented input.
   */
  foreignParagraphs: ForeignParagraph[];
}

export interface PrepareOptions {
  /** The document's language; detected when absent. */
  lang?: LangTag;
  /** One sentence per line: keep the lines as they are, no segmentation or boilerplate marking. */
  presegmented?: boolean;
  /** Reports phase 'segment' (paragraphs); throwing from it aborts. */
  onProgress?: ProgressFn;
  /** The project's own segmentation rules, applied on top of the built-in ones (not to presegmented input). */
  rules?: SegmentationRules;
}

/** Documents longer than this are language-detected on samples of this total size. */
const DETECTION_SAMPLE = 300_000;

/**
 * What the document-level detector reads: the whole text, or for a long document three slices
 * (start, middle, end) cut at line breaks — as reliable, and it keeps a 50 MB import from building
 * a word list of millions of entries.
 */
function detectionSample(text: string): string {
  if (text.length <= DETECTION_SAMPLE) return text;
  const part = DETECTION_SAMPLE / 3;
  const slice = (from: number): string => {
    const start = from === 0 ? 0 : text.indexOf('\n', from) + 1;
    const end = text.lastIndexOf('\n', start + part);
    return text.slice(start, end > start ? end : start + part);
  };
  return [slice(0), slice(Math.floor((text.length - part) / 2)), slice(text.length - part)].join('\n');
}

/** Detects the language of `text` (unless given) and splits it into segments. */
export function prepareDocument(text: string, options: PrepareOptions = {}): PreparedDocument {
  const detected = detectLanguage(detectionSample(text));
  const lang = options.lang !== undefined && options.lang !== '' ? options.lang : detected.lang;
  if (options.presegmented === true) return { lang, detected, segments: segmentLines(text), foreignParagraphs: [] };
  const { segments, foreignParagraphs } = segmentTextWithLanguages(text, lang, options.onProgress, options.rules);
  return { lang, detected, segments, foreignParagraphs };
}
