import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alignAndWait, chooseFiles, chromiumStatus, createProject, EN_SEED, expectDocuments, FIXTURES, launch, MISSING_CHROMIUM, ROOT, screenshot, startPreview, testId, UZ_SEED } from './harness';

const UZ_LATN_SEED = `${FIXTURES}004_8d4c2919e6989640.txt`;
const RU_SEED = `${FIXTURES}001_3aea3366a85cbd5f.txt`;
const UZ_ANCHOR = 'Кўксарой қароргоҳида';
const EN_ANCHOR = 'As reported, on Saturday, private talks';
const PROJECT_NAME = 'Tashkent talks, 15 Nov 2025';

const status = chromiumStatus();
if (status === 'skip') console.warn(`[e2e] Skipping: ${MISSING_CHROMIUM}`);

/** Opens the home view at `url` and creates project `name` there. */
async function openAndCreateProject(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  await page.locator(testId('home-view')).waitFor();
  await createProject(page, name);
}

async function documentLanguages(page: Page): Promise<string[]> {
  const selects = page.locator(testId('doc-lang-select'));
  const values: string[] = [];
  for (let i = 0; i < (await selects.count()); i++) values.push(await selects.nth(i).inputValue());
  return values;
}

function anchorRow(page: Page) {
  return page.locator(testId('alignment-row'), { hasText: UZ_ANCHOR });
}

async function expectAlignedView(page: Page): Promise<void> {
  await page.locator(testId('alignment-table')).waitFor();
  await expect.poll(() => page.locator(testId('document-row')).count()).toBe(2);
  await anchorRow(page).first().waitFor();
  expect(await anchorRow(page).count()).toBe(1);
  const cells = anchorRow(page).locator(testId('alignment-cell'));
  expect(await cells.nth(0).innerText()).toContain(UZ_ANCHOR);
  expect(await cells.nth(1).innerText()).toContain(EN_ANCHOR);
}

/** docs/screenshot.png: the aligned view at 1280×800 with the anchor pair near the top and no toasts. */
async function writeReadmeScreenshot(page: Page): Promise<void> {
  const closers = page.locator('.toast__close');
  while ((await closers.count()) > 0) await closers.first().click();
  await anchorRow(page).evaluate((row) => row.scrollIntoView({ block: 'start' }));
  await page.locator(testId('documents-panel')).hover();
  await page.waitForTimeout(300);
  mkdirSync(`${ROOT}docs`, { recursive: true });
  await page.screenshot({ path: `${ROOT}docs/screenshot.png` });
}

/** The text of a TMX <seg>, whether the parser gave a string or an element with text. */
function segText(seg: unknown): string {
  if (seg && typeof seg === 'object') return String((seg as Record<string, unknown>)['#text'] ?? '');
  return String(seg ?? '');
}

