import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, decodeInput, readInputFile, readInputs } from '../../../cli/readInputs';

const dir = mkdtempSync(join(tmpdir(), 'qiyos-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

async function inputError(p: Promise<unknown>): Promise<InputError> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('decodeInput', () => {
  it('decodes UTF-8 and strips a BOM', () => {
    expect(decodeInput(utf8('\uFEFFЎзбек тили\n'), 'a.txt').text).toBe('Ўзбек тили\n');
    expect(decodeInput(utf8('plain'), 'a.txt')).toEqual({ text: 'plain', title: '', format: 'text', encoding: 'utf-8', encodingConfident: true });
  });

  it('reads UTF-16 and single-byte Cyrillic, and decodes with a forced encoding', () => {
    expect(decodeInput(bytes(0xff, 0xfe, 0x41, 0x00), 'a.txt').text).toBe('A');
    expect(decodeInput(bytes(0xc1, 0xe8, 0xf0), 'a.txt')).toMatchObject({ text: 'Бир', encoding: 'windows-1251' });
    expect(decodeInput(bytes(0xc1, 0xe8, 0xf0), 'a.txt', { encoding: 'koi8-r' })).toMatchObject({ text: 'аХП', encoding: 'koi8-r' });
  });

  it('refuses empty, blank, binary and undecodable input, naming the file', () => {
    const cases: [Uint8Array, RegExp][] = [
      [bytes(), /file is empty/],
      [utf8(' \n\t\r\n'), /no text/],
      [utf8('\uFEFF'), /no text/],
      [bytes(0xff, 0xfe, 0x41), /not valid UTF-16 LE/],
      [bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0x01), /PDF/],
      [bytes(0x41, 0x00, 0x01, 0x42, 0x43), /binary.*NUL/],
      [bytes(0xef, 0xbb, 0xbf, 0xc1, 0xe8, 0xf0), /not valid UTF-8/], // a UTF-8 BOM before Windows-1251 bytes
    ];
    for (const [input, message] of cases) {
      let caught: unknown;
      try {
        decodeInput(input, 'x.txt');
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(InputError);
      expect((caught as InputError).message).toMatch(message);
      expect((caught as InputError).file).toBe('x.txt');
    }
  });
});

describe('readInputFile', () => {
  it('reads a file', async () => {
    const file = join(dir, 'ok.txt');
    writeFileSync(file, '\uFEFFSalom.\n');
    expect((await readInputFile(file)).text).toBe('Salom.\n');
    expect((await readInputs([file, file])).map((d) => d.text)).toEqual(['Salom.\n', 'Salom.\n']);
  });

  it('reads an HTML page as its article text', async () => {
    const file = join(dir, 'page.html');
    writeFileSync(file, '<!doctype html><title>T</title><nav>Home News</nav><article><h1>T</h1><p>Salom, dunyo.</p></article>');
    expect(await readInputFile(file)).toMatchObject({ format: 'html', title: 'T', text: 'T\n\nSalom, dunyo.' });
  });

  it('names missing files and directories', async () => {
    const missing = join(dir, 'missing.txt');
    const e1 = await inputError(readInputFile(missing));
    expect(e1.message).toBe('no such file');
    expect(e1.file).toBe(missing);

    const sub = join(dir, 'sub');
    mkdirSync(sub);
    const e2 = await inputError(readInputFile(sub));
    expect(e2.message).toMatch(/is a directory/);
    expect(e2.file).toBe(sub);
  });

  it('stops at the first bad file', async () => {
    const ok = join(dir, 'ok2.txt');
    const empty = join(dir, 'empty.txt');
    writeFileSync(ok, 'a');
    writeFileSync(empty, '');
    const e = await inputError(readInputs([ok, empty, join(dir, 'nope')]));
    expect(e.file).toBe(empty);
  });
});
