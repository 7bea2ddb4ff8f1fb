/**
 * Every importer, fed random bytes or text shaped like its format: it returns a result or throws its
 * own clear error (with a message), never another exception, and finishes (vitest's timeout is the
 * hang guard). Format-specific properties live beside each importer's tests.
 */
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readGlossaryFile } from '../../../glossary/importGlossary';
import { GlossaryImportError } from '../../../glossary/importErrors';
import { ImportError } from '../../../shared/import/errors';
import { importDocument } from '../../../shared/import/importDocument';
import { readSrx } from '../../../shared/srx/readSrx';
import { importTmx } from '../../../shared/tmx/importTmx';
import { XmlError } from '../../../shared/xml/safeXml';

type ErrorClass = abstract new (...args: never[]) => Error;

/** Runs `read`; an error must be one of `allowed` and say something. */
function expectResultOrClearError(read: () => unknown, allowed: ErrorClass[]): void {
  try {
    read();
  } catch (error) {
    if (!allowed.some((type) => error instanceof type)) throw error;
    expect((error as Error).message.trim()).not.toBe('');
  }
}

const encode = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...Array.from(text, (c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]).flat()]);

/** Text built from a format's own pieces plus noise, so the readers get past their first check. */
function shaped(pieces: string[]): fc.Arbitrary<string> {
  const noise = fc.constantFrom('&', '&amp;', '&#0;', '&x;', '<![CDATA[', ']]>', '<!--', '-->', '"', "'", '\r\n', '\t', '\u0000', '\uD800', 'Ўзбек', 'oʻzbek', ';', ',', '\n');
  return fc.array(fc.oneof(fc.constantFrom(...pieces), noise, fc.string({ maxLength: 6 })), { maxLength: 40 }).map((parts) => parts.join(''));
}

/** Random bytes, the shaped text as UTF-8 and as UTF-16 with a BOM. */
function bytesOf(text: fc.Arbitrary<string>): fc.Arbitrary<Uint8Array> {
  return fc.oneof(fc.uint8Array({ maxLength: 400 }), text.map(encode), text.map(utf16le));
}

const RUNS = { numRuns: 300 };

describe('every importer, on random input, gives a result or its own clear error', () => {
  it('documents (text, Markdown, HTML, DOCX) → ImportError', () => {
    const html = shaped(['<!DOCTYPE html>', '<html>', '<article>', '</article>', '<p>', '</p>', '<script>', '<title>', '<br>', '<!--']);
    const docxXml = shaped(['<w:document xmlns:w="x">', '<w:body>', '<w:p>', '</w:p>', '<w:t>', '</w:t>', '<w:tab/>', '<!DOCTYPE', '<!ENTITY a "b">', '&a;']);
    const input = fc.oneof(
      fc.tuple(bytesOf(html), fc.constantFrom('a.html', 'a.htm', 'a.txt', 'a.md', 'noextension')),
      fc.tuple(bytesOf(shaped(['# ', '## ', '* ', '[a](b)', '```', '> ', '\n\n'])), fc.constantFrom('a.md', 'a.markdown', 'a.txt')),
      fc.tuple(docxXml.map((xml) => zipSync({ 'word/document.xml': strToU8(xml), 'docProps/core.xml': strToU8(`<dc:title>${xml}</dc:title>`) })), fc.constantFrom('a.docx', 'a.txt')),
    );
    fc.assert(fc.property(input, ([bytes, name]) => expectResultOrClearError(() => importDocument(bytes, name), [ImportError])), RUNS);
  });

  it('TMX → XmlError (or RangeError for a file with nothing to import)', () => {
    const tmx = shaped(['<?xml version="1.0"?>', '<tmx version="1.4">', '</tmx>', '<header srclang="en"/>', '<body>', '</body>', '<tu>', '</tu>', '<tuv xml:lang="en">', '<tuv xml:lang="uz-Cyrl">', '</tuv>', '<seg>', '</seg>', '<bpt i="1">', '</bpt>']);
    fc.assert(fc.property(bytesOf(tmx), (bytes) => expectResultOrClearError(() => importTmx({ fileName: 'r.tmx', bytes }), [XmlError, RangeError])), RUNS);
  });

  it('SRX → XmlError', () => {
    const srx = shaped(['<srx version="2.0" xmlns="http://www.lisa.org/srx20">', '</srx>', '<header segmentsubflows="yes" cascade="no"/>', '<body>', '</body>', '<languagerules>', '</languagerules>', '<languagerule languagerulename="uz">', '</languagerule>', '<rule break="no">', '</rule>', '<beforebreak>', '</beforebreak>', '<afterbreak>', '</afterbreak>', '\\s', '[.!?]', '(', ')', '<maprules>', '<languagemap languagepattern="uz.*" languagerulename="uz"/>', '</maprules>']);
    fc.assert(fc.property(srx, (text) => expectResultOrClearError(() => readSrx(text), [XmlError])), RUNS);
  });

  it('TBX and CSV/TSV glossaries → GlossaryImportError', () => {
    const tbx = shaped(['<?xml version="1.0"?>', '<tbx type="TBX-Basic" xml:lang="en">', '</tbx>', '<text>', '</text>', '<body>', '</body>', '<conceptEntry id="c1">', '</conceptEntry>', '<termEntry>', '</termEntry>', '<langSec xml:lang="uz-Cyrl">', '<langSet xml:lang="en">', '</langSec>', '</langSet>', '<termSec>', '</termSec>', '<tig>', '</tig>', '<term>', '</term>']);
    const csv = shaped(['uz-Cyrl,uz-Latn,ru,en\n', 'uz-Cyrl\ten\n', '"a ""b"" c"', 'Шавкат Мирзиёев', 'Shavkat Mirziyoyev', 'Президент', ',', '\t', '\n']);
    const input = fc.oneof(fc.tuple(bytesOf(tbx), fc.constantFrom('g.tbx', 'g.xml')), fc.tuple(bytesOf(csv), fc.constantFrom('g.csv', 'g.tsv', 'g.txt')));
    fc.assert(fc.property(input, ([bytes, name]) => expectResultOrClearError(() => readGlossaryFile(name, bytes), [GlossaryImportError])), RUNS);
  });
});
