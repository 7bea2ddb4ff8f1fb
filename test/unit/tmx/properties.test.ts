/** Property-based tests (fast-check): TMX round trips any text; hostile or random input never crashes the readers. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importTmx } from '../../../shared/tmx/importTmx';
import { readTmx } from '../../../shared/tmx/readTmx';
import { writeTmx } from '../../../shared/tmx/writeTmx';
import { stripForbiddenXmlChars } from '../../../shared/tmx/xml';
import { parseSafeXml, XmlError } from '../../../shared/xml/safeXml';

/** Any UTF-16 string: lone surrogates, controls, U+FFFE/FFFF included. */
const anyCodeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }).map((units) => String.fromCharCode(...units));
const tricky = fc.constantFrom('&', '<', '>', ']]>', '"', "'", '&amp;', '&#1;', '<![CDATA[x]]>', '<!--', '\r\n', '\r', '\t', '\u0000', '\uD800', '\uDC00', '😀', 'Ўзбек', '\uFEFF', '\u2028', ' ');
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  anyCodeUnits,
  fc.array(fc.oneof(tricky, fc.string({ maxLength: 5 })), { maxLength: 12 }).map((parts) => parts.join('')),
);

/** What the writer promises to keep: the text without XML-forbidden characters, trimmed. */
const kept = (text: string) => stripForbiddenXmlChars(text).text.trim();

/** Only these error types are allowed out of the readers; anything else is a crash. */
function expectCleanOutcome(run: () => unknown): void {
  const t0 = performance.now();
  try {
    run();
  } catch (error) {
    if (!(error instanceof XmlError) && !(error instanceof RangeError)) throw error;
    expect(error.message.length).toBeGreaterThan(0);
  }
  expect(performance.now() - t0).toBeLessThan(1000);
}

describe('TMX round trip (writeTmx → readTmx)', () => {
  it('keeps any text unchanged except the characters XML forbids, which are dropped and counted', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(anyText, anyText), { minLength: 1, maxLength: 6 }), fc.constantFrom('strip', 'keep') as fc.Arbitrary<'strip' | 'keep'>, (rows, inline) => {
        const { xml, dropped } = writeTmx({
          columns: [
            { lang: 'uz-Cyrl', documentName: 'a' },
            { lang: 'en', documentName: 'b' },
          ],
          units: rows.map(([a, b]) => ({ cells: [[a], [b]], score: 0.5, status: 'auto' as const })),
          options: { includeUnpaired: true, creationDate: '2025-01-01T00:00:00Z' },
        });
        const expected = rows.map(([a, b]) => ({ uz: kept(a), en: kept(b) })).filter((r) => r.uz !== '' || r.en !== '');
        const parsed = readTmx(xml, { inline });
        expect(parsed.units.map((u) => ({ uz: u.segs['uz-Cyrl'] ?? '', en: u.segs.en ?? '' }))).toEqual(expected);
        const expectedDropped = rows.reduce((n, [a, b]) => n + (kept(a) || kept(b) ? stripForbiddenXmlChars(a).dropped + stripForbiddenXmlChars(b).dropped : 0), 0);
        expect(dropped).toBe(expectedDropped);
        expect(parsed.dropped).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('random input never crashes or hangs the readers', () => {
  const fragments = fc.constantFrom(
    '<?xml version="1.0"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<!DOCTYPE tmx [',
    '<!ENTITY a "b">',
    ']>',
    '<tmx version="1.4">',
    '</tmx>',
    '<header srclang="en"/>',
    '<header>',
    '</header>',
    '<body>',
    '</body>',
    '<tu tuid="1">',
    '</tu>',
    '<tuv xml:lang="en">',
    '<tuv lang="uz-Cyrl">',
    '</tuv>',
    '<seg>',
    '</seg>',
    '<bpt i="1">',
    '</bpt>',
    '<ph/>',
    '<prop type="x">',
    '</prop>',
    '&amp;',
    '&a;',
    '&#0;',
    '&#x10FFFF;',
    '&',
    '<![CDATA[',
    ']]>',
    '<!--',
    '-->',
    '"',
    'text',
    'Ўзбек',
    '\r\n',
  );
  const tmxLike = fc.array(fc.oneof(fragments, fc.string({ maxLength: 6 })), { maxLength: 40 }).map((parts) => parts.join(''));

  it('parseSafeXml and readTmx on random strings: a result or an XmlError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), anyCodeUnits, tmxLike), (text) => {
        expectCleanOutcome(() => parseSafeXml(text));
        expectCleanOutcome(() => readTmx(text));
        expectCleanOutcome(() => readTmx(text, { inline: 'keep' }));
      }),
      { numRuns: 1000 },
    );
  });

  it('importTmx on random bytes: a result or a clear error', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      tmxLike.map((s) => new TextEncoder().encode(s)),
      tmxLike.map((s) => new Uint8Array([0xff, 0xfe, ...Array.from(s, (c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]).flat()])),
    );
    fc.assert(
      fc.property(bytes, (input) => {
        expectCleanOutcome(() => importTmx({ fileName: 'random.tmx', bytes: input }));
      }),
      { numRuns: 1000 },
    );
  });
});
