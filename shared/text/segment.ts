/**
 * Sentence segmentation of news text. Every line is a paragraph; inside a paragraph a sentence
 * ends at . ! ? … (plus closing quotes or brackets) when white space and a plausible sentence
 * start follow, except after initials and abbreviations. Offsets always point into the original.
 */
import type { KnownLang, LangTag, ProgressFn, SegmentDraft } from '../model';
import { classifyBoilerplate, isOtherLanguage } from './boilerplate';
import { detectLanguage } from './detectLanguage';
import { compileRules, ruleDecisions, type CompiledRules, type SegmentationRules } from './segmentationRules';

const TERMINATORS = '.!?…';
/** May follow a terminator and still belong to the sentence ("…reached $4 billion.» / ."). */
const CLOSERS = '"\'»”“’)]}*_›';
/** May start a sentence besides a capital or a digit. */
const OPENERS = '"\'«„“‘([{*‹';
const DASHES = '-‐‑‒–—―−';

/**
 * Abbreviations (lowercase, without the final period) after which a period does not end the
 * sentence even before a capital: titles and units that precede a name or number, months,
 * Russian and Uzbek address and place words. Single letters and Xx pairs are initials and are
 * handled in code, as are dotted forms (U.S., т.е.).
 */
const ABBREVIATIONS =
  ' mr mrs ms dr prof inc ltd co corp jr sr st no nos vs gen col lt capt gov sen rep rev dept est approx fig' +
  ' jan feb mar apr jun jul aug sep sept oct nov dec' +
  ' им ул д г гг пр просп пер пл обл р-н млн млрд трлн тыс руб коп долл стр рис см тел проф акад доц' +
  ' янв фев февр мар апр июн июл авг сен сент окт ноя нояб дек' +
  ' ш т й тум вил мин мавз кўч кўчаси ҳ' +
  " mln mlrd trln sh t y tum vil mav ko'ch yan fev apr avg sen okt noy dek ";

/** The built-in abbreviations (lowercase, without the period), for SRX export. */
export function builtInAbbreviations(): string[] {
  return ABBREVIATIONS.trim().split(/\s+/);
}

/** Dotted abbreviations that usually close a sentence (и т.д. / etc.), so a capital after them starts a new one. */
const SENTENCE_FINAL_DOTTED = ' т.д т.п и.т.д и.т.п va.h.k ва.ҳ.к ';

/** A scraper's prefix on a line, kept as its own 'metadata' segment: " date 2025-11-15 Title…". */
const METADATA_PREFIX = /^(date|published|updated)\s*[:=]?\s*\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?)?(?=\s+\S)/i;

/** Lines longer than this many words are sentences even without a final period. */
const HEADING_MAX_WORDS = 20;
/** Related-headline blocks at the end need at least this many headline-like lines. */
const MIN_HEADLINE_BLOCK = 3;

interface Range {
  start: number;
  end: number;
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && /\p{Lu}/u.test(ch);
}

function isLower(ch: string | undefined): boolean {
  return ch !== undefined && /\p{Ll}/u.test(ch);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/u.test(ch);
}

function isApostropheInWord(text: string, k: number): boolean {
  return "'`‘’ʻʼ".includes(text[k] ?? 'x') && isLetter(text[k - 1]) && isLetter(text[k + 1]);
}

/** The range without surrounding white space (possibly empty). */
function trimRange(text: string, start: number, end: number): Range {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return { start, end };
}

/** Non-blank lines as trimmed ranges; any line break is a paragraph boundary. */
function splitParagraphs(text: string): Range[] {
  const out: Range[] = [];
  const breaks = /\r\n|\n|\r|\u2028|\u2029/g;
  let lineStart = 0;
  for (;;) {
    const m = breaks.exec(text);
    const lineEnd = m === null ? text.length : m.index;
    const r = trimRange(text, lineStart, lineEnd);
    if (r.end > r.start) out.push(r);
    if (m === null) break;
    lineStart = m.index + m[0].length;
  }
  return out;
}

