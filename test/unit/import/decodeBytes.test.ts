import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes, firstInvalidUtf8, SUPPORTED_ENCODINGS } from '../../../shared/import/decodeBytes';
import { MAX_IMPORT_BYTES } from '../../../shared/import/errors';
import { SEED_FILES, readSeed, type SeedId } from '../text/seeds';
import { BOM, concat, representable, singleByteEncoder, utf16, utf8 } from './encoders';
import { importError } from './importError';

const seedIds = Object.keys(SEED_FILES) as SeedId[];
const cp1251 = singleByteEncoder('windows-1251');
const koi8 = singleByteEncoder('koi8-r');

describe('decodeBytes: Unicode', () => {
  it.each(seedIds)('reads seed %s in UTF-8 and UTF-16 LE/BE, with and without a BOM', (id) => {
    const text = readSeed(id);
    const cases: [Uint8Array, string][] = [
      [utf8(text), 'utf-8'],
      [concat(BOM['utf-8'], utf8(text)), 'utf-8'],
      [utf16(text, 'le', true), 'utf-16le'],
      [utf16(text, 'be', true), 'utf-16be'],
      [utf16(text, 'le'), 'utf-16le'],
      [utf16(text, 'be'), 'utf-16be'],
    ];
    for (const [bytes, encoding] of cases) {
      expect(decodeBytes(bytes)).toEqual({ text, encoding, confident: true });
    }
  });

  it('takes pure ASCII as UTF-8', () => {
    expect(decodeBytes(utf8('Salom, dunyo.\n'))).toEqual({ text: 'Salom, dunyo.\n', encoding: 'utf-8', confident: true });
  });
});

describe('decodeBytes: Windows-1251 and KOI8-R', () => {
  it.each(['001', '000'] as const)('tells Windows-1251 from KOI8-R in seed %s', (id) => {
    const text = readSeed(id);
    expect(decodeBytes(cp1251(text))).toEqual({ text: representable(text, 'windows-1251'), encoding: 'windows-1251', confident: true });
    expect(decodeBytes(koi8(text))).toEqual({ text: representable(text, 'koi8-r'), encoding: 'koi8-r', confident: true });
  });

  it('tells them apart sentence by sentence in the Russian seed', () => {
    const sentences = readSeed('001').split('\n').filter((l) => l.length > 40);
    for (const sentence of sentences) {
      expect(decodeBytes(cp1251(sentence)).encoding, sentence).toBe('windows-1251');
      expect(decodeBytes(koi8(sentence)).encoding, sentence).toBe('koi8-r');
    }
  });

  it('matches iconv, where the system has it', (ctx) => {
    if (!existsSync('/usr/bin/iconv')) return ctx.skip();
    const text = readSeed('001').replace(/[^\u0000-\u007f\u0400-\u045f«»–—№]/g, '');
    expect(decodeBytes(new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'CP1251'], { input: text })))).toMatchObject({ text, encoding: 'windows-1251' });
    const koiText = text.replace(/[«»]/g, '"').replace(/[–—]/g, '-').replace(/№/g, 'N');
    expect(decodeBytes(new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'KOI8-R'], { input: koiText })))).toMatchObject({ text: koiText, encoding: 'koi8-r' });
  });

  it('says when a short text makes the choice a guess', () => {
    expect(decodeBytes(cp1251('Да.'))).toMatchObject({ text: 'Да.', confident: false });
  });
});

describe('decodeBytes: the user overrides the encoding', () => {
  const text = readSeed('001');

  it('decodes with the encoding given, whatever detection would say', () => {
    const bytes = cp1251(text);
    expect(decodeBytes(bytes, { encoding: 'koi8-r' })).toEqual({ text: new TextDecoder('koi8-r').decode(bytes), encoding: 'koi8-r', confident: true });
    expect(decodeBytes(koi8(text), { encoding: 'koi8-r' }).text).toBe(representable(text, 'koi8-r'));
    expect(decodeBytes(utf16(text, 'be', true), { encoding: 'utf-16be' }).text).toBe(text);
  });

  it('reports bytes that are not valid in the chosen encoding, with the line', () => {
    const bytes = concat(utf8('Салом.\nБир.\n'), cp1251('Да.'));
    const error = importError(() => decodeBytes(bytes, { encoding: 'utf-8' }));
    expect(error).toMatchObject({ problem: 'undecodable', line: 3 });
    expect(error.message).toMatch(/not valid UTF-8 \(first bad byte on line 3\)/);
    expect(importError(() => decodeBytes(utf8('abc'), { encoding: 'utf-16le' })).message).toMatch(/not valid UTF-16 LE \(it has an odd number of bytes\)/);
  });

  it('lists five encodings', () => {
    expect(SUPPORTED_ENCODINGS).toEqual(['utf-8', 'utf-16le', 'utf-16be', 'windows-1251', 'koi8-r']);
  });
});

describe('decodeBytes: bad input', () => {
  it.each([
    ['empty', new Uint8Array(0), /^The file is empty$/],
    ['empty', utf8(' \n\t \r\n'), /no text \(only white space\)/],
    ['empty', utf16('   ', 'le', true), /no text/],
    ['binary', new Uint8Array([0x41, 0x42, 0x00, 0x17, 0x43]), /looks binary \(it contains NUL bytes\)/],
    ['binary', utf8('%PDF-1.7\n%âãÏÓ\n'), /a PDF file/],
    ['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), /PNG image/],
    ['binary', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x20]), /Word 97–2003/],
    ['binary', utf8('text\u0001\u0002\u0003\u0004\u0005\u0006 with controls'), /full of control characters/],
    ['undecodable', concat(BOM['utf-8'], cp1251('Привет')), /not valid UTF-8/],
    ['undecodable', concat(BOM['utf-16le'], [0x00, 0xd8, 0x41, 0x00]), /not valid UTF-16 LE \(it has a broken surrogate pair\)/],
  ] as const)('refuses %s input (case %#)', (problem, bytes, message) => {
    const error = importError(() => decodeBytes(bytes));
    expect(error.problem).toBe(problem);
    expect(error.message).toMatch(message);
  });

  it('refuses more than 50 MB before decoding anything', () => {
    const started = performance.now();
    const error = importError(() => decodeBytes(new Uint8Array(MAX_IMPORT_BYTES + 1)));
    expect(error.problem).toBe('too-large');
    expect(error.message).toBe('The file is too large (50.0 MB); Qiyos imports files up to 50.0 MB');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('firstInvalidUtf8', () => {
  it('finds the first byte that breaks UTF-8, and accepts what TextDecoder accepts', () => {
    expect(firstInvalidUtf8(utf8('Ўзбек'))).toBe(10);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1); // overlong
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // a surrogate
    expect(firstInvalidUtf8(new Uint8Array([0xf0, 0x9f, 0x98, 0x80]))).toBe(4); // 😀
  });
});
