/**
 * Our TMX against real readers, not only our own parser: libxml2 (well-formed and valid against the
 * TMX 1.4b DTD), Debian's translate-toolkit, and OmegaT pre-translating a project from tm/auto.
 * The file is the real pipeline's output for the seed pair 000 (uz-Cyrl) ↔ 002 (en).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alignDocuments } from '../../../shared/align/alignDocuments';
import { prepareDocument, type PreparedDocument } from '../../../shared/pipeline';
import { readTmx } from '../../../shared/tmx/readTmx';
import { tmxToProject } from '../../../shared/tmx/tmxToProject';
import { writeTmx, type TmxUnitInput } from '../../../shared/tmx/writeTmx';
import { need, omegaT, translateToolkit } from './realReaders';
import { needXmllint, runXmllint } from './xmllint';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');

let uz: PreparedDocument;
let en: PreparedDocument;
let units: TmxUnitInput[];
/** The units the files hold: paired beads, as the writer joins them. */
let pairs: { uz: string; en: string }[];
/** The pairs with one Uzbek sentence: OmegaT segments a paragraph into sentences with its own rules. */
let singleSentencePairs: { uz: string; en: string }[];
const work = mkdtempSync(join(tmpdir(), 'qiyos-readers-'));

function exportSeed(options: { regionCodes?: boolean } = {}): string {
  return writeTmx({
    columns: [
      { lang: uz.lang, documentName: '000_b7c3d78e2906be7b.txt' },
      { lang: en.lang, documentName: '002_35fe524f1063af29.txt' },
    ],
    units,
    options: { creationDate: '2025-11-15T12:00:00Z', toolVersion: '0.1.0', ...options },
  }).xml;
}