/**
 * The paragraph without Markdown that scrapers leave in plain text: a heading mark ("# Title") and
 * emphasis around the whole line ("*…*", "***Manba***"), so that neither ends up in a segment.
 */
function withoutMarkdownWrapper(text: string, start: number, end: number): Range {
  const line = text.slice(start, end);
  const heading = /^#{1,6}[ \t]+(?=\S)/.exec(line);
  if (heading !== null) return { start: start + heading[0].length, end };
  const emphasis = /^(\*{1,3}|_{1,3})(?=[^\s*_])[\s\S]*[^\s*_]\1$/.exec(line);
  if (emphasis !== null) {
    const mark = emphasis[1]!.length;
    return trimRange(text, start + mark, end - mark);
  }
  return { start, end };
}

/** The word (letters, inner periods and apostrophes) that ends right before the period at `dot`. */
function wordBefore(text: string, dot: number, floor: number): string {
  let k = dot;
  while (k > floor) {
    const ch = text[k - 1];
    if (isLetter(ch) || isApostropheInWord(text, k - 1) || (ch === '.' && isLetter(text[k - 2]) && isLetter(text[k]))) k--;
    else break;
  }
  return text.slice(k, dot);
}

/** Whether the period at `dot` belongs to an abbreviation or initial rather than ending a sentence. */
function isAbbreviationPeriod(text: string, dot: number, floor: number, extra?: ReadonlySet<string>): boolean {
  const token = wordBefore(text, dot, floor);
  if (token === '') return false;
  const lower = token.toLowerCase().replace(/[`‘’ʻʼ]/g, "'");
  if (extra?.has(lower) === true) return true;
  if (token.includes('.')) return !SENTENCE_FINAL_DOTTED.includes(` ${lower} `);
  if ([...token].length === 1) return true;
  // Initials of digraph letters: Sh. Mirziyoyev, K.-Zh. Tokayev; also Dr. Mr. St.
  if (/^\p{Lu}\p{Ll}$/u.test(token)) return true;
  return ABBREVIATIONS.includes(` ${lower} `);
}

/** Whether a sentence may start at `k`: a capital, a digit, an opening quote/bracket or a dash not followed by a lowercase word. */
function startsSentence(text: string, k: number, end: number): boolean {
  const ch = text[k];
  if (isUpper(ch) || isDigit(ch)) return true;
  if (ch === undefined || !(OPENERS.includes(ch) || DASHES.includes(ch))) return false;
  // «Кто?» — спросил он: a dash or quote followed by lowercase continues the sentence.
  let m = k + 1;
  while (m < end && (isSpace(text[m]) || OPENERS.includes(text[m]!) || DASHES.includes(text[m]!))) m++;
  return !isLower(text[m]);
}

/**
 * Sentence ranges (untrimmed) of the paragraph text in [start, end). With project rules, their
 * abbreviations never end a sentence, a no-break decision inside a built-in break's gap (from
 * after the terminator to the next sentence's start) cancels it, and a break decision splits
 * wherever the built-in rules did not break.
 */
function splitSentences(text: string, start: number, end: number, rules?: CompiledRules): Range[] {
  const decisions = rules !== undefined && rules.rules.length > 0 ? ruleDecisions(text.slice(start, end), rules.rules) : undefined;
  const decisionAt = (k: number): boolean | undefined => decisions?.get(k - start);
  const brokenGaps: Range[] = [];
  const out: Range[] = [];
  let segStart = start;
  for (let i = start; i < end; i++) {
    if (!TERMINATORS.includes(text[i]!)) continue;
    const first = i;
    let j = i;
    while (j < end && TERMINATORS.includes(text[j]!)) j++;
    const singlePeriod = j === first + 1 && text[first] === '.';
    while (j < end && CLOSERS.includes(text[j]!)) j++;
    const terminatorEnd = j;
    i = j - 1;
    if (j >= end || !isSpace(text[j])) continue;
    while (j < end && isSpace(text[j])) j++;
    if (j >= end || !startsSentence(text, j, end)) continue;
    if (singlePeriod) {
      if (isAbbreviationPeriod(text, first, segStart, rules?.abbreviations)) continue;
      // A lone word before the period is a label ("Translation. Region: …"), not a sentence.
      if (!/\s/u.test(text.slice(segStart, first).trim())) continue;
    }
    if (decisions !== undefined) {
      let vetoed = false;
      for (let k = first + 1; k <= j && !vetoed; k++) vetoed = decisionAt(k) === false;
      if (vetoed) continue;
      brokenGaps.push({ start: first + 1, end: j });
    }
    out.push({ start: segStart, end: terminatorEnd });
    segStart = j;
    i = j - 1;
  }
  out.push({ start: segStart, end });
  return decisions === undefined ? out : withForcedBreaks(out, decisions, start, brokenGaps);
}

/** Splits `ranges` at the positions the rules break at, except inside gaps where the built-in rules already broke. */
function withForcedBreaks(ranges: Range[], decisions: Map<number, boolean>, offset: number, brokenGaps: Range[]): Range[] {
  const forced = [...decisions]
    .filter(([, brk]) => brk)
    .map(([p]) => p + offset)
    .filter((p) => !brokenGaps.some((g) => g.start <= p && p <= g.end))
    .sort((a, b) => a - b);
  if (forced.length === 0) return ranges;
  const out: Range[] = [];
  let f = 0;
  for (const range of ranges) {
    let from = range.start;
    while (f < forced.length && forced[f]! <= range.start) f++;
    while (f < forced.length && forced[f]! < range.end) {
      out.push({ start: from, end: forced[f]! });
      from = forced[f]!;
      f++;
    }
    out.push({ start: from, end: range.end });
  }
  return out;
}

function endsLikeSentence(text: string): boolean {
  return /[.!?…:;][\s"'»”“’)\]}*_›]*$/u.test(text);
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}

/**
 * Marks the block of headline-like lines after the article ("more news" lists) as
 * 'related-headlines': at least MIN_HEADLINE_BLOCK trailing paragraphs whose last segment has no
 * final punctuation, after a paragraph of real sentences.
 */
function markRelatedHeadlines(segments: SegmentDraft[], paragraphCount: number): void {
  const byParagraph: SegmentDraft[][] = Array.from({ length: paragraphCount }, () => []);
  for (const s of segments) byParagraph[s.paragraph]!.push(s);
  let first = paragraphCount;
  let headlines = 0;
  while (first > 0) {
    const segs = byParagraph[first - 1]!;
    const last = segs[segs.length - 1]!;
    const allBoilerplate = segs.every((s) => s.kind === 'boilerplate');
    if (!allBoilerplate && (endsLikeSentence(last.text) || countWords(last.text) > 25)) break;
    if (!allBoilerplate) headlines++;
    first--;
  }
  const bodyBefore = byParagraph.slice(0, first).some((segs) => segs.some((s) => s.kind === 'sentence'));
  if (headlines < MIN_HEADLINE_BLOCK || !bodyBefore) return;
  for (const segs of byParagraph.slice(first)) {
    for (const s of segs) {
      if (s.kind === 'boilerplate') continue;
      s.kind = 'boilerplate';
      s.reason = 'related-headlines';
    }
  }
}

/** A paragraph confidently in another language than its document (seed 000's Russian photo caption). */
export interface ForeignParagraph {
  /** Paragraph index, as in SegmentDraft.paragraph. */
  paragraph: number;
  lang: KnownLang;
  confidence: number;
}

export interface SegmentedText {
  segments: SegmentDraft[];
  foreignParagraphs: ForeignParagraph[];
}

/** Paragraphs between two progress reports of a long document. */
const PROGRESS_EVERY = 2000;

/** A headline printed twice (page banner, then article title: seed 003) is aligned once; the repeat is boilerplate. */
function markRepeatedHeadings(segments: SegmentDraft[]): void {
  const seen = new Set<string>();
  for (const s of segments) {
    if (s.kind !== 'heading') continue;
    const key = s.text.replace(/\s+/g, ' ').toLowerCase();
    if (seen.has(key)) {
      s.kind = 'boilerplate';
      s.reason = 'repeated-heading';
    }
    seen.add(key);
  }
}

/**
 * Splits a document into sentences, headings and boilerplate (see the module comment).
 * `lang` is the document's language; it decides which paragraphs are captions in another language.
 */
export function segmentText(text: string, lang: LangTag, rules?: SegmentationRules): SegmentDraft[] {
  return segmentTextWithLanguages(text, lang, undefined, rules).segments;
}

/**
 * segmentText, plus the paragraphs in another language than `lang` (the same test that marks their
 * segments as 'caption' boilerplate, unless another reason came first). Reports phase 'segment'.
 * `rules`, the project's own (segmentationRules.ts), apply on top of the built-in ones for `lang`.
 */
export function segmentTextWithLanguages(text: string, lang: LangTag, onProgress?: ProgressFn, rules?: SegmentationRules): SegmentedText {
  const compiled = compileRules(rules, lang);
  const paragraphs = splitParagraphs(text);
  const out: SegmentDraft[] = [];
  const foreignParagraphs: ForeignParagraph[] = [];
  paragraphs.forEach((p, paragraph) => {
    if (onProgress !== undefined && paragraph % PROGRESS_EVERY === 0) onProgress({ phase: 'segment', done: paragraph, total: paragraphs.length });
    let from = p.start;
    const meta = METADATA_PREFIX.exec(text.slice(p.start, p.end));
    if (meta !== null) {
      out.push({ text: meta[0], kind: 'boilerplate', start: p.start, paragraph, reason: 'metadata' });
      from = trimRange(text, p.start + meta[0].length, p.end).start;
    }
    const { start: bodyStart, end } = withoutMarkdownWrapper(text, from, p.end);
    from = bodyStart;
    const paragraphText = text.slice(from, end);
    const detected = detectLanguage(paragraphText);
    if (isOtherLanguage({ lang: detected.lang, langConfidence: detected.confidence, paragraphText, docLang: lang })) {
      foreignParagraphs.push({ paragraph, lang: detected.lang, confidence: detected.confidence });
    }
    const ranges = splitSentences(text, from, end, compiled)
      .map((r) => trimRange(text, r.start, r.end))
      .filter((r) => r.end > r.start);
    for (const r of ranges) {
      const segText = text.slice(r.start, r.end);
      const heading = ranges.length === 1 && !endsLikeSentence(segText) && countWords(segText) < HEADING_MAX_WORDS;
      const reason = classifyBoilerplate(segText, {
        lang: detected.lang,
        langConfidence: detected.confidence,
        paragraphText,
        paragraphIndex: paragraph,
        paragraphCount: paragraphs.length,
        docLang: lang,
      });
      const seg: SegmentDraft = { text: segText, kind: heading ? 'heading' : 'sentence', start: r.start, paragraph };
      if (reason !== undefined) {
        seg.kind = 'boilerplate';
        seg.reason = reason;
      }
      out.push(seg);
    }
  });
  markRelatedHeadlines(out, paragraphs.length);
  markRepeatedHeadings(out);
  onProgress?.({ phase: 'segment', done: paragraphs.length, total: paragraphs.length });
  return { segments: out, foreignParagraphs };
}

/**
 * For a text, a function from a character offset to the index of the paragraph (non-blank line,
 * as SegmentDraft.paragraph counts them) holding it; -1 before the first one.
 */
export function paragraphIndexer(text: string): (offset: number) => number {
  const starts = splitParagraphs(text).map((p) => p.start);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    if (hi < 0 || offset < starts[0]!) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

/** Pre-segmented input: every non-blank line is one sentence, kept exactly (only a trailing \r is dropped). */
export function segmentLines(text: string): SegmentDraft[] {
  const out: SegmentDraft[] = [];
  let lineStart = 0;
  let paragraph = 0;
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() !== '') out.push({ text: line, kind: 'sentence', start: lineStart, paragraph: paragraph++ });
    lineStart += raw.length + 1;
  }
  return out;
}
