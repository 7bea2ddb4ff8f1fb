import { describe, expect, it } from 'vitest';
import { UsageError, parseArgs } from '../../../cli/args';

const usage = (argv: string[]) => {
  try {
    parseArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`expected a UsageError for ${argv.join(' ')}`);
};

describe('parseArgs', () => {
  it('parses align with defaults', () => {
    expect(parseArgs(['align', 'a.txt', 'b.txt'])).toEqual({
      command: { kind: 'align', files: ['a.txt', 'b.txt'], presegmented: false, format: 'tmx', quiet: false },
      warnings: [],
    });
  });

  it('parses every align option, in both --opt value and --opt=value forms, anywhere on the line', () => {
    const { command } = parseArgs([
      'align',
      '--langs=uz-cyrl,EN,ru',
      'a.txt',
      '--presegmented',
      'b.txt',
      '-f',
      'json',
      'c.txt',
      '-o',
      'out.json',
      '-q',
    ]);
    expect(command).toEqual({
      kind: 'align',
      files: ['a.txt', 'b.txt', 'c.txt'],
      langs: ['uz-Cyrl', 'en', 'ru'],
      presegmented: true,
      format: 'json',
      output: 'out.json',
      quiet: true,
    });
    expect(parseArgs(['align', 'a', 'b', '--format=TSV', '--output=x.tsv', '--quiet']).command).toMatchObject({
      format: 'tsv',
      output: 'x.tsv',
      quiet: true,
    });
  });

  it('takes file names that look like options after --', () => {
    expect(parseArgs(['align', '--', '-a.txt', '--b.txt']).command).toMatchObject({ files: ['-a.txt', '--b.txt'] });
  });

  it('handles help and version', () => {
    expect(parseArgs(['--help']).command).toEqual({ kind: 'help' });
    expect(parseArgs(['-h']).command).toEqual({ kind: 'help' });
    expect(parseArgs(['help']).command).toEqual({ kind: 'help' });
    expect(parseArgs(['help', 'align']).command).toEqual({ kind: 'help', topic: 'align' });
    expect(parseArgs(['align', '--help']).command).toEqual({ kind: 'help', topic: 'align' });
    expect(parseArgs(['align', 'a', '-h']).command).toEqual({ kind: 'help', topic: 'align' });
    expect(parseArgs(['--version']).command).toEqual({ kind: 'version' });
    expect(parseArgs(['-V']).command).toEqual({ kind: 'version' });
    expect(parseArgs(['glossary', '--help']).command).toEqual({ kind: 'help', topic: 'glossary' });
    expect(parseArgs(['help', 'glossary']).command).toEqual({ kind: 'help', topic: 'glossary' });
    expect(usage(['help', 'nope'])).toMatch(/no help on "nope"/);
  });

  it('parses glossary like align, with its own formats (json by default)', () => {
    expect(parseArgs(['glossary', 'a.txt', 'b.txt']).command).toEqual({
      kind: 'glossary',
      files: ['a.txt', 'b.txt'],
      presegmented: false,
      format: 'json',
      quiet: false,
    });
    expect(parseArgs(['glossary', 'a', 'b', 'c', '--langs', 'uz-cyrl,en,ru', '-f', 'TBX', '-o', 'g.tbx', '--presegmented']).command).toEqual({
      kind: 'glossary',
      files: ['a', 'b', 'c'],
      langs: ['uz-Cyrl', 'en', 'ru'],
      presegmented: true,
      format: 'tbx',
      output: 'g.tbx',
      quiet: false,
    });
    expect(usage(['glossary'])).toMatch(/glossary needs 2 to 4 files, got none/);
    expect(usage(['glossary', 'a', 'b', '--format', 'tmx'])).toMatch(/unknown --format "tmx" \(use json, tsv, tbx, csv\)/);
    expect(usage(['glossary', 'a', 'b', '--frob'])).toMatch(/try "qiyos help glossary"/);
  });

  it('reports missing or unknown commands and options', () => {
    expect(usage([])).toMatch(/missing command/);
    expect(usage(['allign', 'a', 'b'])).toMatch(/unknown command "allign"/);
    expect(usage(['--frobnicate'])).toMatch(/unknown option --frobnicate/);
    expect(usage(['align', 'a', 'b', '--fromat', 'json'])).toMatch(/unknown option --fromat/);
    expect(usage(['align', 'a', 'b', '--format'])).toMatch(/option --format needs a value/);
    expect(usage(['align', 'a', 'b', '-o', '--quiet'])).toMatch(/option -o needs a value/);
    expect(usage(['align', 'a', 'b', '--quiet=yes'])).toMatch(/--quiet takes no value/);
    expect(usage(['align', 'a', 'b', '-f', 'json', '--format', 'tsv'])).toMatch(/--format is given more than once/);
    expect(usage(['align', 'a', '-'])).toMatch(/standard input is not supported/);
    expect(usage(['align', 'a', 'b', '--output='])).toMatch(/--output needs a file path/);
  });

  it('needs 2 to 4 files', () => {
    expect(usage(['align'])).toBe('align needs 2 to 4 files, got none');
    expect(usage(['align', 'only.txt'])).toBe('align needs 2 to 4 files, got 1: only.txt');
    expect(usage(['align', 'a', 'b', 'c', 'd', 'e'])).toMatch(/got 5/);
    expect(parseArgs(['align', 'a', 'b', 'c', 'd']).command).toMatchObject({ files: ['a', 'b', 'c', 'd'] });
  });

  it('rejects unknown formats', () => {
    expect(usage(['align', 'a', 'b', '--format', 'xml'])).toBe('unknown --format "xml" (use tmx, json, tsv)');
  });

  it('checks --langs: one well-formed tag per file', () => {
    expect(usage(['align', 'a', 'b', '--langs', 'en'])).toBe('--langs has 1 tag for 2 files (give one per file, in order)');
    expect(usage(['align', 'a', 'b', '--langs', 'en,ru,uz-Latn'])).toMatch(/3 tags for 2 files/);
    expect(usage(['align', 'a', 'b', '--langs', 'en,'])).toMatch(/empty tag/);
    expect(usage(['align', 'a', 'b', '--langs', 'en,uz_Cyrl'])).toBe('--langs: "uz_Cyrl" is not a BCP-47 language tag (for b)');
  });

  it('accepts other well-formed tags with a warning naming the file', () => {
    const { command, warnings } = parseArgs(['align', 'a.txt', 'b.txt', '--langs', 'kk-Cyrl,uz-Latn']);
    expect(command).toMatchObject({ langs: ['kk-Cyrl', 'uz-Latn'] });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/"kk-Cyrl" is not one Qiyos knows.*\(a\.txt\)/);
  });
});

