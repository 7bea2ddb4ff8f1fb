/**
 * Word-level comparison of two documents, to tell a translation or a light edit from a rewrite:
 * a word-level jsdiff plus a similarity figure (the share of words the two texts have in common).
 * Uzbek in two scripts is compared in Latin (the Cyrillic side is transliterated first), and
 * Uzbek apostrophe variants (o', oʻ, o’) count as the same letter. Pure: no DOM, no I/O.
 */
import { diffArrays } from 'diff';
import type { LangTag } from '../model';
import { uzCyrlToLatn } from '../text/transliterate';

export interface CompareSide {
  text: string;
  lang: LangTag;
}

export type DiffPartKind = 'same' | 'removed' | 'added';

/**
 * A run of words with the spaces and punctuation after them: in both documents (`same`, with each
 * side's own spelling), only in the left one (`removed`) or only in the right one (`added`).
 */
export interface DiffPart {
  kind: DiffPartKind;
  /** The run as the left document has it ('' for added runs). */
  left: string;
  /** The run as the right document has it ('' for removed runs). */
  right: string;
  /** Words in the run (punctuation and spaces are not words). */
  words: number;
}

export interface WordComparison {
  parts: DiffPart[];
  /** Words of each side, and words matched in both. */
  leftWords: number;
  rightWords: number;
  commonWords: number;
  /** 2·common / (left + right), from 0 (nothing shared) to 1 (the same words in the same order). */
  similarity: number;
  /** The side shown in Latin transliteration (Uzbek Cyrillic against Uzbek Latin), if any. */
  transliterated: 'left' | 'right' | null;
}

/** A word with the non-word text after it; `key` is what is compared ('' before the first word). */
interface Token {
  key: string;
  text: string;
}

// A letter o/g followed by any apostrophe variant: one Uzbek letter, written many ways.
const UZ_APOSTROPHE = /([oOgG])['ʼ’‘`]/g;

let segmenter: Intl.Segmenter | undefined;

function words(text: string): Intl.SegmentData[] {
  segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  return [...segmenter.segment(text)];
}

/** Counts words (as Intl.Segmenter finds them: letters and digits, with inner apostrophes) in a text. */
export function countWords(text: string): number {
  return words(text).filter((s) => s.isWordLike).length;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const segment of words(text)) {
    if (segment.isWordLike) tokens.push({ key: segment.segment.toLowerCase(), text: segment.segment });
    else if (tokens.length === 0) tokens.push({ key: '', text: segment.segment });
    else tokens[tokens.length - 1]!.text += segment.segment;
  }
  return tokens;
}

const isUzbek = (lang: LangTag) => lang === 'uz' || lang.startsWith('uz-');

function normalise(side: CompareSide, transliterate: boolean): string {
  let text = transliterate ? uzCyrlToLatn(side.text) : side.text;
  if (isUzbek(side.lang)) text = text.replace(UZ_APOSTROPHE, '$1ʻ');
  // One paragraph per line, trimmed: layout differences are not differences in wording.
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * Compares two texts word by word, case-insensitively: a jsdiff array diff over word tokens, each
 * carrying the spaces and punctuation after it, so both sides can be shown exactly as written.
 * (jsdiff's diffWords splits Cyrillic into letters unless given a segmenter, and then loses
 * spaces when one side is rebuilt from its parts.)
 */
export function compareWords(left: CompareSide, right: CompareSide): WordComparison {
  const transliterated = left.lang === 'uz-Cyrl' && right.lang === 'uz-Latn' ? 'left' : left.lang === 'uz-Latn' && right.lang === 'uz-Cyrl' ? 'right' : null;
  const a = tokenize(normalise(left, transliterated === 'left'));
  const b = tokenize(normalise(right, transliterated === 'right'));
  const changes = diffArrays(a, b, { comparator: (x, y) => x.key === y.key });
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  const join = (tokens: Token[]) => tokens.map((t) => t.text).join('');
  const wordCount = (tokens: Token[]) => tokens.filter((t) => t.key !== '').length;
  for (const change of changes) {
    if (change.added) {
      const run = b.slice(j, (j += change.count));
      parts.push({ kind: 'added', left: '', right: join(run), words: wordCount(run) });
    } else if (change.removed) {
      const run = a.slice(i, (i += change.count));
      parts.push({ kind: 'removed', left: join(run), right: '', words: wordCount(run) });
    } else {
      const leftRun = a.slice(i, (i += change.count));
      const rightRun = b.slice(j, (j += change.count));
      parts.push({ kind: 'same', left: join(leftRun), right: join(rightRun), words: wordCount(leftRun) });
    }
  }
  const sum = (kind: DiffPartKind) => parts.reduce((n, p) => n + (p.kind === kind ? p.words : 0), 0);
  const commonWords = sum('same');
  const leftWords = commonWords + sum('removed');
  const rightWords = commonWords + sum('added');
  const total = leftWords + rightWords;
  return { parts, leftWords, rightWords, commonWords, similarity: total === 0 ? 1 : (2 * commonWords) / total, transliterated };
}
