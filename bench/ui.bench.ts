/**
 * Alignment view benchmark (`npm run bench` runs it last; alone: `npx tsx bench/ui.bench.ts`):
 * builds the web app (skip with --no-build when dist-bench/ is there), seeds a project of
 * 100,000 aligned rows straight into IndexedDB in Chromium, then measures in the real app:
 * time to the first rows and until every row is read (the table is editable), frame times while scrolling (requestAnimationFrame deltas), and the time
 * an edit takes to show (merge, then undo) at the top and in the middle of the alignment.
 * Prints a markdown table; it writes no file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = 'dist-bench';
const ROWS = Number(process.env.QIYOS_BENCH_ROWS ?? 100_000);
const CHROMIUM = '/usr/bin/chromium';

function build(): void {
  if (process.argv.includes('--no-build') && existsSync(`${root}${OUT_DIR}/index.html`)) return;
  const { status } = spawnSync('npx', ['vite', 'build', '--config', 'vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit', env: { ...process.env, QIYOS_OUT_DIR: OUT_DIR } });
  if (status !== 0) throw new Error('The web build failed.');
}

/** Writes a project with two documents of `rows` sentences and an alignment of `rows` beads (some 1-0, 0-1) through raw IndexedDB; returns the project id. */
async function seed(page: Page, rows: number): Promise<number> {
  return page.evaluate(async (n) => {
    const request = indexedDB.open('qiyos');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['projects', 'documents', 'segments', 'alignments', 'beads'], 'readwrite');
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const add = (store: string, value: unknown) =>
      new Promise<number>((resolve, reject) => {
        const r = tx.objectStore(store).add(value);
        r.onsuccess = () => resolve(r.result as number);
        r.onerror = () => reject(r.error);
      });
    const now = Date.now();
    const projectId = await add('projects', { name: `Bench ${n}`, createdAt: now, updatedAt: now });
    const words = ['harvest', 'region', 'minister', 'delegation', 'agreement', 'cotton', 'exports', 'Tashkent', 'Samarkand', 'meeting', 'reform', 'budget'];
    const sentence = (i: number, lang: string) => `${lang === 'en' ? 'Sentence' : 'Gap'} ${i + 1}: the ${words[i % 12]} and the ${words[(i * 7) % 12]} were discussed on day ${(i % 28) + 1}.`;
    const docIds: number[] = [];
    const segmentIds: number[][] = [];
    for (const [order, lang] of ['uz-Latn', 'en'].entries()) {
      const documentId = await add('documents', { projectId, order, lang, detectedLang: lang, title: `Bench ${lang}`, fileName: '', originalText: '', importedAt: now });
      docIds.push(documentId);
      const store = tx.objectStore('segments');
      const ids: number[] = [];
      for (let i = 0; i < n; i++) {
        const r = store.add({ documentId, order: i, text: sentence(i, lang), kind: 'sentence', start: -1 });
        r.onsuccess = () => (ids[i] = r.result as number);
      }
      segmentIds.push(ids);
    }
    await new Promise<void>((resolve) => {
      const r = tx.objectStore('projects').get(projectId);
      r.onsuccess = () => resolve();
    });
    const alignmentId = await add('alignments', { projectId, columns: docIds, createdAt: now, updatedAt: now });
    const beads = tx.objectStore('beads');
    // Every 50th pair is split into a 1-0 and a 0-1 row, so the map and the filters have null beads.
    let order = 0;
    for (let i = 0; i < n; i++) {
      const a = segmentIds[0]![i]!;
      const b = segmentIds[1]![i]!;
      const score = 0.3 + ((i * 37) % 70) / 100;
      if (i % 50 === 49) {
        beads.add({ alignmentId, order: order++, cells: [[a], []], score: 0.2, status: 'auto' });
        beads.add({ alignmentId, order: order++, cells: [[], [b]], score: 0.2, status: 'auto' });
      } else beads.add({ alignmentId, order: order++, cells: [[a], [b]], score, status: 'auto' });
    }
    await done;
    db.close();
    return projectId;
  }, rows);
}

const rowCount = (page: Page) => page.evaluate(() => Number(document.querySelector('[data-testid="alignment-table"]')?.getAttribute('aria-rowcount') ?? 0) - 1);

/** Milliseconds from a key press on the grid until the row count shown is `expected`. */
async function timeKey(page: Page, key: string, expected: number): Promise<number> {
  const start = performance.now();
  await page.keyboard.press(key);
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid="alignment-table"]')?.getAttribute('aria-rowcount')) - 1 === n, expected, { polling: 'raf', timeout: 60_000 });
  return performance.now() - start;
}

/** Each edit is timed several times: IndexedDB on a busy machine has slow moments (e.g. compaction after the seed). */
const REPEATS = 5;