describe('--encoding', () => {
  it('takes one of the supported encodings, by name or usual alias, for all files', () => {
    expect(parseArgs(['align', 'a.txt', 'b.html', '--encoding', 'windows-1251']).command).toMatchObject({ encoding: 'windows-1251' });
    expect(parseArgs(['align', 'a.txt', 'b.txt', '-e', 'CP1251']).command).toMatchObject({ encoding: 'windows-1251' });
    expect(parseArgs(['align', 'a.txt', 'b.txt', '--encoding=KOI8-R']).command).toMatchObject({ encoding: 'koi8-r' });
    expect(parseArgs(['align', 'a.txt', 'b.txt', '--encoding', 'utf8']).command).toMatchObject({ encoding: 'utf-8' });
    expect(parseArgs(['align', 'a.txt', 'b.txt']).command).not.toHaveProperty('encoding');
  });

  it('refuses an encoding Qiyos does not read', () => {
    expect(() => parseArgs(['align', 'a.txt', 'b.txt', '--encoding', 'latin1'])).toThrow(/unknown --encoding "latin1" \(use utf-8, utf-16le, utf-16be, windows-1251, koi8-r\)/);
    expect(() => parseArgs(['align', 'a.txt', 'b.txt', '--encoding'])).toThrow(/option --encoding needs a value/);
  });
});
