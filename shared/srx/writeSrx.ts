/**
 * Writes a project's effective segmentation rules as SRX 2.0 (LISA's Segmentation Rules
 * eXchange), for OmegaT, Okapi and other tools: per language a language rule with the project's
 * own rules, then its abbreviations as no-break rules; one shared language rule with Qiyos's
 * built-in rules; cascading, so every language gets its own rules first and the built-in ones
 * after. Pure: no I/O.
 */
import { KNOWN_LANGS } from '../model';
import type { SegmentationRule, SegmentationRules } from '../text/segmentationRules';
import { escapeXmlAttr, escapeXmlText, stripForbiddenXmlChars } from '../tmx/xml';
import { ANY_LANGUAGE_PATTERN, BUILT_IN_RULE_NAME, SRX_LANGUAGES, abbreviationRule, builtInSrxRules } from './srxRules';

export const SRX_NAMESPACE = 'http://www.lisa.org/srx20';

export interface WriteSrxOptions {
  /** Leave out Qiyos's built-in rules (only the project's own); default false. */
  projectOnly?: boolean;
}

function ruleXml(rule: SegmentationRule): string {
  const clean = (pattern: string): string => escapeXmlText(stripForbiddenXmlChars(pattern).text);
  return [
    `      <rule break="${rule.break ? 'yes' : 'no'}">`,
    `        <beforebreak>${clean(rule.before)}</beforebreak>`,
    `        <afterbreak>${clean(rule.after)}</afterbreak>`,
    '      </rule>',
  ].join('\n');
}

function languageRuleXml(name: string, rules: SegmentationRule[]): string {
  return [`    <languagerule languagerulename="${escapeXmlAttr(name)}">`, ...rules.map(ruleXml), '    </languagerule>'].join('\n');
}

/** The SRX 2.0 document for `rules` (see the module comment). */
export function writeSrx(rules: SegmentationRules, options: WriteSrxOptions = {}): string {
  const languageRules: string[] = [];
  const maps: string[] = [];
  for (const lang of KNOWN_LANGS) {
    const entry = rules[lang];
    const own = [...(entry?.rules ?? []), ...(entry?.abbreviations ?? []).map(abbreviationRule)];
    if (own.length === 0) continue;
    const { name, pattern } = SRX_LANGUAGES[lang];
    languageRules.push(languageRuleXml(name, own));
    maps.push(`    <languagemap languagepattern="${escapeXmlAttr(pattern)}" languagerulename="${escapeXmlAttr(name)}"/>`);
  }
  if (options.projectOnly !== true) {
    languageRules.push(languageRuleXml(BUILT_IN_RULE_NAME, builtInSrxRules()));
    maps.push(`    <languagemap languagepattern="${ANY_LANGUAGE_PATTERN}" languagerulename="${BUILT_IN_RULE_NAME}"/>`);
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<srx xmlns="${SRX_NAMESPACE}" version="2.0">`,
    '  <header segmentsubflows="yes" cascade="yes">',
    '    <formathandle type="start" include="no"/>',
    '    <formathandle type="end" include="yes"/>',
    '    <formathandle type="isolated" include="no"/>',
    '  </header>',
    '  <body>',
    '    <languagerules>',
    ...languageRules.map((x) => x.replace(/^/gm, '  ')),
    '    </languagerules>',
    '    <maprules>',
    ...maps.map((x) => `  ${x}`),
    '    </maprules>',
    '  </body>',
    '</srx>',
    '',
  ].join('\n');
}
