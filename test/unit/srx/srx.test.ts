import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSrx } from '../../../shared/srx/readSrx';
import { abbreviationOfRule, abbreviationRule, builtInSrxRules } from '../../../shared/srx/srxRules';
import { writeSrx } from '../../../shared/srx/writeSrx';
import { segmentText } from '../../../shared/text/segment';
import { compileRules, ruleDecisions, sameRules, type SegmentationRules } from '../../../shared/text/segmentationRules';
import { XmlError } from '../../../shared/xml/safeXml';
import { needXmllint } from '../tmx/xmllint';
import { readGold, readSeed } from '../text/seeds';

const PROJECT: SegmentationRules = {
  'uz-Cyrl': { abbreviations: ['тел', 'кўч'], rules: [{ break: true, before: 'ўсиб бормоқда,', after: '\\s' }] },
  'uz-Latn': { abbreviations: ["ko'ch", 'tel'], rules: [] },
  ru: { abbreviations: ['зам'], rules: [{ break: false, before: '\\p{Lu}\\.', after: '\\s\\p{Lu}' }, { break: true, before: '[;]', after: '\\s' }] },
  en: { abbreviations: ['approx'], rules: [{ break: false, before: 'reached \\$4 billion\\.', after: '\\s' }] },
};

/** The SRX 2.0 content model (LISA srx20.xsd) as a DTD, for xmllint --dtdvalid. */
const SRX20_DTD = `
<!ELEMENT srx (header, body)>
<!ATTLIST srx xmlns CDATA #FIXED "http://www.lisa.org/srx20" version CDATA #FIXED "2.0">
<!ELEMENT header (formathandle*)>
<!ATTLIST header segmentsubflows (yes|no) #REQUIRED cascade (yes|no) #REQUIRED>
<!ELEMENT formathandle EMPTY>
<!ATTLIST formathandle type (start|end|isolated) #REQUIRED include (yes|no) #REQUIRED>
<!ELEMENT body (languagerules, maprules)>
<!ELEMENT languagerules (languagerule+)>
<!ELEMENT languagerule (rule+)>
<!ATTLIST languagerule languagerulename CDATA #REQUIRED>
<!ELEMENT rule (beforebreak?, afterbreak?)>
<!ATTLIST rule break (yes|no) "yes">
<!ELEMENT beforebreak (#PCDATA)>
<!ELEMENT afterbreak (#PCDATA)>
<!ELEMENT maprules (languagemap+)>
<!ELEMENT languagemap EMPTY>
<!ATTLIST languagemap languagepattern CDATA #REQUIRED languagerulename CDATA #REQUIRED>
`;

function srxError(text: string): XmlError {
  try {
    readSrx(text);
  } catch (error) {
    expect(error).toBeInstanceOf(XmlError);
    return error as XmlError;
  }
  throw new Error('readSrx accepted the document');
}

/** Pure SRX semantics (no built-in segmenter): break where the first matching rule says so. */
function srxSentences(paragraph: string, rules: SegmentationRules, lang: 'en' | 'uz-Cyrl'): string[] {
  const decisions = ruleDecisions(paragraph, compileRules(rules, lang)!.rules);
  const cuts = [...decisions].filter(([, brk]) => brk).map(([p]) => p).sort((a, b) => a - b);
  return [0, ...cuts].map((from, k) => paragraph.slice(from, cuts[k] ?? paragraph.length).trim()).filter((s) => s !== '');
}