describe.skipIf(status === 'skip')('Qiyos foundation (web build in Chromium)', () => {
  let server: PreviewServer | undefined;
  let url = '';
  const profiles: string[] = [];

  beforeAll(async () => {
    if (status === 'fail') throw new Error(MISSING_CHROMIUM);
    ({ server, url } = await startPreview());
  });

  afterAll(async () => {
    await server?.close();
    for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
  });

  function newProfile(): string {
    const dir = mkdtempSync(join(tmpdir(), 'qiyos-e2e-'));
    profiles.push(dir);
    return dir;
  }

  it('imports two reports, aligns them, exports TMX and keeps everything after reload and relaunch', async () => {
    const profile = newProfile();
    let { context, page } = await launch(profile);
    try {
      await openAndCreateProject(page, url, PROJECT_NAME);
      await screenshot(page, '01-new-project');

      const chooser = await chooseFiles(page, () => page.locator(testId('add-files')).click());
      expect(chooser.isMultiple()).toBe(true);
      await chooser.setFiles([UZ_SEED, EN_SEED]);
      await expectDocuments(page, 2);
      expect(await documentLanguages(page)).toEqual(['uz-Cyrl', 'en']);
      await screenshot(page, '02-documents');

      await alignAndWait(page);
      await expectAlignedView(page);
      const rowCount = Number(await page.locator(testId('alignment-table')).getAttribute('aria-rowcount'));
      expect(rowCount).toBeGreaterThan(6);
      await screenshot(page, '03-aligned');
      await writeReadmeScreenshot(page);

      await page.locator(testId('export-tmx')).click();
      await page.locator(testId('export-dialog')).waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(testId('export-submit')).click()]);
      expect(download.suggestedFilename()).toBe(`${PROJECT_NAME}.tmx`);
      const xml = readFileSync(await download.path(), 'utf8');
      await page.locator(testId('toast-success'), { hasText: 'Exported' }).waitFor();
      await screenshot(page, '04-exported');

      const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['tu', 'tuv', 'prop', 'note'].includes(name) });
      const tmx = parser.parse(xml).tmx;
      expect(tmx.header['@_srclang']).toBe('uz-Cyrl');
      const units: { tuv: { '@_xml:lang': string; seg: unknown }[] }[] = tmx.body.tu;
      expect(units.length).toBeGreaterThan(5);
      const segOf = (tu: (typeof units)[number], lang: string) => segText(tu.tuv.find((v) => v['@_xml:lang'] === lang)?.seg);
      const unit = units.find((tu) => segOf(tu, 'uz-Cyrl').includes(UZ_ANCHOR));
      expect(unit, 'a translation unit with the Kuksaroy sentence').toBeDefined();
      expect(segOf(unit!, 'en').startsWith('As reported, on Saturday')).toBe(true);

      await page.reload();
      await page.locator(testId('project-view')).waitFor();
      await expect.poll(() => page.locator(testId('project-title')).innerText()).toBe(PROJECT_NAME);
      await expectAlignedView(page);
      await screenshot(page, '05-after-reload');

      await context.close();
      ({ context, page } = await launch(profile));
      await page.goto(url);
      const projectRow = page.locator(testId('project-row'), { hasText: PROJECT_NAME });
      await projectRow.waitFor();
      expect(await projectRow.locator(testId('project-document-count')).innerText()).toBe('2');
      expect(await projectRow.locator(testId('project-languages')).innerText()).toMatch(/uz-Cyrl[\s\S]*en/);
      await screenshot(page, '06-relaunched-home');
      await projectRow.locator(testId('open-project')).click();
      await expectAlignedView(page);
      expect(await documentLanguages(page)).toEqual(['uz-Cyrl', 'en']);
      await screenshot(page, '07-relaunched-project');
    } finally {
      await context.close();
    }
  });

  it('adds documents by pasting and by dropping files, and keeps a language override', async () => {
    const { context, page } = await launch(newProfile());
    try {
      await openAndCreateProject(page, url, 'Paste and drop');

      await page.locator(testId('paste-open')).click();
      await page.locator(testId('paste-dialog')).waitFor();
      await page.locator(testId('paste-title')).fill('MFA press release (uz-Latn)');
      await page.locator(testId('paste-text')).fill(readFileSync(UZ_LATN_SEED, 'utf8'));
      await screenshot(page, '11-paste-dialog');
      await page.locator(testId('paste-submit')).click();
      await page.locator(testId('paste-dialog')).waitFor({ state: 'hidden' });
      await expectDocuments(page, 1);

      const ruText = readFileSync(RU_SEED, 'utf8');
      const dataTransfer = await page.evaluateHandle((text) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], '001_astana_talks.txt', { type: 'text/plain' }));
        return transfer;
      }, ruText);
      await page.dispatchEvent(testId('project-view'), 'dragenter', { dataTransfer });
      await page.dispatchEvent(testId('project-view'), 'drop', { dataTransfer });
      await expectDocuments(page, 2);

      const titles = await page.locator(testId('document-title')).allInnerTexts();
      expect(titles).toEqual(['MFA press release (uz-Latn)', '001_astana_talks']);
      expect(await documentLanguages(page)).toEqual(['uz-Latn', 'ru']);
      await screenshot(page, '12-pasted-and-dropped');

      await page.locator(testId('doc-lang-select')).nth(1).selectOption('uz-Cyrl');
      await page.locator(testId('toast-info'), { hasText: 'segmented again' }).waitFor();
      await page.reload();
      await expect.poll(() => documentLanguages(page)).toEqual(['uz-Latn', 'uz-Cyrl']);
      expect(await page.locator(testId('doc-lang-select')).nth(1).locator('option:checked').innerText()).toContain('uz-Cyrl');
    } finally {
      await context.close();
    }
  });
});
