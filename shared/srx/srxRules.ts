/**
 * The rules Qiyos writes to SRX and recognises when reading one back: the built-in segmenter
 * expressed as SRX rules, the form of an abbreviation rule, and the language map. Patterns use
 * only syntax that Java (OmegaT, Okapi), ICU and JavaScript regular expressions read alike: no
 * inline flags, no `\b` (ASCII-only in JavaScript), lookbehind of fixed length.
 */
import type { KnownLang } from '../model';
import { builtInAbbreviations } from '../text/segment';
import { normalizeAbbreviation, type SegmentationRule } from '../text/segmentationRules';

/** The SRX language rule holding Qiyos's built-in rules; mapped to every language after the project's own. */
export const BUILT_IN_RULE_NAME = 'Qiyos built-in';

/** Per language: the SRX language rule's name and the language pattern that selects it. */
export const SRX_LANGUAGES: Record<KnownLang, { name: string; pattern: string }> = {
  'uz-Cyrl': { name: 'Uzbek (Cyrillic)', pattern: '[Uu][Zz][-_][Cc][Yy][Rr][Ll].*' },
  'uz-Latn': { name: 'Uzbek (Latin)', pattern: '[Uu][Zz](?![-_][Cc][Yy][Rr][Ll]).*' },
  ru: { name: 'Russian', pattern: '[Rr][Uu]([-_].*)?' },
  en: { name: 'English', pattern: '[Ee][Nn]([-_].*)?' },
};

export const ANY_LANGUAGE_PATTERN = '.*';

/** Not a letter (or mark, apostrophe or period) right before: the abbreviation is a whole word. */
const WORD_START = "(?<![\\p{L}\\p{M}'’ʻ.])";
const AFTER_ABBREVIATION = '\\s';

function escapeRegex(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

/** "ул" → `[Уу][Лл]`: case-insensitive without flags, which not every SRX engine takes. */
function caseless(word: string): string {
  return [...word]
    .map((ch) => {
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      return lower !== upper && [...upper].length === 1 ? `[${upper}${lower}]` : escapeRegex(ch);
    })
    .join('');
}

/** The no-break rule for an abbreviation ("проф" → no break after "Проф." or "проф."). */
export function abbreviationRule(word: string): SegmentationRule {
  return { break: false, before: `${WORD_START}${caseless(normalizeAbbreviation(word))}\\.`, after: AFTER_ABBREVIATION };
}

/** The abbreviation an abbreviation rule (as abbreviationRule writes it) stands for, else undefined. */
export function abbreviationOfRule(rule: SegmentationRule): string | undefined {
  if (rule.break || rule.after !== AFTER_ABBREVIATION) return undefined;
  if (!rule.before.startsWith(WORD_START) || !rule.before.endsWith('\\.')) return undefined;
  const inner = rule.before.slice(WORD_START.length, -2);
  // Undo caseless(): "[Уу]" → "у", "\\." → ".", anything else as written.
  const word = inner.replace(/\[(.)(.)\]|\\(.)/gu, (_, upper?: string, lower?: string, escaped?: string) => escaped ?? lower ?? upper ?? '');
  if (word === '') return undefined;
  return abbreviationRule(word).before === rule.before ? normalizeAbbreviation(word) : undefined;
}

/**
 * The built-in segmenter as SRX rules, in order: no break after its abbreviations and after
 * initials ("Sh. Mirziyoyev", "А. Арипов"), then a break after sentence-final punctuation (and
 * closing quotes or brackets) before white space and a capital, digit, opening quote or dash.
 * The built-in segmenter does more (headings, Markdown, a lone label word); these are its core.
 */
export function builtInSrxRules(): SegmentationRule[] {
  return [
    ...builtInAbbreviations().map(abbreviationRule),
    { break: false, before: "(?<![\\p{L}\\p{M}'’ʻ])\\p{Lu}\\p{Ll}?\\.", after: '\\s' },
    { break: true, before: '[.!?…]+["\'»”“’)\\]}]*', after: '\\s+["\'«„“‘(\\[{\\-–—\\p{Lu}\\p{N}]' },
  ];
}

export function sameRule(a: SegmentationRule, b: SegmentationRule): boolean {
  return a.break === b.break && a.before === b.before && a.after === b.after;
}