beforeAll(() => {
  uz = prepareDocument(fixture('000_b7c3d78e2906be7b.txt'));
  en = prepareDocument(fixture('002_35fe524f1063af29.txt'));
  const docs = [uz, en];
  const beads = alignDocuments(docs.map((d) => ({ lang: d.lang, segments: d.segments.map((s) => ({ text: s.text, kind: s.kind })) })));
  units = beads.map((b) => ({ cells: b.cells.map((cell, c) => cell.map((k) => docs[c]!.segments[k]!.text)), score: b.score, status: 'auto' }));
  const paired = units.filter((u) => u.cells.every((c) => c.length > 0));
  pairs = paired.map((u) => ({ uz: u.cells[0]!.join(' '), en: u.cells[1]!.join(' ') }));
  singleSentencePairs = paired.filter((u) => u.cells[0]!.length === 1).map((u) => ({ uz: u.cells[0]![0]!, en: u.cells[1]!.join(' ') }));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the seed alignment exported as TMX', () => {
  it('has the expected languages and the anchor pair', () => {
    expect([uz.lang, en.lang]).toEqual(['uz-Cyrl', 'en']);
    expect(pairs.length).toBeGreaterThan(6);
    const anchor = pairs.find((p) => p.uz.includes('Кўксарой қароргоҳида'));
    expect(anchor?.en).toMatch(/^As reported, on Saturday, private talks/);
  });

  it('reads back through our own reader unchanged', () => {
    const parsed = readTmx(exportSeed());
    expect(parsed.languages).toEqual(['uz-Cyrl', 'en']);
    expect(parsed.units.map((u) => ({ uz: u.segs['uz-Cyrl'], en: u.segs.en }))).toEqual(pairs);
  });

  it('is well-formed and valid TMX 1.4b for xmllint, with and without region codes', (ctx) => {
    if (!needXmllint()) return ctx.skip();
    expect(runXmllint(exportSeed())).toEqual({ ok: true, stderr: '' });
    expect(runXmllint(exportSeed(), true)).toEqual({ ok: true, stderr: '' });
    expect(runXmllint(exportSeed({ regionCodes: true }), true)).toEqual({ ok: true, stderr: '' });
  });

  it("is read by translate-toolkit's TMX store with the expected units and languages", (ctx) => {
    const tool = translateToolkit();
    if (!need(tool)) return ctx.skip();
    const file = join(work, 'seed.tmx');
    writeFileSync(file, exportSeed());
    const script = [
      'import json, sys',
      'from translate.storage import tmx',
      'XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"',
      'with open(sys.argv[1], "rb") as f:',
      '    store = tmx.tmxfile(f, "uz-Cyrl", "en")',
      'langs = sorted({tuv.get(XML_LANG) for tuv in store.document.iter("tuv")})',
      'units = [{"id": u.getid(), "source": u.source, "target": u.target} for u in store.units]',
      'print(json.dumps({"langs": langs, "units": units}, ensure_ascii=False))',
    ].join('\n');
    const run = spawnSync(tool.command!, ['-c', script, file], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    const read = JSON.parse(run.stdout) as { langs: string[]; units: { id: string; source: string; target: string }[] };
    expect(read.langs).toEqual(['en', 'uz-Cyrl']);
    expect(read.units.map((u) => u.id)).toEqual(pairs.map((_, i) => String(i + 1)));
    expect(read.units.map((u) => ({ uz: u.source, en: u.target }))).toEqual(pairs);
  });

  describe('OmegaT 3.6 (console-translate with our TMX in tm/auto)', () => {
    function omegatProject(name: string, tmx: string, sourceLang: string, targetLang: string): string {
      const dir = join(work, name);
      for (const sub of ['source', 'target', 'tm/auto', 'glossary', 'dictionary', 'omegat']) mkdirSync(join(dir, sub), { recursive: true });
      writeFileSync(
        join(dir, 'omegat.project'),
        `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>${sourceLang}</source_lang>
    <target_lang>${targetLang}</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneRussianTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
    <sentence_seg>true</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
`,
      );
      // The source document: the Uzbek side of each unit as its own paragraph (OmegaT's text filter
      // makes a paragraph of each block separated by an empty line).
      writeFileSync(join(dir, 'source', 'report.txt'), `${singleSentencePairs.map((p) => p.uz).join('\n\n')}\n`);
      writeFileSync(join(dir, 'tm', 'auto', 'qiyos.tmx'), tmx);
      return dir;
    }

    function translate(dir: string): string {
      const run = spawnSync(omegaT().command!, [dir, '--mode=console-translate', `--config-dir=${join(dir, '.config')}`, '--disable-project-locking', '--no-team', '--quiet'], {
        encoding: 'utf8',
        timeout: 90_000,
        env: { ...process.env, JAVA_TOOL_OPTIONS: '-Djava.awt.headless=true' },
      });
      expect(run.error, run.stderr).toBeUndefined();
      expect(run.status, run.stderr).toBe(0);
      return readFileSync(join(dir, 'target', 'report.txt'), 'utf8');
    }

    const cases = [
      ['plain tags (uz-Cyrl, en)', false, 'uz-Cyrl', 'en'],
      ['region codes (uz-Cyrl-UZ, en-US)', true, 'uz-Cyrl-UZ', 'en-US'],
    ] as const;
    for (const [name, regionCodes, sourceLang, targetLang] of cases) it(`pre-translates every Uzbek sentence with its English counterpart: ${name}`, (ctx) => {
      if (!need(omegaT())) return ctx.skip();
      const dir = omegatProject(regionCodes ? 'omegat-region' : 'omegat-plain', exportSeed({ regionCodes }), sourceLang, targetLang);
      const target = translate(dir);
      const paragraphs = target.trim().split(/\n\n/);
      expect(singleSentencePairs.length).toBeGreaterThan(5);
      expect(paragraphs).toEqual(singleSentencePairs.map((p) => p.en));
      expect(target).not.toMatch(/[\u0400-\u04FF]/);

      // OmegaT also exports the project's translations as TMX: a file written by another tool,
      // which our reader must turn into the same pairs.
      const exported = readdirSync(dir).find((f) => f.endsWith('-omegat.tmx'));
      expect(exported, `OmegaT's exported TMX in ${dir}`).toBeDefined();
      const parsed = readTmx(readFileSync(join(dir, exported!), 'utf8'));
      expect(parsed.header.attrs.creationtool).toBe('OmegaT');
      const project = tmxToProject(parsed);
      expect(project.documents.map((d) => d.lang)).toEqual(['uz-Cyrl', 'en']);
      const imported = project.beads.map((b) => ({ uz: project.documents[0]!.segments[b.cells[0]![0]!]!.text, en: project.documents[1]!.segments[b.cells[1]![0]!]!.text }));
      const byUz = (a: { uz: string }, b: { uz: string }) => a.uz.localeCompare(b.uz);
      expect([...imported].sort(byUz)).toEqual([...singleSentencePairs].sort(byUz));
    }, 120_000);
  });
});
