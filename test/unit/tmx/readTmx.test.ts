import { describe, expect, it } from 'vitest';
import { importTmx } from '../../../shared/tmx/importTmx';
import { canonicalLangTag, knownLangOf, withRegion } from '../../../shared/tmx/langTags';
import { readTmx } from '../../../shared/tmx/readTmx';
import { tmxToProject } from '../../../shared/tmx/tmxToProject';
import { writeTmx } from '../../../shared/tmx/writeTmx';
import { XmlError } from '../../../shared/xml/safeXml';

/** TMX 1.1 as older tools wrote it: `lang` instead of xml:lang, upper-case tags, a note. */
const TMX11 = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx11.dtd">
<tmx version="1.1">
  <header creationtool="OldTool" creationtoolversion="2" segtype="sentence" o-tmf="x" adminlang="EN-US" srclang="RU" datatype="plaintext">
    <note>made by hand</note>
  </header>
  <body>
    <tu tuid="a1">
      <note>check</note>
      <tuv lang="EN-US"><seg>Hello.</seg></tuv>
      <tuv lang="RU"><seg>Привет.</seg></tuv>
    </tu>
    <tu>
      <tuv lang="RU"><seg>Только по-русски.</seg></tuv>
    </tu>
  </body>
</tmx>`;

/** Trados-style TMX 1.4 with inline codes, a highlight and a sub-flow. */
const INLINE = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
<header creationtool="SDL Language Platform" creationtoolversion="8.0" o-tmf="SDL TM8 Format" datatype="xml" segtype="sentence" adminlang="en-US" srclang="uz-Cyrl-UZ">
  <prop type="x-Recognizers">RecognizeAll</prop>
</header>
<body>
<tu creationdate="20251115T111005Z">
  <prop type="x-Context">123</prop>
  <tuv xml:lang="uz-Cyrl-UZ">
    <prop type="x-origin">TM</prop>
    <seg>Президент <bpt i="1" x="1">&lt;b&gt;</bpt>Мирзиёев<ept i="1">&lt;/b&gt;</ept> <ph x="2">&lt;br/&gt;</ph>гапирди.</seg>
  </tuv>
  <tuv xml:lang="en-US">
    <seg>President <bpt i="1">&lt;b&gt;</bpt>Mirziyoyev<ept i="1">&lt;/b&gt;</ept> <ph>&lt;img alt="<sub>photo</sub>"/&gt;</ph><hi type="x-em">spoke</hi>.</seg>
  </tuv>
</tu>
</body>
</tmx>`;