describe('SRX 2.0', () => {
  it('round-trips a project’s rules (built-in rules are left out on reading)', () => {
    const srx = writeSrx(PROJECT);
    const back = readSrx(srx);
    expect(sameRules(back.rules, PROJECT)).toBe(true);
    expect(back.rules.ru!.rules).toEqual(PROJECT.ru!.rules);
    expect(back.unusedLanguageRules).toEqual([]);
    expect(readSrx(writeSrx({})).rules).toEqual({});
    expect(readSrx(writeSrx(PROJECT, { projectOnly: true })).rules).toEqual(back.rules);
  });

  it('writes the header, one language rule per language with a language map, and the built-in rules for every language', () => {
    const srx = writeSrx(PROJECT);
    expect(srx).toContain('<srx xmlns="http://www.lisa.org/srx20" version="2.0">');
    expect(srx).toContain('<header segmentsubflows="yes" cascade="yes">');
    for (const name of ['Uzbek (Cyrillic)', 'Uzbek (Latin)', 'Russian', 'English', 'Qiyos built-in']) expect(srx).toContain(`languagerulename="${name}"`);
    expect(srx).toContain('<beforebreak>reached \\$4 billion\\.</beforebreak>');
    // The language patterns pick the right rules for region-coded tags as CAT tools send them.
    const patterns = [...srx.matchAll(/languagepattern="([^"]+)" languagerulename="([^"]+)"/g)].map((m) => [new RegExp(`^(?:${m[1]})$`, 'u'), m[2]] as const);
    const rulesFor = (tag: string) => patterns.filter(([re]) => re.test(tag)).map(([, name]) => name);
    expect(rulesFor('uz-Cyrl-UZ')).toEqual(['Uzbek (Cyrillic)', 'Qiyos built-in']);
    expect(rulesFor('UZ-UZ')).toEqual(['Uzbek (Latin)', 'Qiyos built-in']);
    expect(rulesFor('uz-Latn')).toEqual(['Uzbek (Latin)', 'Qiyos built-in']);
    expect(rulesFor('ru-RU')).toEqual(['Russian', 'Qiyos built-in']);
    expect(rulesFor('en')).toEqual(['English', 'Qiyos built-in']);
    expect(rulesFor('de-DE')).toEqual(['Qiyos built-in']);
  });

  it('abbreviation rules match the word in either case, only as a whole word', () => {
    const rule = abbreviationRule('Проф.');
    expect(abbreviationOfRule(rule)).toBe('проф');
    expect(abbreviationOfRule(abbreviationRule("ko'ch"))).toBe("ko'ch");
    expect(abbreviationOfRule(abbreviationRule('р-н'))).toBe('р-н');
    const re = new RegExp(`(?<=${rule.before})(?=${rule.after})`, 'u');
    expect(re.test('встретился с Проф. Ивановым')).toBe(true);
    expect(re.test('встретился с проф. Ивановым')).toBe(true);
    expect(re.test('это мой профпроф. Тест')).toBe(false);
  });

  it('the exported built-in rules alone segment the seed articles as the built-in segmenter does', () => {
    const builtIn: SegmentationRules = { en: { abbreviations: [], rules: builtInSrxRules() }, 'uz-Cyrl': { abbreviations: [], rules: builtInSrxRules() } };
    const gold = readGold();
    for (const [seed, lang, sentences] of [['000', 'uz-Cyrl', gold.src.sentences], ['002', 'en', gold.tgt.sentences]] as const) {
      const bySrx = readSeed(seed).split('\n').flatMap((line) => srxSentences(line, builtIn, lang));
      const found = sentences.filter((s) => bySrx.includes(s)).length;
      // A heading or a lone label word is the built-in segmenter's own logic; sentences agree.
      expect(found / sentences.length).toBeGreaterThan(0.9);
    }
    expect(segmentText(readSeed('002'), 'en', readSrx(writeSrx(PROJECT)).rules)).toEqual(segmentText(readSeed('002'), 'en', PROJECT));
  });

  it('reads SRX from other tools: cascade off takes the first map, prefixes, (?i) patterns, vendor header extensions', () => {
    const srx = `<?xml version="1.0"?>
<srx:srx xmlns:srx="http://www.lisa.org/srx20" xmlns:okpsrx="http://okapi.sf.net/srx-extensions" version="2.0">
  <srx:header segmentsubflows="yes" cascade="no"><okpsrx:options oneSegmentIncludesAll="no"/></srx:header>
  <srx:body>
    <srx:languagerules>
      <srx:languagerule languagerulename="Russian"><srx:rule break="no"><srx:beforebreak>\\sг\\.</srx:beforebreak><srx:afterbreak>\\s</srx:afterbreak></srx:rule></srx:languagerule>
      <srx:languagerule languagerulename="Default"><srx:rule><srx:beforebreak>[.?!]+</srx:beforebreak><srx:afterbreak>\\s</srx:afterbreak></srx:rule></srx:languagerule>
      <srx:languagerule languagerulename="Japanese"><srx:rule><srx:beforebreak>。</srx:beforebreak></srx:rule></srx:languagerule>
    </srx:languagerules>
    <srx:maprules>
      <srx:languagemap languagepattern="(?i)RU.*" languagerulename="Russian"/>
      <srx:languagemap languagepattern="JA.*" languagerulename="Japanese"/>
      <srx:languagemap languagepattern=".*" languagerulename="Default"/>
    </srx:maprules>
  </srx:body>
</srx:srx>`;
    const { rules, unusedLanguageRules } = readSrx(srx);
    expect(rules.ru).toEqual({ abbreviations: [], rules: [{ break: false, before: '\\sг\\.', after: '\\s' }] });
    expect(rules.en).toEqual({ abbreviations: [], rules: [{ break: true, before: '[.?!]+', after: '\\s' }] });
    expect(unusedLanguageRules).toEqual(['Japanese']);
  });

  it('refuses hostile and broken files with the line', () => {
    const wrap = (rule: string) => `<?xml version="1.0"?>\n<srx xmlns="http://www.lisa.org/srx20" version="2.0">\n<header segmentsubflows="yes" cascade="yes"/>\n<body>\n<languagerules>\n<languagerule languagerulename="English">\n${rule}\n</languagerule>\n</languagerules>\n<maprules><languagemap languagepattern="en.*" languagerulename="English"/></maprules>\n</body>\n</srx>`;
    const laughs = `<?xml version="1.0"?>\n<!DOCTYPE srx [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n<srx version="2.0"><body/></srx>`;
    expect(srxError(laughs).kind).toBe('doctype');
    expect(srxError(laughs).line).toBe(2);
    const external = `<?xml version="1.0"?>\n<srx version="2.0"><body><languagerules><languagerule languagerulename="x"><rule><beforebreak>&xxe;</beforebreak></rule></languagerule></languagerules></body></srx>`;
    expect(srxError(external).kind).toBe('entity');
    const badRegex = srxError(wrap('<rule break="no">\n  <beforebreak>(Dr</beforebreak>\n  <afterbreak>\\s</afterbreak>\n</rule>'));
    expect(badRegex.line).toBe(8);
    expect(badRegex.message).toMatch(/^Line 8: <beforebreak>: invalid regular expression \/\(Dr\//);
    expect(srxError(wrap('<rule><beforebreak>a</beforebreak><script>x</script></rule>')).message).toMatch(/^Line 7: Unknown element <script> inside <rule>/);
    expect(srxError(wrap('<rule break="maybe"><beforebreak>a</beforebreak></rule>')).message).toMatch(/break="maybe"/);
    expect(srxError(wrap('<rule><beforebreak>a</beforebreak>')).kind).toBe('malformed');
    expect(srxError('<tmx version="1.4"/>').message).toMatch(/not an SRX file/);
    expect(srxError(wrap('<rule/>')).message).toMatch(/neither/);
    expect(srxError(wrap('<rule><beforebreak>a</beforebreak></rule>').replace('languagerulename="English"/>', 'languagerulename="Nope"/>')).message).toMatch(/"Nope"/);
  });

  it('is well-formed and valid against the SRX 2.0 content model (xmllint)', (ctx) => {
    if (!needXmllint()) return ctx.skip();
    const dir = mkdtempSync(join(tmpdir(), 'qiyos-srx-'));
    try {
      writeFileSync(join(dir, 'srx20.dtd'), SRX20_DTD);
      for (const [name, rules] of [['project.srx', PROJECT], ['empty.srx', {}]] as const) {
        writeFileSync(join(dir, name), writeSrx(rules));
        const r = spawnSync('xmllint', ['--noout', '--nonet', '--dtdvalid', join(dir, 'srx20.dtd'), join(dir, name)], { encoding: 'utf8' });
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Java regular expressions in SRX', () => {
  it('rewrites what JavaScript reads differently, keeps what it reads alike', async () => {
    const { javaRegexToJs } = await import('../../../shared/srx/javaRegex');
    expect(javaRegexToJs('\\.\\"')).toBe('\\."');
    expect(javaRegexToJs('[\\"\\\'»\\-]')).toBe('["\'»\\-]');
    expect(javaRegexToJs('(?i)e\\.g\\.')).toBe('[eE]\\.[gG]\\.');
    expect(javaRegexToJs('(?i)[a-c]x(?-i)y')).toBe('[a-cA-C][xX]y');
    expect(javaRegexToJs('(?i)\\p{Lu}\\u0041\\x41')).toBe('\\p{Lu}\\u0041\\x41');
    expect(javaRegexToJs('\\QU.S.\\E\\h')).toBe('U\\.S\\.[ \\t\\u00A0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000]');
    expect(javaRegexToJs('\\Ax\\z')).toBe('^x$');
    // Qiyos's own patterns are JavaScript already and come back unchanged.
    for (const rule of builtInSrxRules()) {
      expect(javaRegexToJs(rule.before)).toBe(rule.before);
      expect(javaRegexToJs(rule.after)).toBe(rule.after);
    }
    // Possessive quantifiers have no JavaScript form: reported, not guessed.
    expect(srxError(`<srx version="2.0"><body><languagerules><languagerule languagerulename="x"><rule><beforebreak>a++</beforebreak></rule></languagerule></languagerules><maprules><languagemap languagepattern=".*" languagerulename="x"/></maprules></body></srx>`).message).toMatch(/^Line 1: <beforebreak>: invalid regular expression/);
  });
});
