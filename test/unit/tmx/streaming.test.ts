/** readTmx reads a well-formed file unit by unit; the result must be the one-tree reader's, errors included. */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTmx, readTmxInPieces, readTmxWhole, type ReadTmxOptions } from '../../../shared/tmx/readTmx';
import { writeTmx } from '../../../shared/tmx/writeTmx';
import { checkSafeXml, XmlError } from '../../../shared/xml/safeXml';

const gold = JSON.parse(readFileSync(new URL('../../fixtures/seed-000-uzCyrl__002-en.json', import.meta.url), 'utf8')) as {
  src: { sentences: string[] };
  tgt: { sentences: string[] };
  sure: [number[], number[]][];
};

/** A real bilingual TMX of the seed gold pairs, as Qiyos writes it. */
function seedTmx(): string {
  const units = gold.sure.map(([src, tgt]) => ({
    cells: [src.map((i) => gold.src.sentences[i]!), tgt.map((i) => gold.tgt.sentences[i]!)],
    score: 0.9,
    status: 'confirmed' as const,
  }));
  return writeTmx({
    columns: [
      { lang: 'uz-Cyrl', documentName: 'Sputnik' },
      { lang: 'en', documentName: 'Xinhua' },
    ],
    units,
    options: { creationDate: '2025-11-15T10:00:00Z' },
  }).xml;
}

function outcome(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    if (error instanceof XmlError) return { error: error.message };
    throw error;
  }
}

describe('reading TMX unit by unit', () => {
  it('gives the same units, lines and languages as the one-tree reader on a real file', () => {
    const xml = seedTmx();
    const pieces = readTmxInPieces(checkSafeXml(xml));
    expect(pieces).not.toBeNull();
    expect(pieces).toEqual(readTmxWhole(xml));
    expect(pieces!.units).toHaveLength(gold.sure.length);
    expect(pieces!.units[0]!.segs['uz-Cyrl']).toBe(gold.sure[0]![0].map((i) => gold.src.sentences[i]).join(' '));
    expect(pieces!.units.map((u) => u.line)).toEqual(readTmxWhole(xml).units.map((u) => u.line));
  });

  it('keeps line numbers across CRLF, comments, CDATA and elements other than <tu> in the body', () => {
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
      '<tmx version="1.4"><header srclang="en" creationtool="x"><prop type="a">b</prop></header>',
      '<body>',
      '<!-- a <tu> in a comment -->',
      '<tu tuid="1"><tuv xml:lang="en"><seg><![CDATA[a <b> c]]></seg></tuv>',
      '<tuv xml:lang="UZ-cyrl"><seg>Ўзбек &amp; &#1; тил</seg></tuv></tu>',
      '<other/>',
      '&#2;',
      '<tu>',
      '<tuv><seg>no lang</seg></tuv>',
      '<tuv xml:lang="ru"><seg>раз</seg></tuv><tuv xml:lang="ru"><seg>два</seg></tuv>',
      '</tu>',
      '</body>',
      '<!-- after -->',
      '</tmx>',
    ].join('\r\n');
    const pieces = readTmxInPieces(checkSafeXml(xml), { inline: 'keep' });
    expect(pieces).not.toBeNull();
    expect(pieces).toEqual(readTmxWhole(xml, { inline: 'keep' }));
    expect(pieces!.units.map((u) => u.line)).toEqual([6, 10]);
    expect(pieces!.dropped).toBe(2);
    expect(pieces!.warnings).toEqual(['Line 11: a <tuv> without xml:lang (or lang) was left out.', 'Line 12: a second ru variant in one unit was kept only in its variants list.']);
  });

  it('reports an error deep in a large file with the line of the whole file', () => {
    const xml = seedTmx();
    const lines = xml.split('\n');
    const at = lines.findIndex((l, i) => i > lines.length / 2 && l.includes('</seg>'));
    lines[at] = lines[at]!.replace('</seg>', '</sag>');
    const broken = lines.join('\n');
    const whole = outcome(() => readTmxWhole(broken)) as { error: string };
    expect(whole.error).toMatch(new RegExp(`^Line ${at + 1}: `));
    expect(outcome(() => readTmx(broken))).toEqual(whole);
  });

  it('agrees with the one-tree reader on random and hostile TMX-like text', () => {
    const fragments = fc.constantFrom(
      '<tmx version="1.4">',
      '</tmx>',
      '<header srclang="en"/>',
      '<body>',
      '</body>',
      '<body/>',
      '<tu tuid="1">',
      '</tu>',
      '<tu/>',
      '<tuv xml:lang="en">',
      '<tuv lang="uz-Cyrl">',
      '</tuv>',
      '<seg>',
      '</seg>',
      '<ph x="a>b"/>',
      '&#1;',
      '&amp;',
      '<![CDATA[<tu>]]>',
      '<!-- </body> -->',
      '<?pi </tu>?>',
      '\r\n',
      '\n',
      'Ўзбек',
    );
    const doc = fc
      .array(fragments, { maxLength: 30 })
      .map((parts) => `<?xml version="1.0"?>\n<tmx version="1.4">\n<header srclang="en"/>\n<body>\n${parts.join('')}\n</body>\n</tmx>\n`);
    const options = fc.constantFrom<ReadTmxOptions>({}, { inline: 'keep' }, { maxDepth: 4 });
    fc.assert(
      fc.property(doc, options, (text, opts) => {
        expect(outcome(() => readTmx(text, opts))).toEqual(outcome(() => readTmxWhole(text, opts)));
      }),
      { numRuns: 1500 },
    );
  });
});
