/**
 * TMX benchmark (`npm run bench` runs it after the others): writing a 100,000-unit TMX (writeTmx)
 * and importing one (importTmx: decode, guarded parse, build documents and beads). Each is measured
 * in a fresh Node process so that its peak RSS is its own; the import reads the file the export
 * wrote, so its process never holds the writer's data. `--compare` adds the one-tree reader
 * (readTmxWhole, what readTmx falls back to for malformed files) for reference.
 * Prints a markdown table and rewrites the bench:tmx section of bench/RESULTS.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { importTmx } from '../shared/tmx/importTmx';
import { readTmxWhole } from '../shared/tmx/readTmx';
import { tmxToProject } from '../shared/tmx/tmxToProject';
import { decodeXmlBytes } from '../shared/xml/decodeXml';
import { writeTmx, type TmxInput } from '../shared/tmx/writeTmx';

const root = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = `${root}bench/RESULTS.md`;
const START = '<!-- bench:tmx:start -->';
const END = '<!-- bench:tmx:end -->';
const UNITS = 100_000;
const MB = 1024 * 1024;
const FILE = `${os.tmpdir()}/qiyos-tmx-bench-${UNITS}.tmx`;

type Kind = 'export' | 'import' | 'import-whole';

interface Measurement {
  ms: number;
  units: number;
  bytes: number;
  baselineRssMb: number;
  peakRssMb: number;
}

/** 100,000 units cycling through the seed gold pairs (uz-Cyrl ↔ en), each made distinct by its number. */
function input(): TmxInput {
  const gold = JSON.parse(readFileSync(`${root}test/fixtures/seed-000-uzCyrl__002-en.json`, 'utf8')) as {
    src: { sentences: string[] };
    tgt: { sentences: string[] };
    sure: [number[], number[]][];
  };
  const pairs = gold.sure.map(([s, t]) => [s.map((i) => gold.src.sentences[i]!).join(' '), t.map((i) => gold.tgt.sentences[i]!).join(' ')] as const);
  return {
    columns: [
      { lang: 'uz-Cyrl', documentName: 'Sputnik (uz)' },
      { lang: 'en', documentName: 'Xinhua' },
    ],
    units: Array.from({ length: UNITS }, (_, u) => {
      const [uz, en] = pairs[u % pairs.length]!;
      return { cells: [[`${uz} (${u})`], [`${en} (${u})`]], score: 0.5 + (u % 50) / 100, status: u % 3 === 0 ? ('confirmed' as const) : ('auto' as const) };
    }),
    options: { creationDate: '2025-11-15T00:00:00Z' },
  };
}

const rssMb = (): number => process.memoryUsage().rss / MB;
/** Peak RSS of this process so far (maxRSS is in kilobytes). */
const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

function child(kind: Kind): Measurement {
  if (kind === 'export') {
    const data = input();
    (globalThis as { gc?: () => void }).gc?.();
    const baselineRssMb = rssMb();
    const t0 = performance.now();
    const out = writeTmx(data);
    const ms = performance.now() - t0;
    const measured = { ms, units: out.units, bytes: Buffer.byteLength(out.xml), baselineRssMb, peakRssMb: peakRssMb() };
    writeFileSync(FILE, out.xml);
    return measured;
  }
  const bytes = new Uint8Array(readFileSync(FILE));
  (globalThis as { gc?: () => void }).gc?.();
  const baselineRssMb = rssMb();
  const t0 = performance.now();
  const beads =
    kind === 'import'
      ? importTmx({ fileName: 'bench.tmx', bytes }).beads.length
      : tmxToProject(readTmxWhole(decodeXmlBytes(bytes)), { sourceName: 'bench.tmx' }).beads.length;
  const ms = performance.now() - t0;
  if (beads !== UNITS) throw new Error(`expected ${UNITS} beads, got ${beads}`);
  return { ms, units: beads, bytes: bytes.length, baselineRssMb, peakRssMb: peakRssMb() };
}

function measureInChild(kind: Kind): Measurement {
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), `--child=${kind}`], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`tmx bench child (${kind}) failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Measurement;
}

function machine(): string {
  const cpu = os.cpus()[0]?.model.replace(/\s+\d+-Core Processor$/, '').trim() ?? 'unknown CPU';
  return `Machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}.`;
}

function updateSection(doc: string, section: string): string {
  const block = `${START}\n${section}\n${END}`;
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start >= 0 && end > start) return doc.slice(0, start) + block + doc.slice(end + END.length);
  return `${doc.trimEnd()}\n\n## TMX\n\n\`bench/tmx.bench.ts\` (run by \`npm run bench\`) writes ${UNITS.toLocaleString('en')} translation units (the seed gold pairs, numbered) with \`writeTmx\` and imports such a file with \`importTmx\` (decode, the guarded XML parse, documents and confirmed beads), each in a fresh Node process. "Peak RSS" is the process's maximum resident set size; "before" is its RSS with the input in memory, before the measured step.\n\n${block}\n`;
}

function main(argv: string[]): void {
  const childArg = argv.find((a) => a.startsWith('--child='));
  if (childArg) {
    process.stdout.write(`${JSON.stringify(child(childArg.slice('--child='.length) as Kind))}\n`);
    return;
  }
  const kinds: Kind[] = argv.includes('--compare') ? ['export', 'import', 'import-whole'] : ['export', 'import'];
  const rows = kinds.map((kind) => ({ kind, m: measureInChild(kind) }));
  rmSync(FILE, { force: true });
  const label: Record<Kind, string> = { export: 'export (writeTmx)', import: 'import (importTmx)', 'import-whole': 'import, one-tree reader (reference)' };
  const lines = [
    machine(),
    '',
    '| step | units | file MB | time ms | units/s | RSS before MB | peak RSS MB |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(({ kind, m }) =>
      `| ${label[kind]} | ${m.units.toLocaleString('en')} | ${(m.bytes / MB).toFixed(1)} | ${m.ms.toFixed(0)} | ${Math.round((m.units / m.ms) * 1000).toLocaleString('en')} | ${m.baselineRssMb.toFixed(0)} | ${m.peakRssMb.toFixed(0)} |`,
    ),
  ];
  const section = lines.join('\n');
  process.stdout.write(`${section}\n`);
  const doc = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Benchmarks\n';
  writeFileSync(RESULTS, updateSection(doc, section));
  process.stdout.write(`Updated ${RESULTS}\n`);
}

main(process.argv.slice(2));
