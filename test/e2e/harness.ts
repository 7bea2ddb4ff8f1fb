/** Shared set-up for the e2e tests: the built app on a local preview server and Debian's Chromium. */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type FileChooser, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = `${ROOT}test/fixtures/`;
export const RESULTS = `${ROOT}test-results/e2e/`;
/** Seed 000 (uz-Cyrl) and seed 002 (en): two reports of the same event. */
export const UZ_SEED = `${FIXTURES}000_b7c3d78e2906be7b.txt`;
export const EN_SEED = `${FIXTURES}002_35fe524f1063af29.txt`;

/** 'run', or why the e2e tests cannot run here: on CI a missing browser is a failure, locally a skip. */
export function chromiumStatus(): 'run' | 'skip' | 'fail' {
  if (existsSync(CHROMIUM_PATH)) return 'run';
  return process.env.CI === 'true' ? 'fail' : 'skip';
}

export const MISSING_CHROMIUM = `Chromium not found at ${CHROMIUM_PATH}; install Debian's chromium package to run the e2e tests.`;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const OUT_DIR = process.env.QIYOS_OUT_DIR ?? 'dist';

/** Serves dist/ (built by `npm run build:web`; QIYOS_OUT_DIR names another folder) on 127.0.0.1 and a free port. */
export async function startPreview(): Promise<{ server: PreviewServer; url: string }> {
  if (!existsSync(`${ROOT}${OUT_DIR}/index.html`)) throw new Error(`${OUT_DIR}/ is missing: run \`npm run build:web\` (npm run test:e2e does it).`);
  const port = await freePort();
  const server = await preview({
    configFile: `${ROOT}vite.config.ts`,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { server, url: `http://127.0.0.1:${port}/` };
}

/** A persistent Chromium profile: relaunching on the same directory keeps IndexedDB. */
export async function launch(userDataDir: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
    acceptDownloads: true,
    viewport: { width: 1280, height: 800 },
  });
  context.setDefaultTimeout(30_000);
  const page = context.pages()[0] ?? (await context.newPage());
  // Surface the page's own errors in the test log: they explain most e2e failures.
  page.on('pageerror', (error) => console.error('[page error]', error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') console.error('[console error]', message.text());
  });
  return { context, page };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: `${RESULTS}${name}.png` });
}

export const testId = (id: string): string => `[data-testid="${id}"]`;

/**
 * Registers the suite's hooks: before it, the preview server starts (and a missing Chromium fails
 * the run under CI=true) and a temporary folder is made; after it, both are removed.
 */
export function useApp(prefix: string): { readonly url: string; readonly dir: string } {
  const app = { url: '', dir: '' };
  let server: PreviewServer | undefined;
  beforeAll(async () => {
    if (chromiumStatus() === 'fail') throw new Error(MISSING_CHROMIUM);
    ({ server, url: app.url } = await startPreview());
    app.dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(async () => {
    await server?.close();
    if (app.dir) rmSync(app.dir, { recursive: true, force: true });
  });
  return app;
}

/** On the home view: names a new project, creates it and waits for its view. */
export async function createProject(page: Page, name: string): Promise<void> {
  await page.locator(testId('new-project-name')).fill(name);
  await page.locator(testId('create-project')).click();
  await page.locator(testId('project-view')).waitFor();
}

/** Runs `open` (a click or a key that opens a file picker) and returns the picker. */
export async function chooseFiles(page: Page, open: () => Promise<unknown>): Promise<FileChooser> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), open()]);
  return chooser;
}

/** Waits until the project lists exactly `count` documents (usable in beforeAll, unlike expect.poll). */
export async function expectDocuments(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    ({ selector, count }) => document.querySelectorAll(selector).length === count,
    { selector: testId('document-row'), count },
    { timeout: 60_000 },
  );
}

/**
 * Imports `files` into the open project through the file picker of "Add files…" (or what `open`
 * does) and waits for `rows` document rows (all the files by default).
 */
export async function importFiles(
  page: Page,
  files: string[],
  { open = () => page.locator(testId('add-files')).click(), rows = files.length }: { open?: () => Promise<unknown>; rows?: number } = {},
): Promise<void> {
  const chooser = await chooseFiles(page, open);
  await chooser.setFiles(files);
  await expectDocuments(page, rows);
}

/** Aligns the project's documents and waits for the alignment table. */
export async function alignAndWait(page: Page): Promise<void> {
  await page.locator(testId('align-button')).click();
  await page.locator(testId('alignment-table')).waitFor({ timeout: 90_000 });
}

/** Opens the app, creates project `name`, imports seeds 000 and 002 and aligns them. */
export async function alignedSeedProject(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  await createProject(page, name);
  await importFiles(page, [UZ_SEED, EN_SEED]);
  await alignAndWait(page);
}

/** Every record of each of `stores` in the page's IndexedDB database "qiyos". */
export async function readStores(page: Page, stores: string[]): Promise<Record<string, unknown[]>> {
  return page.evaluate(async (names) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('qiyos');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const result: Record<string, unknown[]> = {};
    for (const name of names) {
      result[name] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return result;
  }, stores);
}

/**
 * A stand-in for the Electron preload (window.qiyosDesktop), installed before the page loads: it
 * records every call the page makes to main, answers a channel in `replies` with its value (others
 * with undefined), and keeps the menu-command listeners for sendMenuCommand.
 */
export async function stubDesktop(page: Page, replies: Record<string, unknown> = {}, { saveDir }: { saveDir?: string } = {}): Promise<void> {
  await page.addInitScript(
    ({ replies, saveDir }) => {
      type Listener = (command: unknown) => void;
      const test = { invokes: [] as unknown[][], listeners: [] as Listener[] };
      (window as unknown as { __test: typeof test }).__test = test;
      (window as unknown as { qiyosDesktop: unknown }).qiyosDesktop = {
        invoke: async (channel: string, ...args: unknown[]) => {
          test.invokes.push([channel, ...args]);
          if (channel === 'qiyos:save-export' && saveDir !== undefined) return { saved: true, path: `${saveDir}${(args[0] as { suggestedName: string }).suggestedName}` };
          return replies[channel];
        },
        onMenuCommand: (listener: Listener) => {
          test.listeners.push(listener);
          return () => test.listeners.splice(test.listeners.indexOf(listener), 1);
        },
      };
    },
    { replies, saveDir },
  );
}

/** The calls the page made to main on `channel` through the stand-in preload, each as [channel, ...args]. */
export async function desktopCalls(page: Page, channel: string): Promise<unknown[][]> {
  return page.evaluate((ch) => (window as unknown as { __test: { invokes: unknown[][] } }).__test.invokes.filter((call) => call[0] === ch), channel);
}

/** Sends a command to the page as the native menu of the stand-in preload would. */
export async function sendMenuCommand(page: Page, command: unknown): Promise<void> {
  await page.evaluate((c) => {
    for (const listener of (window as unknown as { __test: { listeners: Array<(c: unknown) => void> } }).__test.listeners) listener(c);
  }, command);
}
