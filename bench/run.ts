/**
 * Alignment benchmark (`npm run bench`, add `-- --full` for the 100k corpus):
 * (a) F1 on the seed gold, (b) F1, time and memory of alignColumns on synthetic corpora.
 * Prints a markdown table and rewrites the bench:align section of bench/RESULTS.md.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { alignColumns } from '../shared/align/align';
import { alignDocuments } from '../shared/align/alignDocuments';
import { scoreAlignment, toGoldIndices, type AlignmentScore, type GoldAlignment } from '../shared/eval/scoreAlignment';
import type { AlignColumn, Bead } from '../shared/model';
import { prepareDocument } from '../shared/pipeline';
import { goldPairs, makeSyntheticCorpus } from './syntheticCorpus';

const root = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = `${root}bench/RESULTS.md`;
const START = '<!-- bench:align:start -->';
const END = '<!-- bench:align:end -->';
const SEED = 20251115;

type Gold = GoldAlignment & { src: { lang: string; sentences: string[] }; tgt: { lang: string; sentences: string[] } };

interface Row {
  name: string;
  sentences: string;
  score: AlignmentScore;
  ms: number;
  runs: number;
  peakRssMB: number;
  rssGrowthMB: number;
  heapDeltaMB: number;
}

interface Measured<T> {
  result: T;
  ms: number;
  peakRssMB: number;
  rssGrowthMB: number;
  heapDeltaMB: number;
}

const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Runs `work` once, timing it and tracking memory: process peak RSS (maxRSS, and how much this run
 * raised it) and the highest heapUsed seen above the starting point (sampled from the progress
 * callback, since a GC may free the peak before the run ends).
 */