/** Merge (M) then undo (Ctrl+Z) at the cursor, REPEATS times; sorted times of each. */
async function mergeAndUndo(page: Page, total: number): Promise<{ merge: number[]; undo: number[] }> {
  const merge: number[] = [];
  const undo: number[] = [];
  for (let k = 0; k < REPEATS; k++) {
    merge.push(await timeKey(page, 'm', total - 1));
    undo.push(await timeKey(page, 'Control+z', total));
  }
  return { merge: merge.sort((a, b) => a - b), undo: undo.sort((a, b) => a - b) };
}

/** requestAnimationFrame deltas while the grid scrolls down by `step` pixels a frame for `frames` frames. */
async function scrollFrames(page: Page, frames: number, step: number): Promise<number[]> {
  return page.evaluate(
    ({ frames, step }) =>
      new Promise<number[]>((resolve) => {
        const grid = document.querySelector('[data-testid="alignment-table"]') as HTMLElement;
        const deltas: number[] = [];
        let last = performance.now();
        const tick = (now: number) => {
          deltas.push(now - last);
          last = now;
          grid.scrollTop += step;
          if (deltas.length < frames) requestAnimationFrame(tick);
          else resolve(deltas.slice(1));
        };
        requestAnimationFrame(tick);
      }),
    { frames, step },
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`ui bench skipped: no Chromium at ${CHROMIUM}.`);
    return;
  }
  build();
  // vite.config.ts reads the output folder from QIYOS_OUT_DIR.
  process.env.QIYOS_OUT_DIR = OUT_DIR;
  const port = await freePort();
  const server = await preview({ configFile: `${root}vite.config.ts`, logLevel: 'warn', preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
  const url = `http://127.0.0.1:${port}/`;
  const dir = mkdtempSync(join(os.tmpdir(), 'qiyos-ui-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    viewport: { width: 1280, height: 800 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => console.error('[page error]', error.message));
    // tsx (esbuild, keepNames) wraps named functions in __name(); give the page a no-op one for the functions evaluated there.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    await page.goto(url);
    await page.locator('[data-testid="new-project-name"]').waitFor();
    // The project list has read the empty database: its live query must not read the seed half-way (and then re-run after every edit).
    await page.locator('[data-testid="no-projects"]').waitFor();
    const seedStart = performance.now();
    const projectId = await seed(page, ROWS);
    const seedMs = performance.now() - seedStart;

    const openStart = performance.now();
    await page.evaluate((id) => (location.hash = `#/project/${id}`), projectId);
    await page.locator('[data-testid="alignment-row"]').first().waitFor({ timeout: 120_000 });
    const firstRowsMs = performance.now() - openStart;
    const total = await rowCount(page);
    // The first rows come from a small first read; the table takes edits once every row is read.
    await page.locator('[data-testid="alignment-table"]:not([data-loading])').waitFor({ timeout: 120_000 });
    const editableMs = performance.now() - openStart;

    const grid = page.locator('[data-testid="alignment-table"]');
    await grid.focus();
    await page.waitForTimeout(500);
    const frames = (await scrollFrames(page, 240, 150)).sort((a, b) => a - b);

    await grid.evaluate((el) => (el.scrollTop = 0));
    await page.locator('[data-testid="alignment-row"][data-index="0"]').click();
    const top = await mergeAndUndo(page, total);

    await page.keyboard.press('Control+g');
    await page.locator('[data-testid="go-to-row-input"]').fill(String(Math.floor(total / 2)));
    await page.keyboard.press('Enter');
    await page.locator(`[data-testid="alignment-row"][data-index="${Math.floor(total / 2) - 1}"][data-selected]`).waitFor();
    await grid.focus();
    const middle = await mergeAndUndo(page, total);

    console.log(`\nAlignment view, ${total.toLocaleString('en')} rows (2 columns), Chromium headless, ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${new Date().toISOString().slice(0, 10)}\n`);
    console.log('| Measure | Time |');
    console.log('|---|---|');
    console.log(`| Seed ${total.toLocaleString('en')} rows into IndexedDB (raw, not the app) | ${ms(seedMs)} |`);
    console.log(`| Open project → first rows shown | ${ms(firstRowsMs)} |`);
    console.log(`| Open project → all rows read, editable | ${ms(editableMs)} |`);
    console.log(`| Scroll frames (${frames.length}): median / p95 / max | ${ms(quantile(frames, 0.5))} / ${ms(quantile(frames, 0.95))} / ${ms(frames.at(-1)!)} |`);
    const spread = (times: number[]) => `${ms(quantile(times, 0.5))} / ${ms(times[0]!)} / ${ms(times.at(-1)!)}`;
    const middleRow = Math.floor(total / 2).toLocaleString('en');
    console.log(`| Merge (M) at row 1 → shown, ${REPEATS}×: median / min / max | ${spread(top.merge)} |`);
    console.log(`| Undo (Ctrl+Z) at row 1 → shown | ${spread(top.undo)} |`);
    console.log(`| Merge (M) at row ${middleRow} → shown | ${spread(middle.merge)} |`);
    console.log(`| Undo (Ctrl+Z) at row ${middleRow} → shown | ${spread(middle.undo)} |`);
  } finally {
    await context.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
