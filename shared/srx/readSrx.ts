/**
 * Reads SRX 2.0 segmentation rules into a project's rules (segmentationRules.ts). The language
 * map is applied to each of Qiyos's languages as SRX says (the first matching map, or every
 * matching one when the header cascades); the language rule Qiyos itself writes for its built-in
 * segmenter is recognised and left out (it applies anyway), and its abbreviation rules come back
 * as abbreviations. Parsed with the guarded XML reader (no entities, no DTD is loaded); anything
 * unusable is an XmlError with the line. Pure: no I/O.
 */
import { KNOWN_LANGS, type KnownLang } from '../model';
import { errorText } from '../i18n/localizeError';
import { patternProblemText, validateRules, type SegmentationRule, type SegmentationRules } from '../text/segmentationRules';
import { XmlError, parseSafeXml, type XmlElement } from '../xml/safeXml';
import { javaRegexToJs } from './javaRegex';
import { BUILT_IN_RULE_NAME, abbreviationOfRule, builtInSrxRules, sameRule } from './srxRules';

export interface ReadSrxResult {
  rules: SegmentationRules;
  /** Language rules that no Qiyos language uses (e.g. "Japanese"), by name. */
  unusedLanguageRules: string[];
  /** Header settings Qiyos does not follow, with their line (e.g. segmentsubflows="no"). */
  warnings: string[];
}

/** The element names of SRX 2.0 and the children each may have. */
const CHILDREN: Record<string, readonly string[]> = {
  srx: ['header', 'body'],
  header: ['formathandle'],
  formathandle: [],
  body: ['languagerules', 'maprules'],
  languagerules: ['languagerule'],
  languagerule: ['rule'],
  rule: ['beforebreak', 'afterbreak'],
  beforebreak: [],
  afterbreak: [],
  maprules: ['languagemap'],
  languagemap: [],
};

/** The largest SRX file read: rules files are small; a huge one is a mistake or an attack. */
const MAX_SRX_LENGTH = 5_000_000;

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** Checks every element against SRX 2.0; vendor extensions (a prefixed element in the header) are skipped. */
function checkStructure(element: XmlElement, parent: string | undefined): void {
  const name = localName(element.name);
  const allowed = parent === undefined ? ['srx'] : CHILDREN[parent]!;
  if (!allowed.includes(name)) {
    if (parent === 'header' && element.name.includes(':')) return;
    const detail = parent === undefined ? errorText('srx.unknownRoot', { element: element.name }) : errorText('srx.unknownElement', { element: element.name, parent });
    throw new XmlError('malformed', detail, element.line);
  }
  for (const child of element.children) {
    if (typeof child === 'string') {
      if (CHILDREN[name]!.length > 0 && child.trim() !== '') throw new XmlError('malformed', errorText('srx.textInside', { element: name }), element.line);
    } else {
      checkStructure(child, name);
    }
  }
}

const children = (element: XmlElement, name: string): XmlElement[] =>
  element.children.filter((c): c is XmlElement => typeof c !== 'string' && localName(c.name) === name);

const textOf = (element: XmlElement | undefined): string => (element === undefined ? '' : element.children.filter((c): c is string => typeof c === 'string').join(''));

function yesNo(element: XmlElement, attr: string, fallback: boolean): boolean {
  const value = element.attrs[attr];
  if (value === undefined) return fallback;
  if (value === 'yes') return true;
  if (value === 'no') return false;
  throw new XmlError('malformed', errorText('srx.yesNo', { element: localName(element.name), attr, value }), element.line);
}

/**
 * A language pattern as a JavaScript expression matching a whole language code. Language tags
 * are case-insensitive (BCP 47), and tools write "RU.*" (OmegaT) as well as "ru.*": matched
 * without regard to case; Java's leading "(?i)" is dropped for the same reason.
 */
function languagePattern(map: XmlElement): RegExp {
  let pattern = map.attrs.languagepattern;
  if (pattern === undefined) throw new XmlError('malformed', errorText('srx.noLanguagePattern'), map.line);
  if (pattern.startsWith('(?i)')) pattern = pattern.slice(4);
  pattern = javaRegexToJs(pattern);
  const problem = patternProblemText(pattern);
  if (problem !== undefined) throw new XmlError('malformed', errorText('srx.languagePattern', { problem }), map.line);
  return new RegExp(`^(?:${pattern})$`, 'iu');
}