describe('readTmx', () => {
  it('reads TMX 1.1 with lang attributes, canonical tag casing, notes and tuids', () => {
    const tmx = readTmx(TMX11);
    expect(tmx.version).toBe('1.1');
    expect(tmx.header.srclang).toBe('ru');
    expect(tmx.header.attrs.creationtool).toBe('OldTool');
    expect(tmx.header.notes).toEqual(['made by hand']);
    expect(tmx.languages).toEqual(['ru', 'en-US']);
    expect(tmx.units).toHaveLength(2);
    expect(tmx.units[0]).toMatchObject({ tuid: 'a1', notes: ['check'], line: 8 });
    expect({ ...tmx.units[0]!.segs }).toEqual({ 'en-US': 'Hello.', ru: 'Привет.' });
    expect({ ...tmx.units[1]!.segs }).toEqual({ ru: 'Только по-русски.' });
    expect(tmx.warnings).toEqual([]);
  });

  it('strips inline codes by default and keeps them as text on request', () => {
    const stripped = readTmx(INLINE);
    expect(stripped.languages).toEqual(['uz-Cyrl-UZ', 'en-US']);
    expect(stripped.units[0]!.segs['uz-Cyrl-UZ']).toBe('Президент Мирзиёев гапирди.');
    expect(stripped.units[0]!.segs['en-US']).toBe('President Mirziyoyev spoke.');
    expect(stripped.units[0]!.props).toEqual([{ type: 'x-Context', value: '123' }]);
    expect(stripped.units[0]!.variants[0]!.props).toEqual([{ type: 'x-origin', value: 'TM' }]);
    expect(stripped.header.props).toEqual([{ type: 'x-Recognizers', value: 'RecognizeAll' }]);

    const kept = readTmx(INLINE, { inline: 'keep' });
    expect(kept.units[0]!.segs['uz-Cyrl-UZ']).toBe('Президент <b>Мирзиёев</b> <br/>гапирди.');
    expect(kept.units[0]!.segs['en-US']).toBe('President <b>Mirziyoyev</b> <img alt="photo"/>spoke.');
  });

  it('warns about variants without a language or a seg and keeps the first of repeated languages', () => {
    const tmx = readTmx(`<tmx version="1.4"><header srclang="en"/><body>
<tu><tuv><seg>no lang</seg></tuv><tuv xml:lang="en"/><tuv xml:lang="en"><seg>one</seg></tuv><tuv xml:lang="en"><seg>two</seg></tuv></tu>
</body></tmx>`);
    expect({ ...tmx.units[0]!.segs }).toEqual({ en: 'one' });
    expect(tmx.units[0]!.variants.map((v) => v.text)).toEqual(['one', 'two']);
    expect(tmx.warnings).toHaveLength(3);
    expect(tmx.warnings[0]).toMatch(/^Line 2: a <tuv> without xml:lang/);
  });

  it('reports what is wrong, with line numbers', () => {
    expect(() => readTmx('<?xml version="1.0"?>\n<xliff/>')).toThrow(/^Line 2: This is not a TMX file/);
    expect(() => readTmx('<tmx version="1.4"><body/></tmx>')).toThrow(/no <header>/);
    expect(() => readTmx('<tmx version="1.4"><header/></tmx>')).toThrow(/no <body>/);
    expect(() => readTmx('<tmx version="1.4">\n<header/>\n<body>\n<tu><tuv xml:lang="en"><seg>x</tuv></tu></body></tmx>')).toThrow(/^Line 4: /);
    expect(() => readTmx('<tmx>&nbsp;</tmx>')).toThrow(XmlError);
  });

  it('is safe against language tags that look like object keys', () => {
    const tmx = readTmx('<tmx version="1.4"><header/><body><tu><tuv xml:lang="__proto__"><seg>a</seg></tuv><tuv xml:lang="constructor"><seg>b</seg></tuv></tu></body></tmx>');
    expect(tmx.languages).toEqual(['proto', 'constructor']); // '_' separators become '-'
    expect(tmx.units[0]!.segs.constructor).toBe('b');
  });
});

describe('language tags', () => {
  it('canonicalises casing and maps to known languages', () => {
    expect(canonicalLangTag('UZ-CYRL-uz')).toBe('uz-Cyrl-UZ');
    expect(canonicalLangTag('en_us')).toBe('en-US');
    expect(knownLangOf('EN-GB')).toBe('en');
    expect(knownLangOf('ru-RU')).toBe('ru');
    expect(knownLangOf('uz-Latn-UZ')).toBe('uz-Latn');
    expect(knownLangOf('uz', 'Ўзбекистон Республикаси')).toBe('uz-Cyrl');
    expect(knownLangOf('uz-UZ', "O'zbekiston Respublikasi")).toBe('uz-Latn');
    expect(knownLangOf('kk')).toBeUndefined();
    expect(withRegion('uz-Cyrl')).toBe('uz-Cyrl-UZ');
    expect(withRegion('en')).toBe('en-US');
    expect(withRegion('kk')).toBe('kk');
  });
});

