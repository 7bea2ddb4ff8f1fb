/** Shared set-up for the e2e tests: the built app on a local preview server and Debian's Chromium. */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = `${ROOT}test/fixtures/`;
export const RESULTS = `${ROOT}test-results/e2e/`;

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
