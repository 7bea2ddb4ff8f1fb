import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toTmxDate, writeTmx, type TmxInput } from '../../../shared/tmx/writeTmx';
import { needXmllint, runXmllint } from './xmllint';

const DATE = '2025-11-15T11:10:05.000Z';

function parse(xml: string) {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name) => ['tu', 'tuv', 'prop'].includes(name),
  });
  return parser.parse(xml) as { tmx: Tmx };
}
interface Prop {
  '#text'?: string;
  '@_type': string;
}
interface Tuv {
  '@_xml:lang': string;
  prop: Prop[];
  seg: string;
}
interface Tu {
  '@_tuid': string;
  '@_srclang'?: string;
  prop: Prop[];
  tuv: Tuv[];
}
interface Tmx {
  '@_version': string;
  header: Record<string, string>;
  body: { tu?: Tu[] } | string;
}
const tus = (xml: string): Tu[] => {
  const body = parse(xml).tmx.body;
  return typeof body === 'string' ? [] : (body.tu ?? []);
};
const propOf = (props: Prop[], type: string) => props.find((p) => p['@_type'] === type)?.['#text'];

const twoColumns: TmxInput['columns'] = [
  { lang: 'uz-Cyrl', documentName: '000_b7c3d78e2906be7b.txt' },
  { lang: 'en', documentName: '002_35fe524f1063af29.txt' },
];

const TRICKY = [
  'Tom & Jerry <b>bold</b> "quoted" \'apos\' a > b',
  'Ўзбекистон ва Қозоғистон 👍🏽 🇺🇿 𝔘',
  'tab\there',
];