describe('tmxToProject', () => {
  it('builds one document per language and one confirmed bead per unit', () => {
    const project = tmxToProject(readTmx(TMX11), { sourceName: 'old.tmx' });
    expect(project.documents.map((d) => [d.lang, d.tmxLang, d.title])).toEqual([
      ['ru', 'ru', 'old (ru)'],
      ['en', 'en-US', 'old (en-US)'],
    ]);
    expect(project.documents[0]!.segments).toEqual([
      { text: 'Привет.', kind: 'sentence', start: 0 },
      { text: 'Только по-русски.', kind: 'sentence', start: 8 },
    ]);
    expect(project.documents[0]!.originalText).toBe('Привет.\nТолько по-русски.');
    expect(project.beads).toEqual([
      { cells: [[0], [0]], score: 1, status: 'confirmed' },
      { cells: [[1], []], score: 1, status: 'confirmed' },
    ]);
    expect(project.leftOutLanguages).toEqual([]);
  });

  it('round-trips a Qiyos export: document names, languages and pairs', () => {
    const { xml } = writeTmx({
      columns: [
        { lang: 'uz-Cyrl', documentName: 'Sputnik (uz)' },
        { lang: 'ru', documentName: 'Sputnik (ru)' },
        { lang: 'en', documentName: 'Xinhua' },
      ],
      units: [
        { cells: [['Бир.'], ['Один.'], ['One.']], score: 0.9, status: 'auto' },
        { cells: [['Икки.', 'Уч.'], [], ['Two. Three.']], score: 0.5, status: 'confirmed' },
        { cells: [['Тўрт.'], [], []], score: 0.1, status: 'auto' },
      ],
      options: { includeUnpaired: true, regionCodes: true, creationDate: '2025-11-15T00:00:00Z' },
    });
    const project = tmxToProject(readTmx(xml));
    expect(project.documents.map((d) => [d.lang, d.tmxLang, d.title])).toEqual([
      ['uz-Cyrl', 'uz-Cyrl-UZ', 'Sputnik (uz)'],
      ['ru', 'ru-RU', 'Sputnik (ru)'],
      ['en', 'en-US', 'Xinhua'],
    ]);
    expect(project.documents.map((d) => d.segments.map((s) => s.text))).toEqual([['Бир.', 'Икки. Уч.', 'Тўрт.'], ['Один.'], ['One.', 'Two. Three.']]);
    expect(project.beads.map((b) => b.cells)).toEqual([
      [[0], [0], [0]],
      [[1], [], [1]],
      [[2], [], []],
    ]);
  });

  it('takes at most four languages and skips units with no text', () => {
    const langs = ['en', 'ru', 'uz-Cyrl', 'uz-Latn', 'kk'];
    const tuvs = langs.map((l) => `<tuv xml:lang="${l}"><seg>${l} text</seg></tuv>`).join('');
    const tmx = readTmx(`<tmx version="1.4"><header srclang="*all*"/><body><tu>${tuvs}</tu><tu><tuv xml:lang="kk"><seg>only kk</seg></tuv></tu><tu><tuv xml:lang="en"><seg>  </seg></tuv></tu></body></tmx>`);
    const project = tmxToProject(tmx);
    expect(project.documents.map((d) => d.lang)).toEqual(['en', 'ru', 'uz-Cyrl', 'uz-Latn']);
    expect(project.leftOutLanguages).toEqual(['kk']);
    expect(project.skippedUnits).toBe(2);
    expect(project.beads).toHaveLength(1);
    expect(() => tmxToProject(readTmx('<tmx version="1.4"><header/><body/></tmx>'))).toThrow(/no translation units/);
  });
});

describe('importTmx', () => {
  it('decodes bytes, parses and converts, reporting the writing tool', () => {
    const result = importTmx({ fileName: 'trados.tmx', bytes: new TextEncoder().encode(INLINE) });
    expect(result.creationTool).toBe('SDL Language Platform');
    expect(result.version).toBe('1.4');
    expect(result.units).toBe(1);
    expect(result.documents.map((d) => d.lang)).toEqual(['uz-Cyrl', 'en']);
    expect(importTmx({ fileName: 'x.tmx', bytes: new TextEncoder().encode(INLINE), inline: 'keep' }).documents[1]!.segments[0]!.text).toContain('<b>');
  });
});
