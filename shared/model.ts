/**
 * The domain vocabulary shared by the renderer, the worker, the CLI and Electron.
 * Pure types and tiny constant tables: no I/O, no work at import time.
 */

/** BCP-47 tags Qiyos knows how to treat specially. Any other tag is kept as given. */
export const KNOWN_LANGS = ['uz-Cyrl', 'uz-Latn', 'ru', 'en'] as const;
export type KnownLang = (typeof KNOWN_LANGS)[number];
/** A BCP-47 language tag; usually one of KNOWN_LANGS. */
export type LangTag = string;

export function isKnownLang(tag: string): tag is KnownLang {
  return (KNOWN_LANGS as readonly string[]).includes(tag);
}

/** What a segment is: only sentences and headings take part in alignment by default. */
export type SegmentKind = 'sentence' | 'heading' | 'boilerplate';

/** One segment of a document as produced by the segmenter (before it is stored). */
export interface SegmentDraft {
  /** The segment text exactly as in the original (trimmed of surrounding white space). */
  text: string;
  kind: SegmentKind;
  /** Character offset of `text` in the document's original text; -1 when not from it (pre-segmented input). */
  start: number;
  /** Paragraph index (0-based) in the original text. */
  paragraph: number;
  /** Why a segment was marked boilerplate (e.g. "timestamp", "copyright"); absent otherwise. */
  reason?: string;
}

/**
 * One column of an alignment: the segments of one document that take part, in document order.
 * `texts[k]` is the k-th aligned segment of that document.
 */
export interface AlignColumn {
  lang: LangTag;
  texts: string[];
  /**
   * `breaks[k]` true: sentence k may not share a bead with sentence k-1 (something that is
   * not aligned, such as a photo caption, stands between them in the document).
   */
  breaks?: boolean[];
}

/**
 * A bead: a group of segments that translate each other, one cell per column.
 * `cells[c]` lists indices into column c's `texts` (empty: no counterpart in that column).
 * Beads are in document order and together cover every index of every column exactly once.
 */
export interface Bead {
  cells: number[][];
  /** Confidence in 0..1; low values are where a reviewer should look. */
  score: number;
}

export type BeadStatus = 'auto' | 'confirmed';

/** Progress report for long work: `done` of `total` units of the named phase. */
export interface Progress {
  phase: string;
  done: number;
  total: number;
}

/** Reports progress; the algorithm calls it now and then. Throwing from it aborts the work. */
export type ProgressFn = (p: Progress) => void;