describe('writeTmx', () => {
  it('writes the prolog, doctype and the TMX 1.4b header', () => {
    const { xml } = writeTmx({
      columns: twoColumns,
      units: [{ cells: [['а'], ['a']], score: 1, status: 'auto' }],
      options: { creationDate: DATE, toolVersion: '0.1.0' },
    });
    const lines = xml.split('\n');
    expect(lines[0]).toBe('<?xml version="1.0" encoding="UTF-8"?>');
    expect(lines[1]).toBe('<!DOCTYPE tmx SYSTEM "tmx14.dtd">');
    expect(lines[2]).toBe('<tmx version="1.4">');
    const tmx = parse(xml).tmx;
    expect(tmx['@_version']).toBe('1.4');
    expect(tmx.header).toEqual({
      '@_creationtool': 'Qiyos',
      '@_creationtoolversion': '0.1.0',
      '@_segtype': 'sentence',
      '@_o-tmf': 'Qiyos',
      '@_adminlang': 'en',
      '@_srclang': 'uz-Cyrl',
      '@_datatype': 'plaintext',
      '@_creationdate': '20251115T111005Z',
    });
  });

  it('writes one tu per bead with score, status, and a tuv per column with document and seg', () => {
    const { xml, dropped } = writeTmx({
      columns: twoColumns,
      units: [
        { cells: [['Биринчи.'], ['First.']], score: 0.87654, status: 'auto' },
        { cells: [['Иккинчи.', 'Учинчи.'], ['Second and third.']], score: 0.5, status: 'confirmed' },
      ],
      options: { creationDate: DATE },
    });
    expect(dropped).toBe(0);
    const units = tus(xml);
    expect(units.map((t) => t['@_tuid'])).toEqual(['1', '2']);
    expect(propOf(units[0]!.prop, 'x-qiyos-score')).toBe('0.8765');
    expect(propOf(units[0]!.prop, 'x-qiyos-status')).toBe('auto');
    expect(propOf(units[1]!.prop, 'x-qiyos-status')).toBe('confirmed');
    expect(units[1]!.tuv.map((v) => v['@_xml:lang'])).toEqual(['uz-Cyrl', 'en']);
    expect(units[1]!.tuv.map((v) => v.seg)).toEqual(['Иккинчи. Учинчи.', 'Second and third.']);
    expect(units[1]!.tuv.map((v) => propOf(v.prop, 'x-qiyos-document'))).toEqual([
      '000_b7c3d78e2906be7b.txt',
      '002_35fe524f1063af29.txt',
    ]);
    expect(parse(xml).tmx.header['@_creationtoolversion']).toBe('unknown');
  });

  it('round-trips tricky text: markup characters, quotes, emoji, Cyrillic, tabs', () => {
    const { xml, dropped } = writeTmx({
      columns: [
        { lang: 'uz-Cyrl', documentName: 'a & "b" <c>.txt' },
        { lang: 'en', documentName: 'd.txt' },
      ],
      units: TRICKY.map((t) => ({ cells: [[t], [t.toUpperCase()]], score: 0.9, status: 'auto' as const })),
      options: { creationDate: DATE },
    });
    expect(dropped).toBe(0);
    expect(xml).not.toContain('<b>bold');
    const units = tus(xml);
    expect(units.map((u) => u.tuv[0]!.seg)).toEqual(TRICKY);
    expect(units.map((u) => u.tuv[1]!.seg)).toEqual(TRICKY.map((t) => t.toUpperCase()));
    expect(propOf(units[0]!.tuv[0]!.prop, 'x-qiyos-document')).toBe('a & "b" <c>.txt');
  });

  it('drops and counts characters XML 1.0 forbids, keeping valid surrogate pairs', () => {
    const { xml, dropped } = writeTmx({
      columns: twoColumns,
      units: [
        { cells: [['a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg'], ['ok 😀']], score: 1, status: 'auto' },
        { cells: [['x\uFFFEy\uFFFFz'], ['lone \uD800 high, lone \uDC00 low']], score: 1, status: 'auto' },
        // Only forbidden characters: the cell is empty after cleaning, so the unit is unpaired and skipped,
        // and its characters never reach the file, so they are not counted.
        { cells: [['\u0001\u0002'], ['y']], score: 1, status: 'auto' },
      ],
      options: { creationDate: DATE },
    });
    expect(dropped).toBe(6 + 2 + 2);
    const units = tus(xml);
    expect(units).toHaveLength(2);
    expect(units[0]!.tuv.map((v) => v.seg)).toEqual(['abcdefg', 'ok 😀']);
    expect(units[1]!.tuv.map((v) => v.seg)).toEqual(['xyz', 'lone  high, lone  low']);
  });

  it('skips units with text in fewer than two columns unless includeUnpaired', () => {
    const units: TmxInput['units'] = [
      { cells: [['Sarlavha'], []], score: 0, status: 'auto' },
      { cells: [['Бир.'], ['One.']], score: 1, status: 'auto' },
      { cells: [[], ['Disclaimer.']], score: 0, status: 'auto' },
      { cells: [['   '], ['']], score: 0, status: 'auto' },
    ];
    expect(tus(writeTmx({ columns: twoColumns, units, options: { creationDate: DATE } }).xml)).toHaveLength(1);

    const all = tus(writeTmx({ columns: twoColumns, units, options: { creationDate: DATE, includeUnpaired: true } }).xml);
    expect(all.map((t) => t['@_tuid'])).toEqual(['1', '2', '3']);
    expect(all.map((t) => t.tuv.map((v) => v['@_xml:lang']))).toEqual([['uz-Cyrl'], ['uz-Cyrl', 'en'], ['en']]);
    // A unit without the source language names its own source language.
    expect(all.map((t) => t['@_srclang'])).toEqual([undefined, undefined, 'en']);
  });

  it('keeps only confirmed units with confirmedOnly', () => {
    const { xml } = writeTmx({
      columns: twoColumns,
      units: [
        { cells: [['А.'], ['A.']], score: 1, status: 'auto' },
        { cells: [['Б.'], ['B.']], score: 1, status: 'confirmed' },
      ],
      options: { creationDate: DATE, confirmedOnly: true },
    });
    const units = tus(xml);
    expect(units).toHaveLength(1);
    expect(units[0]!['@_tuid']).toBe('1');
    expect(units[0]!.tuv[1]!.seg).toBe('B.');
  });

  it('uses *all* as srclang with more than two columns, and sourceColumn otherwise', () => {
    const columns = [...twoColumns, { lang: 'ru', documentName: 'c.txt' }];
    const three = writeTmx({
      columns,
      units: [{ cells: [[], ['One.'], ['Один.']], score: 1, status: 'auto' }],
      options: { creationDate: DATE },
    });
    expect(parse(three.xml).tmx.header['@_srclang']).toBe('*all*');
    expect(tus(three.xml)[0]!.tuv.map((v) => v['@_xml:lang'])).toEqual(['en', 'ru']);
    expect(tus(three.xml)[0]!['@_srclang']).toBeUndefined();

    const second = writeTmx({ columns: twoColumns, units: [], options: { creationDate: DATE, sourceColumn: 1 } });
    expect(parse(second.xml).tmx.header['@_srclang']).toBe('en');
    expect(tus(second.xml)).toEqual([]);
  });

  it('is deterministic given creationDate, and defaults to the current time', () => {
    const input: TmxInput = { columns: twoColumns, units: [{ cells: [['а'], ['a']], score: 1, status: 'auto' }] };
    const a = writeTmx({ ...input, options: { creationDate: DATE } });
    const b = writeTmx({ ...input, options: { creationDate: DATE } });
    expect(a).toEqual(b);
    const now = parse(writeTmx(input).xml).tmx.header['@_creationdate']!;
    expect(now).toMatch(/^\d{8}T\d{6}Z$/);
    expect(now.slice(0, 4)).toBe(String(new Date().getUTCFullYear()));
  });

  it('clamps odd scores instead of failing the export', () => {
    const { xml } = writeTmx({
      columns: twoColumns,
      units: [
        { cells: [['а'], ['a']], score: Number.NaN, status: 'auto' },
        { cells: [['б'], ['b']], score: 1.5, status: 'auto' },
      ],
      options: { creationDate: DATE },
    });
    expect(tus(xml).map((t) => propOf(t.prop, 'x-qiyos-score'))).toEqual(['0.0000', '1.0000']);
  });

  it('rejects inconsistent input', () => {
    expect(() =>
      writeTmx({ columns: twoColumns, units: [{ cells: [['a']], score: 1, status: 'auto' }], options: { creationDate: DATE } }),
    ).toThrow(/unit 0 has 1 cells for 2 columns/);
    expect(() => writeTmx({ columns: twoColumns, units: [], options: { creationDate: 'yesterday' } })).toThrow(RangeError);
    expect(() => writeTmx({ columns: twoColumns, units: [], options: { sourceColumn: 2 } })).toThrow(/sourceColumn/);
    expect(() => writeTmx({ columns: [], units: [] })).toThrow(RangeError);
  });

  it('is well-formed and valid against the TMX 1.4b content models (xmllint)', (ctx) => {
    if (!needXmllint()) return ctx.skip();
    const { xml } = writeTmx({
      columns: [...twoColumns, { lang: 'ru', documentName: '<weird> & "name".txt' }],
      units: [
        ...TRICKY.map((t) => ({ cells: [[t], [t], [t]], score: 0.5, status: 'auto' as const })),
        { cells: [['ctl\u0001\uFFFF'], ['\uD83D'], ['ok']], score: 0.5, status: 'auto' },
        { cells: [['only'], [], []], score: 0.1, status: 'confirmed' },
      ],
      options: { creationDate: DATE, includeUnpaired: true, toolVersion: '1.0 "beta" <x>' },
    });
    const wellFormed = runXmllint(xml);
    expect(wellFormed.stderr).toBe('');
    expect(wellFormed.ok).toBe(true);
    const valid = runXmllint(xml, true);
    expect(valid.stderr).toBe('');
    expect(valid.ok).toBe(true);
  });

  it('an empty alignment is still a valid TMX document', (ctx) => {
    if (!needXmllint()) return ctx.skip();
    const { xml } = writeTmx({ columns: twoColumns, units: [], options: { creationDate: DATE } });
    expect(runXmllint(xml, true)).toEqual({ ok: true, stderr: '' });
  });
});

