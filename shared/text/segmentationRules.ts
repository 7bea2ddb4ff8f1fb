/**
 * A project's own segmentation rules, applied on top of the built-in segmenter (segment.ts).
 *
 * Per language: extra abbreviations after which a period never ends a sentence, and ordered
 * break / no-break rules with SRX semantics: a rule matches at a position between two characters
 * when its `before` pattern matches text ending there and its `after` pattern matches text starting
 * there; at each position the first matching rule decides. Where no project rule matches, the
 * built-in segmenter decides. Patterns are JavaScript regular expressions with the `u` flag (the
 * common subset of Java/ICU syntax that SRX tools use). Pure: no I/O.
 */
import { asErrorText, englishText, errorText, type ErrorText, type LocalizedError } from '../i18n/localizeError';
import { KNOWN_LANGS, isKnownLang, type KnownLang, type LangTag } from '../model';

/** One SRX rule: `break` true splits where it matches, false keeps the text together. */
export interface SegmentationRule {
  break: boolean;
  /** Pattern for the text before the position (SRX beforebreak); may be empty. */
  before: string;
  /** Pattern for the text after the position (SRX afterbreak); may be empty. */
  after: string;
}

export interface LanguageSegmentationRules {
  /** Lowercase, without the final period ("проф", "tel"). */
  abbreviations: string[];
  /** In order: the first rule matching a position decides. */
  rules: SegmentationRule[];
}

/** A project's rules by document language; a language without an entry uses the built-in rules only. */
export type SegmentationRules = Partial<Record<KnownLang, LanguageSegmentationRules>>;

/** A rule that cannot be used; `lang` and `index` (0-based) say which. */
export class SegmentationRuleError extends Error implements LocalizedError {
  /** The English detail. */
  readonly detail: string;
  readonly localized: ErrorText;

  constructor(
    readonly lang: KnownLang,
    readonly index: number,
    detail: string | ErrorText,
  ) {
    const detailText = asErrorText(detail);
    const english = englishText(detailText);
    super(`${lang}, rule ${index + 1}: ${english}`);
    this.name = 'SegmentationRuleError';
    this.detail = english;
    this.localized = errorText('rules.rule', { lang, number: index + 1, detail: detailText });
  }
}

/** Rules ready to run on a paragraph. */
export interface CompiledRules {
  abbreviations: ReadonlySet<string>;
  rules: { break: boolean; pattern: RegExp }[];
}

/** Longest accepted pattern, abbreviation, and number of rules per language: a rules file is small. */
const MAX_PATTERN = 2000;
const MAX_RULES = 5000;

/** The form abbreviations are compared in: lowercase, one kind of apostrophe, no final period. */
export function normalizeAbbreviation(word: string): string {
  return word.trim().replace(/\.+$/, '').toLowerCase().replace(/[`‘’ʻʼ]/g, "'");
}

/** The regular expression that finds every position where `rule` matches (zero-width, global). */
export function rulePattern(rule: Pick<SegmentationRule, 'before' | 'after'>): RegExp {
  return new RegExp(`(?<=${rule.before})(?=${rule.after})`, 'gu');
}

/** Why `pattern` is not a usable regular expression (in English), or undefined when it is. */
export function patternProblem(pattern: string): string | undefined {
  const problem = patternProblemText(pattern);
  return problem && englishText(problem);
}

/** Why `pattern` is not a usable regular expression, translatable; undefined when it is usable. */
export function patternProblemText(pattern: string): ErrorText | undefined {
  if (pattern.length > MAX_PATTERN) return errorText('rules.patternTooLong', { max: MAX_PATTERN });
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    return errorText('rules.badPattern', { pattern, reason: error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error) });
  }
  return undefined;
}

/**
 * Checks and tidies rules (abbreviations normalised, without blanks or repeats; unknown languages
 * dropped); throws SegmentationRuleError naming the first bad rule.
 */
export function validateRules(input: SegmentationRules): SegmentationRules {
  const out: SegmentationRules = {};
  for (const lang of KNOWN_LANGS) {
    const entry = input[lang];
    if (entry === undefined) continue;
    const abbreviations = [...new Set(entry.abbreviations.map(normalizeAbbreviation).filter((a) => a !== '' && !/\s/.test(a)))];
    if (entry.rules.length > MAX_RULES) throw new SegmentationRuleError(lang, MAX_RULES, errorText('rules.tooMany', { max: MAX_RULES }));
    const rules = entry.rules.map((rule, index) => {
      for (const pattern of [rule.before, rule.after]) {
        const problem = patternProblemText(pattern);
        if (problem !== undefined) throw new SegmentationRuleError(lang, index, problem);
      }
      try {
        rulePattern(rule);
      } catch (error) {
        throw new SegmentationRuleError(lang, index, errorText('rules.engine', { reason: error instanceof Error ? error.message : String(error) }));
      }
      return { break: rule.break, before: rule.before, after: rule.after };
    });
    if (abbreviations.length > 0 || rules.length > 0) out[lang] = { abbreviations, rules };
  }
  return out;
}

/** Whether there is nothing to apply for any language. */
export function isEmptyRules(rules: SegmentationRules | undefined): boolean {
  return rules === undefined || KNOWN_LANGS.every((lang) => (rules[lang]?.abbreviations.length ?? 0) + (rules[lang]?.rules.length ?? 0) === 0);
}

/** The rules for a document in `lang`, compiled; undefined when the project has none for it. */
export function compileRules(rules: SegmentationRules | undefined, lang: LangTag): CompiledRules | undefined {
  if (rules === undefined || !isKnownLang(lang)) return undefined;
  const entry = rules[lang];
  if (entry === undefined || (entry.abbreviations.length === 0 && entry.rules.length === 0)) return undefined;
  return {
    abbreviations: new Set(entry.abbreviations.map(normalizeAbbreviation)),
    rules: entry.rules.map((rule) => ({ break: rule.break, pattern: rulePattern(rule) })),
  };
}

/**
 * The decisions of the rules inside `text` (one paragraph): position (0 < p < length) → break or
 * not, from the first rule matching there.
 */
export function ruleDecisions(text: string, rules: CompiledRules['rules']): Map<number, boolean> {
  const decisions = new Map<number, boolean>();
  for (const rule of rules) {
    const re = rule.pattern;
    re.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = re.exec(text)) !== null) {
      const p = match.index;
      if (p > 0 && p < text.length && !decisions.has(p)) decisions.set(p, rule.break);
      re.lastIndex = p + 1;
      if (re.lastIndex > text.length) break;
    }
  }
  return decisions;
}

/** Two rule sets hold the same rules (abbreviations compared as sets). */
export function sameRules(a: SegmentationRules | undefined, b: SegmentationRules | undefined): boolean {
  return KNOWN_LANGS.every((lang) => {
    const x = a?.[lang] ?? { abbreviations: [], rules: [] };
    const y = b?.[lang] ?? { abbreviations: [], rules: [] };
    const ax = new Set(x.abbreviations.map(normalizeAbbreviation));
    const ay = new Set(y.abbreviations.map(normalizeAbbreviation));
    return (
      ax.size === ay.size &&
      [...ax].every((w) => ay.has(w)) &&
      x.rules.length === y.rules.length &&
      x.rules.every((r, i) => r.break === y.rules[i]!.break && r.before === y.rules[i]!.before && r.after === y.rules[i]!.after)
    );
  });
}
