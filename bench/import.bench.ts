/**
 * Import benchmark (`npm run bench` runs it after the alignment benchmark): throughput of
 * importDocument + prepareDocument on 10 MB inputs built from the seeds (UTF-8 text,
 * Windows-1251 text, an HTML page), and the process's peak RSS for an import at the 50 MB limit,
 * measured in a fresh child process so that nothing else inflates it.
 * Prints a markdown table and rewrites the bench:import section of bench/RESULTS.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { MAX_IMPORT_BYTES } from '../shared/import/errors';
import { importDocument } from '../shared/import/importDocument';
import { prepareDocument } from '../shared/pipeline';

const root = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = `${root}bench/RESULTS.md`;
const START = '<!-- bench:import:start -->';
const END = '<!-- bench:import:end -->';
const MB = 1024 * 1024;
const SEEDS = ['000_b7c3d78e2906be7b.txt', '001_3aea3366a85cbd5f.txt', '002_35fe524f1063af29.txt', '003_cd7b60f6df8fe946.txt', '004_8d4c2919e6989640.txt'];

const seed = (name: string): string => readFileSync(`${root}test/fixtures/${name}`, 'utf8');

/** `unit` repeated (separated by a blank line) until the encoded size reaches `bytes`; cut to exactly that many bytes at a line end. */
function repeatTo(unit: string, bytes: number, encode: (s: string) => Uint8Array): Uint8Array {
  const unitBytes = encode(`${unit}\n\n`).length;
  const copies = Math.ceil(bytes / unitBytes);
  const all = encode(`${unit}\n\n`.repeat(copies));
  let end = Math.min(bytes, all.length);
  while (end > 0 && all[end - 1] !== 0x0a) end--;
  return all.subarray(0, end);
}

function cp1251(text: string): Uint8Array {
  const table = new Map<string, number>();
  [...new TextDecoder('windows-1251').decode(new Uint8Array(128).map((_, i) => 0x80 + i))].forEach((ch, i) => table.set(ch, 0x80 + i));
  return Uint8Array.from([...text], (ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : (table.get(ch) ?? 0x3f)));
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** A 10 MB page: the saved Sputnik page with its article paragraphs repeated. */
function htmlPage(bytes: number): Uint8Array {
  const page = readFileSync(`${root}test/fixtures/html/sputnik-000.html`, 'utf8');
  const body = /<div class="article__body" itemprop="articleBody">([\s\S]*?)<\/div>\s*<footer/.exec(page)?.[1] ?? '';
  const head = page.slice(0, page.indexOf(body));
  const tail = page.slice(page.indexOf(body) + body.length);
  const fixed = utf8(head + tail).length;
  const copies = Math.floor((bytes - fixed) / utf8(body).length);
  return utf8(head + body.repeat(copies) + tail);
}

interface Row {
  input: string;
  mb: number;
  importMs: number;
  prepareMs: number;
  segments: number;
  encoding: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function run(input: string, bytes: Uint8Array, fileName: string, runs = 3): Row {
  const importTimes: number[] = [];
  const prepareTimes: number[] = [];
  let segments = 0;
  let encoding = '';
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const imported = importDocument(bytes, fileName);
    const t1 = performance.now();
    const prepared = prepareDocument(imported.text);
    const t2 = performance.now();
    importTimes.push(t1 - t0);
    prepareTimes.push(t2 - t1);
    segments = prepared.segments.length;
    encoding = `${imported.format}, ${imported.encoding ?? '-'}`;
  }
  return { input, mb: bytes.length / MB, importMs: median(importTimes), prepareMs: median(prepareTimes), segments, encoding };
}

/** In a child process: import + prepare a file of exactly 50 MB and report RSS. */
function peakChild(): void {
  const unit = SEEDS.map(seed).join('\n\n');
  const bytes = repeatTo(unit, MAX_IMPORT_BYTES, utf8);
  const padded = new Uint8Array(MAX_IMPORT_BYTES).fill(0x0a);
  padded.set(bytes);
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  const t0 = performance.now();
  const imported = importDocument(padded, 'limit.txt');
  const prepared = prepareDocument(imported.text);
  const ms = performance.now() - t0;
  const peak = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify({ bytes: padded.length, before, peak, ms, segments: prepared.segments.length }));
}

function fmt(n: number, digits: number): string {
  return n.toFixed(digits);
}

function machine(): string {
  const cpus = os.cpus();
  return `Machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${fmt(os.totalmem() / 1024 ** 3, 1)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}.`;
}

function updateSection(doc: string, section: string): string {
  const block = `${START}\n${section}${END}`;
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start !== -1 && end > start) return doc.slice(0, start) + block + doc.slice(end + END.length);
  return `${doc.replace(/\n*$/, '\n\n')}## Import\n\n${block}\n`;
}

function main(): void {
  const size = 10 * MB;
  const all = SEEDS.map(seed).join('\n\n');
  const rows = [
    run('10 MB UTF-8 text (all five seeds, repeated)', repeatTo(all, size, utf8), 'seeds.txt'),
    run('10 MB Windows-1251 text (seed 001, repeated; detected)', repeatTo(seed(SEEDS[1]!), size, cp1251), 'ru.txt'),
    run('10 MB HTML page (seed 000 page, article repeated)', htmlPage(size), 'page.html'),
  ];
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--peak-child'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`the 50 MB run failed:\n${child.stderr}`);
  const peak = JSON.parse(child.stdout) as { bytes: number; before: number; peak: number; ms: number; segments: number };

  const lines = [
    '| input | size MB | format, encoding | import ms | segment ms | import MB/s | import + segment MB/s | segments |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.input} | ${fmt(r.mb, 1)} | ${r.encoding} | ${fmt(r.importMs, 0)} | ${fmt(r.prepareMs, 0)} | ${fmt(r.mb / (r.importMs / 1000), 1)} | ${fmt(r.mb / ((r.importMs + r.prepareMs) / 1000), 1)} | ${r.segments} |`),
  ];
  const section =
    `${machine()}\n\n${lines.join('\n')}\n\n` +
    `Import at the 50 MB limit (UTF-8 text of all seeds, ${fmt(peak.bytes / MB, 1)} MB, ${peak.segments} segments, import + segment in ${fmt(peak.ms / 1000, 1)} s, ` +
    `fresh process): peak RSS ${fmt(peak.peak / MB, 0)} MB, of which ${fmt(peak.before / MB, 0)} MB before the import (Node, the modules and the input bytes).\n`;
  process.stdout.write(`${section}\n`);
  const doc = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Benchmarks\n';
  writeFileSync(RESULTS, updateSection(doc, section));
  process.stdout.write(`Updated ${RESULTS}\n`);
}

if (process.argv.includes('--peak-child')) peakChild();
else main();
