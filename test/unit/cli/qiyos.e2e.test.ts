// End-to-end tests of the built CLI: `node cli/qiyos.mjs align …` on the real fixtures.
// Needs shared/pipeline.ts and the aligner (other engineers' work) to build and run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreAlignment, type GoldAlignment } from '../../../shared/eval/scoreAlignment';
import { prepareDocument } from '../../../shared/pipeline';
import { needXmllint, runXmllint, runXmllintFile } from '../tmx/xmllint';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (name: string) => join(root, 'test/fixtures', name);
const UZ = fixture('000_b7c3d78e2906be7b.txt');
const EN = fixture('002_35fe524f1063af29.txt');
const RU = fixture('001_3aea3366a85cbd5f.txt');
const gold = JSON.parse(readFileSync(fixture('seed-000-uzCyrl__002-en.json'), 'utf8')) as GoldAlignment & {
  src: { sentences: string[] };
  tgt: { sentences: string[] };
};

let tmp = '';
let goldUz = '';
let goldEn = '';

beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building the CLI failed:\n${build.stderr}`);
  tmp = mkdtempSync(join(tmpdir(), 'qiyos-cli-'));
  goldUz = join(tmp, 'gold-uz.txt');
  goldEn = join(tmp, 'gold-en.txt');
  // Blank lines in between: presegmented indices count non-blank lines only.
  writeFileSync(goldUz, `\uFEFF${gold.src.sentences.join('\n\n')}\n`);
  writeFileSync(goldEn, `${gold.tgt.sentences.join('\r\n')}\r\n`);
}, 60_000);
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function qiyos(...args: string[]) {
  const r = spawnSync(process.execPath, ['cli/qiyos.mjs', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonOut {
  beads: { cells: number[][]; score: number }[];
}

/**
 * One cell per file in each bead; every index 0..count-1 of every file exactly once; beads in
 * document order: per file, cells ascend and each non-empty cell starts after the previous one.
 * (Not plain concatenation order: boilerplate between the sentences of a 2-1 bead follows that
 * bead, see alignDocuments.)
 */
function expectCoverage(out: JsonOut, counts: number[]) {
  for (const bead of out.beads) {
    expect(bead.cells).toHaveLength(counts.length);
    expect(bead.cells.some((c) => c.length > 0)).toBe(true);
    expect(typeof bead.score).toBe('number');
  }
  counts.forEach((count, d) => {
    const cells = out.beads.map((b) => b.cells[d]!).filter((c) => c.length > 0);
    for (const cell of cells) expect(cell).toEqual([...cell].sort((a, b) => a - b));
    const starts = cells.map((c) => c[0]!);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(starts).size).toBe(starts.length);
    const seen = cells.flat().sort((a, b) => a - b);
    expect(seen).toEqual(Array.from({ length: count }, (_, i) => i));
  });
}

const segmentCount = (file: string) => prepareDocument(readFileSync(file, 'utf8')).segments.length;

describe('qiyos align (built CLI)', () => {
  it('writes JSON covering every sentence of each file exactly once, in order', () => {
    const r = qiyos('align', UZ, EN, '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith('}\n')).toBe(true);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(Object.keys(out)).toEqual(['beads']);
    expectCoverage(out, [segmentCount(UZ), segmentCount(EN)]);
  });

  it('with --presegmented uses the non-blank line indices, and aligns the gold with F1 >= 0.9', () => {
    const r = qiyos('align', goldUz, goldEn, '--presegmented', '--langs', 'uz-Cyrl,en', '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as JsonOut;
    expectCoverage(out, [gold.src.sentences.length, gold.tgt.sentences.length]);
    const score = scoreAlignment(out.beads, gold);
    expect(score.f1, JSON.stringify(score)).toBeGreaterThanOrEqual(0.9);
  });

  it('writes TMX that xmllint accepts, with the files as documents', (ctx) => {
    const file = join(tmp, 'out.tmx');
    const r = qiyos('align', UZ, EN, '-o', file, '--quiet');
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    if (!needXmllint()) return ctx.skip();
    expect(runXmllintFile(file)).toEqual({ ok: true, stderr: '' });
    const xml = readFileSync(file, 'utf8');
    expect(runXmllint(xml, true)).toEqual({ ok: true, stderr: '' });
    const tmx = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' }).parse(xml);
    expect(tmx.tmx.header['@_srclang']).toBe('uz-Cyrl');
    expect(tmx.tmx.header['@_creationtoolversion']).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
    expect(xml).toContain(`<prop type="x-qiyos-document">${basename(UZ)}</prop>`);
    expect(xml).toContain(`<prop type="x-qiyos-document">${basename(EN)}</prop>`);
  });

  it('writes TMX to stdout by default', (ctx) => {
    const r = qiyos('align', goldUz, goldEn, '--presegmented');
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    if (!needXmllint()) return ctx.skip();
    expect(runXmllint(r.stdout, true)).toEqual({ ok: true, stderr: '' });
  });

  it('writes TSV with a header and one line per bead', () => {
    const json = JSON.parse(qiyos('align', UZ, EN, '--langs', 'uz-Cyrl,en', '-f', 'json').stdout) as JsonOut;
    const r = qiyos('align', UZ, EN, '--langs', 'uz-Cyrl,en', '--format', 'tsv');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe('uz-Cyrl\ten\tscore');
    expect(lines).toHaveLength(json.beads.length + 1);
    for (const line of lines) expect(line.split('\t')).toHaveLength(3);
  });

  it('strips the BOM and keeps the text of presegmented lines exactly', () => {
    const r = qiyos('align', goldUz, goldEn, '--presegmented', '--langs', 'uz-Cyrl,en', '-f', 'tsv');
    const cells = r.stdout
      .split('\n')
      .slice(1, -1)
      .map((l) => l.split('\t')[0]!)
      .filter((c) => c !== '');
    expect(cells.join(' ')).toBe(gold.src.sentences.join(' '));
  });

  it('aligns three files, with *all* as TMX srclang', () => {
    const json = JSON.parse(qiyos('align', UZ, EN, RU, '--langs', 'uz-Cyrl,en,ru', '-f', 'json').stdout) as JsonOut;
    expectCoverage(json, [segmentCount(UZ), segmentCount(EN), segmentCount(RU)]);
    const tmx = qiyos('align', UZ, EN, RU, '--langs', 'uz-Cyrl,en,ru');
    expect(tmx.code).toBe(0);
    expect(tmx.stdout).toContain('srclang="*all*"');
  });

  it('-o replaces an existing file and leaves no temporary file behind', () => {
    const dir = mkdtempSync(join(tmp, 'o-'));
    const file = join(dir, 'out.json');
    writeFileSync(file, 'old');
    const r = qiyos('align', UZ, EN, '-f', 'json', '-o', file);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toHaveProperty('beads');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });
});

describe('qiyos errors (built CLI)', () => {
  const write = (name: string, content: string | Uint8Array) => {
    const file = join(tmp, name);
    writeFileSync(file, content);
    return file;
  };

  it.each([
    ['a missing file', () => [UZ, join(tmp, 'missing.txt')], /^qiyos: no such file \(.*missing\.txt\)$/m],
    ['an empty file', () => [write('empty.txt', ''), EN], /^qiyos: the file is empty \(.*empty\.txt\)$/m],
    [
      'a binary file',
      () => [UZ, write('doc.bin', new Uint8Array([0x41, 0x42, 0x00, 0x01, 0x02, 0x43, 0x44]))],
      /^qiyos: the file looks binary .* \(.*doc\.bin\)$/m,
    ],
    [
      'a damaged DOCX',
      () => [UZ, write('report.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]))],
      /^qiyos: the file is not a readable DOCX .* \(.*report\.docx\)$/m,
    ],
    ['a directory', () => [UZ, tmp], /^qiyos: is a directory, not a text file \(.*\)$/m],
  ])('exits 1 for %s, naming it', (_, files, message) => {
    const r = qiyos('align', ...files());
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it.each([
    ['one file only', [UZ], /align needs 2 to 4 files, got 1/],
    ['a --langs count mismatch', [UZ, EN, '--langs', 'uz-Cyrl'], /--langs has 1 tag for 2 files/],
    ['an ill-formed --langs tag', [UZ, EN, '--langs', 'uz-Cyrl,english!'], /"english!" is not a BCP-47 language tag/],
    ['an unknown --format', [UZ, EN, '--format', 'docx'], /unknown --format "docx"/],
    ['an unknown option', [UZ, EN, '--fast'], /unknown option --fast/],
  ])('exits 2 for %s', (_, args, message) => {
    const r = qiyos('align', ...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('exits 1 when the output directory is missing, and writes nothing', () => {
    const r = qiyos('align', UZ, EN, '-o', join(tmp, 'nope', 'out.tmx'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^qiyos: output directory does not exist \(.*nope\)$/m);
  });

  it('warns about a language it has no rules for, but aligns', () => {
    const r = qiyos('align', UZ, EN, '--langs', 'uz-Cyrl,de', '-f', 'json');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^qiyos: warning: language "de" is not one Qiyos knows/m);
    expect(qiyos('align', UZ, EN, '--langs', 'uz-Cyrl,de', '-f', 'json', '--quiet').stderr).toBe('');
  });

  it('answers --help, help align, --version and glossary', () => {
    expect(qiyos('--help')).toMatchObject({ code: 0, stderr: '' });
    expect(qiyos('help', 'align').stdout).toMatch(/--presegmented/);
    expect(qiyos('--version').stdout).toMatch(/^qiyos \d+\.\d+\.\d+$/m);
    expect(qiyos('glossary')).toMatchObject({ code: 2, stdout: '' });
    expect(qiyos('help', 'glossary').stdout).toMatch(/--format FMT +json \(default\), tsv, tbx or csv/);
  });
});

describe('qiyos glossary (built CLI)', () => {
  interface GlossaryJson {
    concepts: { type: string; score: number; terms: Record<string, string[]> }[];
  }

  it('prints the documented JSON with Mirziyoyev linked across scripts', () => {
    const r = qiyos('glossary', UZ, EN, '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as GlossaryJson;
    expect(Object.keys(out)).toEqual(['concepts']);
    for (const c of out.concepts) {
      expect(Object.keys(c)).toEqual(['type', 'score', 'terms']);
      expect(['person', 'post', 'organisation', 'place', 'event', 'other']).toContain(c.type);
    }
    const scores = out.concepts.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const mirziyoyev = out.concepts.find((c) => c.terms['uz-Cyrl']?.includes('Шавкат Мирзиёев'));
    expect(mirziyoyev).toMatchObject({ type: 'person', terms: { en: ['Shavkat Mirziyoyev', 'Sh. Mirziyoyev'] } });
    const residence = out.concepts.find((c) => c.terms['uz-Cyrl']?.includes('Кўксарой қароргоҳи'));
    expect(residence?.terms.en).toEqual(['Kuksaroy residence']);
  });

  it('writes TSV for OmegaT and well-formed TBX to a file', () => {
    const tsv = qiyos('glossary', UZ, EN, '-f', 'tsv');
    expect(tsv.code).toBe(0);
    expect(tsv.stdout).toMatch(/^Шавкат Мирзиёев\tShavkat Mirziyoyev\tperson; score [\d.]+; also: Sh\. Mirziyoyev$/m);
    const out = join(tmp, 'names.tbx');
    expect(qiyos('glossary', UZ, EN, '-f', 'tbx', '-o', out)).toMatchObject({ code: 0, stdout: '' });
    const tbx = readFileSync(out, 'utf8');
    expect(tbx).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<martif type="TBX-Basic"/);
    expect(tbx).toContain('<term>Kuksaroy residence</term>');
    if (needXmllint()) expect(runXmllintFile(out)).toMatchObject({ ok: true });
  });

  it('writes CSV with a language header and one line per concept', () => {
    const csv = qiyos('glossary', UZ, EN, '-f', 'csv');
    expect(csv.code).toBe(0);
    const lines = csv.stdout.split('\r\n');
    expect(lines[0]).toBe('type,uz-Cyrl,en,note');
    expect(lines).toContainEqual(expect.stringMatching(/^person,Шавкат Мирзиёев,"Shavkat Mirziyoyev; Sh\. Mirziyoyev",$/));
  });
});

describe('qiyos align on saved pages and other encodings (built CLI)', () => {
  const page = fixture('html/sputnik-000.html');

  it('aligns an HTML page with a UTF-16 text file, segmenting the page like the text', () => {
    const en16 = join(tmp, 'xinhua-utf16.txt');
    const en = readFileSync(EN, 'utf8');
    writeFileSync(en16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(en, 'utf16le')]));
    const r = qiyos('align', page, en16, '--format', 'tsv');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('uz-Cyrl\ten\tscore');
    expect(r.stdout).toMatch(/Кўксарой қароргоҳида[^\n]*\tAs reported, on Saturday, private talks/);
    expect(r.stdout).not.toContain('Бош саҳифа');
  });

  it('decodes all files with --encoding, and warns when it had to guess', () => {
    const ru1251 = join(tmp, 'ru-1251.txt');
    const ru = readFileSync(RU, 'utf8').replace(/[^\u0000-\u007f\u0400-\u045f«»–№]/g, '');
    writeFileSync(ru1251, new Uint8Array(spawnSync('iconv', ['-f', 'UTF-8', '-t', 'CP1251'], { input: ru }).stdout ?? []));
    if (readFileSync(ru1251).length === 0) return; // no iconv on this system
    const forced = qiyos('align', ru1251, ru1251, '--encoding', 'cp1251', '--format', 'json');
    expect(forced).toMatchObject({ code: 0, stderr: '' });
    const wrong = qiyos('align', ru1251, EN, '--encoding', 'utf-8');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/^qiyos: the file is not valid UTF-8 \(first bad byte on line 1\); try another encoding \(.*ru-1251\.txt\)$/m);
    const short = join(tmp, 'short-1251.txt');
    writeFileSync(short, new Uint8Array([0xc4, 0xe0, 0x2e])); // "Да."
    expect(qiyos('align', short, EN, '--format', 'json').stderr).toMatch(/warning: text encoding guessed as windows-1251; pass --encoding if that is wrong \(.*short-1251\.txt\)/);
  });
});