function measure<T>(work: (sample: () => void) => T): Measured<T> {
  gc?.();
  const heapBefore = getHeapStatistics().used_heap_size;
  const rssPeakBefore = process.resourceUsage().maxRSS * 1024;
  let heapPeak = heapBefore;
  const sample = () => {
    const used = getHeapStatistics().used_heap_size;
    if (used > heapPeak) heapPeak = used;
  };
  const t0 = performance.now();
  const result = work(sample);
  const ms = performance.now() - t0;
  sample();
  const rssPeak = process.resourceUsage().maxRSS * 1024;
  return {
    result,
    ms,
    peakRssMB: rssPeak / MB,
    rssGrowthMB: (rssPeak - rssPeakBefore) / MB,
    heapDeltaMB: (heapPeak - heapBefore) / MB,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Measures `runs` times; reports the median time and the worst memory figures, and the first run's score. */
function bench(name: string, sentences: string, runs: number, gold: GoldAlignment, align: (sample: () => void) => Bead[]): Row {
  // Repeated (small) benches get one unmeasured warm-up run so the median is not JIT compilation.
  if (runs > 1) align(() => undefined);
  const all = Array.from({ length: runs }, () => measure(align));
  return {
    name,
    sentences,
    score: scoreAlignment(all[0]!.result, gold),
    ms: median(all.map((m) => m.ms)),
    runs,
    peakRssMB: Math.max(...all.map((m) => m.peakRssMB)),
    rssGrowthMB: Math.max(...all.map((m) => m.rssGrowthMB)),
    heapDeltaMB: Math.max(...all.map((m) => m.heapDeltaMB)),
  };
}

function alignWith(columns: AlignColumn[]) {
  return (sample: () => void) => alignColumns(columns, { onProgress: sample });
}

function goldRows(gold: Gold, name: string): Row[] {
  const columns: AlignColumn[] = [
    { lang: gold.src.lang, texts: gold.src.sentences },
    { lang: gold.tgt.lang, texts: gold.tgt.sentences },
  ];
  const sizes = `${gold.src.sentences.length} / ${gold.tgt.sentences.length}`;
  const pipeline = (sample: () => void) => {
    const docs = [gold.src, gold.tgt].map((side) =>
      prepareDocument(side.sentences.join('\n'), { lang: side.lang, presegmented: true }),
    );
    return alignDocuments(docs, { onProgress: sample });
  };
  return [
    bench(`${name}, alignColumns`, sizes, 3, gold, alignWith(columns)),
    bench(`${name}, CLI pipeline (presegmented)`, sizes, 3, gold, pipeline),
  ];
}

/**
 * What the app does with seeds 000 and 002 as files: segmentation and boilerplate marking from the
 * raw text, then alignment. Segments are mapped to the gold sentences by their text (the scraper's
 * metadata prefix has none and is dropped), so the gold's rule scores the app's own result.
 */
function rawSeedRow(gold: Gold): Row {
  const sides = [
    { file: '000_b7c3d78e2906be7b.txt', lang: gold.src.lang, sentences: gold.src.sentences },
    { file: '002_35fe524f1063af29.txt', lang: gold.tgt.lang, sentences: gold.tgt.sentences },
  ];
  const texts = sides.map((side) => readFileSync(`${root}test/fixtures/${side.file}`, 'utf8'));
  const pipeline = () => {
    const docs = sides.map((side, d) => prepareDocument(texts[d]!, { lang: side.lang }));
    const cells = toGoldIndices(alignDocuments(docs), docs.map((doc) => doc.segments.map((s) => s.text)), sides.map((side) => side.sentences));
    return cells.map((c) => ({ cells: c, score: 0 }));
  };
  return bench('seed 000↔002 from the raw files, app pipeline (boilerplate marked)', `${gold.src.sentences.length} / ${gold.tgt.sentences.length}`, 3, gold, pipeline);
}

function syntheticRows(gold: Gold, full: boolean): Row[] {
  const pairs = goldPairs(gold);
  const sizes = full ? [1_000, 10_000, 100_000] : [1_000, 10_000];
  return sizes.map((size) => {
    const corpus = makeSyntheticCorpus(pairs, size, SEED + size);
    const [a, b] = corpus.columns;
    const label = `synthetic ${size / 1000}k pairs (${corpus.edits.deleted} deleted, ${corpus.edits.merged} merged)`;
    return bench(label, `${a.texts.length} / ${b.texts.length}`, size <= 1_000 ? 3 : 1, corpus.gold, alignWith(corpus.columns));
  });
}

const fmt = (n: number, digits: number) => n.toFixed(digits);

/**
 * Does the confidence mean something? Precision of the paired beads by confidence band, on a
 * synthetic corpus (every correct pair is in its gold) with one edit in about ten sentences.
 */
function calibration(gold: Gold): string {
  const corpus = makeSyntheticCorpus(goldPairs(gold), 5_000, SEED + 1, { deleteRate: 0.1, mergeRate: 0.1 });
  const beads = alignColumns(corpus.columns).filter((b) => b.cells.every((c) => c.length > 0));
  const key = (cells: number[][]) => cells.map((c) => c.join(',')).join('|');
  const sure = new Set(corpus.gold.sure.map(key));
  const bands: [number, number][] = [
    [0, 0.5],
    [0.5, 0.8],
    [0.8, 0.95],
    [0.95, 1.01],
  ];
  const rows = bands.map(([lo, hi]) => {
    const inBand = beads.filter((b) => b.score >= lo && b.score < hi);
    const correct = inBand.filter((b) => sure.has(key(b.cells))).length;
    const label = hi > 1 ? `${lo}–1` : `${lo}–${hi}`;
    return `| ${label} | ${inBand.length} | ${inBand.length ? fmt(correct / inBand.length, 3) : '–'} |`;
  });
  return `Confidence calibration (synthetic 5k pairs, 10% deleted and 10% merged): precision of paired beads by confidence.\n\n| confidence | beads | precision |\n|---|---|---|\n${rows.join('\n')}\n`;
}

function table(rows: Row[]): string {
  const head =
    '| corpus | sentences (src / tgt) | F1 | precision | recall | time ms | runs | peak RSS MB | RSS peak growth MB | heap peak Δ MB |\n' +
    '|---|---|---|---|---|---|---|---|---|---|\n';
  return (
    head +
    rows
      .map(
        (r) =>
          `| ${r.name} | ${r.sentences} | ${fmt(r.score.f1, 4)} | ${fmt(r.score.precision, 4)} | ${fmt(r.score.recall, 4)} ` +
          `| ${fmt(r.ms, 1)} | ${r.runs === 1 ? '1' : `median of ${r.runs}`} | ${fmt(r.peakRssMB, 0)} | ${fmt(r.rssGrowthMB, 1)} | ${fmt(r.heapDeltaMB, 1)} |`,
      )
      .join('\n') +
    '\n'
  );
}

function machine(): string {
  const cpus = os.cpus();
  return (
    `Machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ` +
    `${fmt(os.totalmem() / 1024 ** 3, 1)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}. ` +
    `Date: ${new Date().toISOString().slice(0, 10)}.`
  );
}

const HEADER = `# Benchmarks

Run \`npm run bench\` (1k and 10k synthetic pairs) or \`npm run bench -- --full\` (adds 100k).
The script prints a markdown table and rewrites the section between the bench markers below;
everything outside the markers is left alone.

- **seed gold**: test/fixtures/seed-000-uzCyrl__002-en.json, the gold sentences aligned as given
  (\`alignColumns\`) and through the CLI's path (\`prepareDocument\` presegmented + \`alignDocuments\`),
  scored with shared/eval/scoreAlignment.ts.
- **seed 000↔002 from the raw files**: what the app does with the two seed files (segmentation and
  boilerplate marking from the raw text, then alignment), its segments mapped to the gold sentences by text.
- **gold seed-004-…**: test/fixtures/gold/, seed 004 (uz-Latn) against a Russian translation and an
  English agency-style rewrite written for Qiyos (joined, split, dropped and added sentences).
- **synthetic**: bench/syntheticCorpus.ts samples the gold's 1-1 sure pairs with replacement (seeded),
  swaps numbers consistently on both sides, drops the odd word, then deletes ~5% of sentences on one
  side and merges ~5% of adjacent pairs on one side; the true beads are the gold.
- Time: median of 3 runs for the small corpora, 1 run for the larger ones. Peak RSS is the
  process's; "RSS peak growth" is how much a run raised it; "heap peak Δ" is the highest heapUsed
  seen during the run above its start.

`;

/** Replaces (or appends) the marked section of RESULTS.md, creating the file when missing. */
function updateSection(doc: string, section: string): string {
  const block = `${START}\n${section}${END}`;
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start !== -1 && end > start) return doc.slice(0, start) + block + doc.slice(end + END.length);
  return `${doc.replace(/\n*$/, '\n\n')}${block}\n`;
}

function main(argv: string[]): void {
  const full = argv.includes('--full');
  const gold = JSON.parse(readFileSync(`${root}test/fixtures/seed-000-uzCyrl__002-en.json`, 'utf8')) as Gold;
  const handMade = ['seed-004-uzLatn__ru', 'seed-004-uzLatn__en'].flatMap((name) =>
    goldRows(JSON.parse(readFileSync(`${root}test/fixtures/gold/${name}.json`, 'utf8')) as Gold, `gold ${name}`),
  );
  const rows = [...goldRows(gold, 'seed gold 000↔002'), rawSeedRow(gold), ...handMade, ...syntheticRows(gold, full)];
  const section = `${machine()}\n\n${table(rows)}\n${calibration(gold)}`;
  process.stdout.write(`${section}\n`);
  const doc = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : HEADER;
  writeFileSync(RESULTS, updateSection(doc, section));
  process.stdout.write(`Updated ${RESULTS}\n`);
}

main(process.argv.slice(2));