function readRule(element: XmlElement): SegmentationRule & { line: number } {
  const before = children(element, 'beforebreak');
  const after = children(element, 'afterbreak');
  if (before.length > 1 || after.length > 1) throw new XmlError('malformed', errorText('srx.ruleTwoParts'), element.line);
  if (before.length + after.length === 0) throw new XmlError('malformed', errorText('srx.ruleNoParts'), element.line);
  // Patterns are read as Java writes them (OmegaT, Okapi) and kept in their JavaScript form.
  const rule = { break: yesNo(element, 'break', true), before: javaRegexToJs(textOf(before[0])), after: javaRegexToJs(textOf(after[0])), line: element.line };
  for (const [part, pattern, line] of [
    ['beforebreak', rule.before, before[0]?.line ?? element.line],
    ['afterbreak', rule.after, after[0]?.line ?? element.line],
  ] as const) {
    const problem = patternProblemText(pattern);
    if (problem !== undefined) throw new XmlError('malformed', errorText('srx.partProblem', { part, problem }), line);
  }
  try {
    new RegExp(`(?<=${rule.before})(?=${rule.after})`, 'u');
  } catch (error) {
    throw new XmlError('malformed', errorText('srx.patternsClash', { reason: error instanceof Error ? error.message : String(error) }), element.line);
  }
  return rule;
}

/** Reads an SRX 2.0 document (see the module comment); throws XmlError with the line for anything unusable. */
export function readSrx(text: string): ReadSrxResult {
  const { root } = parseSafeXml(text, { maxLength: MAX_SRX_LENGTH });
  if (localName(root.name) !== 'srx') throw new XmlError('malformed', errorText('srx.notSrx', { root: root.name }), root.line);
  checkStructure(root, undefined);
  const version = root.attrs.version;
  if (version !== undefined && !version.startsWith('2')) {
    throw new XmlError('malformed', errorText('srx.version', { version }), root.line);
  }
  const header = children(root, 'header')[0];
  const body = children(root, 'body')[0];
  if (body === undefined) throw new XmlError('malformed', errorText('srx.noBody'), root.line);
  const warnings: string[] = [];
  // SRX 2.0 requires the attribute; OmegaT's own rules leave it out and OmegaT cascades, so Qiyos does too.
  const cascade = header === undefined ? true : yesNo(header, 'cascade', true);
  if (header !== undefined && !yesNo(header, 'segmentsubflows', true)) {
    warnings.push(`Line ${header.line}: segmentsubflows="no" is ignored; Qiyos segments every paragraph.`);
  }

  const byName = new Map<string, { rules: SegmentationRule[]; line: number }>();
  for (const group of children(body, 'languagerules')) {
    for (const languageRule of children(group, 'languagerule')) {
      const name = languageRule.attrs.languagerulename;
      if (name === undefined) throw new XmlError('malformed', errorText('srx.ruleNoName'), languageRule.line);
      if (byName.has(name)) throw new XmlError('malformed', errorText('srx.duplicateName', { name }), languageRule.line);
      byName.set(name, { rules: children(languageRule, 'rule').map(readRule), line: languageRule.line });
    }
  }
  const maps = children(body, 'maprules').flatMap((m) => children(m, 'languagemap'));
  const compiled = maps.map((map) => {
    const name = map.attrs.languagerulename;
    if (name === undefined) throw new XmlError('malformed', errorText('srx.mapNoName'), map.line);
    if (!byName.has(name)) throw new XmlError('malformed', errorText('srx.mapUnknownName', { name }), map.line);
    return { pattern: languagePattern(map), name };
  });

  const builtIn = builtInSrxRules();
  const used = new Set<string>();
  const rules: SegmentationRules = {};
  for (const lang of KNOWN_LANGS) {
    const matching = compiled.filter((m) => m.pattern.test(lang));
    const names = cascade ? matching.map((m) => m.name) : matching.slice(0, 1).map((m) => m.name);
    const abbreviations: string[] = [];
    const own: SegmentationRule[] = [];
    for (const name of names) {
      used.add(name);
      const languageRules = byName.get(name)!.rules;
      // Qiyos's own built-in language rule, as written: those rules apply anyway.
      if (name === BUILT_IN_RULE_NAME && languageRules.every((rule) => builtIn.some((b) => sameRule(b, rule)))) continue;
      for (const rule of languageRules) {
        const abbreviation = abbreviationOfRule(rule);
        if (abbreviation !== undefined) abbreviations.push(abbreviation);
        else own.push({ break: rule.break, before: rule.before, after: rule.after });
      }
    }
    if (abbreviations.length > 0 || own.length > 0) rules[lang as KnownLang] = { abbreviations, rules: own };
  }
  return { rules: validateRules(rules), unusedLanguageRules: [...byName.keys()].filter((name) => !used.has(name)), warnings };
}