describe('toTmxDate', () => {
  it('formats UTC time as YYYYMMDDThhmmssZ', () => {
    expect(toTmxDate('2025-01-02T03:04:05Z')).toBe('20250102T030405Z');
    expect(toTmxDate('2025-01-02T03:04:05+05:00')).toBe('20250101T220405Z');
  });
});

describe('writeTmx export options', () => {
  const three: TmxInput['columns'] = [
    { lang: 'uz-Cyrl', documentName: 'uz.txt' },
    { lang: 'ru', documentName: 'ru.txt' },
    { lang: 'en', documentName: 'en.txt' },
  ];
  const units: TmxInput['units'] = [
    { cells: [['Бир.'], ['Один.'], ['One.']], score: 1, status: 'confirmed' },
    { cells: [['Икки.'], [], ['Two.']], score: 0.5, status: 'auto' },
    { cells: [[], ['Три.'], []], score: 0.2, status: 'auto' },
  ];

  it('writes any two columns as a bilingual TMX with the chosen source', () => {
    const out = writeTmx({ columns: three, units, options: { creationDate: DATE, selectColumns: [2, 1], sourceColumn: 1 } });
    expect(parse(out.xml).tmx.header['@_srclang']).toBe('ru');
    expect(out.units).toBe(1);
    expect(tus(out.xml).map((t) => t.tuv.map((v) => [v['@_xml:lang'], v.seg]))).toEqual([
      [
        ['en', 'One.'],
        ['ru', 'Один.'],
      ],
    ]);
    // The source defaults to the first written column.
    expect(parse(writeTmx({ columns: three, units, options: { creationDate: DATE, selectColumns: [2, 0] } }).xml).tmx.header['@_srclang']).toBe('en');
  });

  it('writes all columns as a multilingual TMX with *all*', () => {
    const out = writeTmx({ columns: three, units, options: { creationDate: DATE, includeUnpaired: true } });
    expect(parse(out.xml).tmx.header['@_srclang']).toBe('*all*');
    expect(out.units).toBe(3);
  });

  it('writes region codes on request', () => {
    const out = writeTmx({ columns: three, units, options: { creationDate: DATE, regionCodes: true, selectColumns: [0, 2] } });
    expect(parse(out.xml).tmx.header['@_srclang']).toBe('uz-Cyrl-UZ');
    expect(tus(out.xml)[1]!.tuv.map((v) => v['@_xml:lang'])).toEqual(['uz-Cyrl-UZ', 'en-US']);
    const latn = writeTmx({ columns: [{ lang: 'uz-Latn', documentName: 'a' }, { lang: 'kk', documentName: 'b' }], units: [], options: { creationDate: DATE, regionCodes: true } });
    expect(parse(latn.xml).tmx.header['@_srclang']).toBe('uz-Latn-UZ');
  });

  it('counts only written units and combines with confirmedOnly and includeUnpaired', () => {
    expect(writeTmx({ columns: three, units, options: { creationDate: DATE, confirmedOnly: true } }).units).toBe(1);
    expect(writeTmx({ columns: three, units, options: { creationDate: DATE, selectColumns: [0, 1], includeUnpaired: true } }).units).toBe(3);
    expect(writeTmx({ columns: three, units, options: { creationDate: DATE, selectColumns: [0, 1] } }).units).toBe(1);
  });

  it('rejects a bad column selection', () => {
    expect(() => writeTmx({ columns: three, units, options: { selectColumns: [0, 0] } })).toThrow(/selectColumns/);
    expect(() => writeTmx({ columns: three, units, options: { selectColumns: [3] } })).toThrow(/selectColumns/);
    expect(() => writeTmx({ columns: three, units, options: { selectColumns: [] } })).toThrow(/selectColumns/);
    expect(() => writeTmx({ columns: three, units, options: { selectColumns: [0, 1], sourceColumn: 2 } })).toThrow(/not one of the written columns/);
  });

  it('the bilingual, multilingual and region-coded files are valid TMX 1.4b (xmllint)', (ctx) => {
    if (!needXmllint()) return ctx.skip();
    for (const options of [{ selectColumns: [1, 2] }, { includeUnpaired: true }, { regionCodes: true, selectColumns: [0, 2], sourceColumn: 2 }]) {
      const { xml } = writeTmx({ columns: three, units, options: { creationDate: DATE, ...options } });
      expect(runXmllint(xml, true)).toEqual({ ok: true, stderr: '' });
    }
  });
});
