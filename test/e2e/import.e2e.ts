import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../shared/import/importDocument';
import { prepareDocument } from '../../shared/pipeline';
import { singleByteEncoder } from '../unit/import/encoders';
import { alignAndWait, alignedSeedProject, chromiumStatus, createProject, FIXTURES, importFiles, launch, MISSING_CHROMIUM, screenshot, testId, useApp } from './harness';

const status = chromiumStatus();
if (status === 'skip') console.warn(`[e2e] Skipping: ${MISSING_CHROMIUM}`);

/** What the app should show for a file: the same import and segmentation, run here in Node. */
function expected(bytes: Uint8Array, fileName: string, encoding?: 'koi8-r' | 'windows-1251') {
  const imported = importDocument(bytes, fileName, encoding ? { encoding } : {});
  return { imported, segments: prepareDocument(imported.text).segments.length };
}

async function cells(page: Page, id: string): Promise<string[]> {
  return page.locator(testId(id)).allInnerTexts();
}

async function encodings(page: Page): Promise<string[]> {
  const selects = page.locator(testId('doc-encoding-select'));
  const values: string[] = [];
  for (let i = 0; i < (await selects.count()); i++) values.push(await selects.nth(i).inputValue());
  return values;
}

describe.skipIf(status === 'skip')('Importing files in other encodings and formats (web build in Chromium)', () => {
  const app = useApp('qiyos-e2e-import-');

  it('imports a Windows-1251 text and a saved HTML page, shows encoding and format, and re-decodes on request', async () => {
    const ruText = readFileSync(`${FIXTURES}001_3aea3366a85cbd5f.txt`, 'utf8');
    const ruBytes = singleByteEncoder('windows-1251')(ruText);
    const ruFile = join(app.dir, 'astana-1251.txt');
    writeFileSync(ruFile, ruBytes);
    const htmlFile = `${FIXTURES}html/sputnik-000.html`;
    const emptyFile = join(app.dir, 'empty.txt');
    writeFileSync(emptyFile, '');
    const ru = expected(ruBytes, 'astana-1251.txt');
    const html = expected(readFileSync(htmlFile), 'sputnik-000.html');
    const ruAsKoi8 = expected(ruBytes, 'astana-1251.txt', 'koi8-r');
    expect(ru.imported.encoding).toBe('windows-1251');
    expect(new Set([ru.segments, ruAsKoi8.segments]).size, 'the wrong encoding segments differently').toBe(2);

    const profile = mkdtempSync(join(app.dir, 'profile-'));
    const { context, page } = await launch(profile);
    try {
      await page.goto(app.url);
      await createProject(page, 'Encodings and pages');

      await importFiles(page, [ruFile, htmlFile, emptyFile], { rows: 2 });
      // The empty file is refused with a message naming it, and nothing of it is stored.
      await page.locator(testId('toast-error'), { hasText: '"empty.txt": the file is empty' }).waitFor();
      await page.locator(testId('import-status')).waitFor({ state: 'detached' });

      expect(await cells(page, 'document-title')).toEqual(['astana-1251', html.imported.title]);
      expect(await cells(page, 'document-format')).toEqual(['Plain text', 'HTML']);
      expect(await encodings(page)).toEqual(['windows-1251', 'utf-8']);
      expect(await cells(page, 'document-segment-count')).toEqual([String(ru.segments), String(html.segments)]);
      await screenshot(page, '21-imported-1251-and-html');

      // The user says the first file is KOI8-R: it is decoded again from the stored bytes and re-segmented.
      await page.locator(testId('doc-encoding-select')).first().selectOption('koi8-r');
      await page.locator(testId('toast-info'), { hasText: 'decoded again as KOI8-R' }).waitFor();
      await expect.poll(() => cells(page, 'document-segment-count')).toEqual([String(ruAsKoi8.segments), String(html.segments)]);
      await page.reload();
      await expect.poll(() => encodings(page)).toEqual(['koi8-r', 'utf-8']);

      await page.locator(testId('doc-encoding-select')).first().selectOption('windows-1251');
      await page.locator(testId('toast-info'), { hasText: 'decoded again as Windows-1251' }).waitFor();
      await expect.poll(() => cells(page, 'document-segment-count')).toEqual([String(ru.segments), String(html.segments)]);

      // Aligning the two shows the page's article text and none of its chrome.
      await alignAndWait(page);
      // The table is virtualised: look the texts up with Find, which searches every row.
      await page.locator(testId('alignment-table')).focus();
      await page.keyboard.press('Control+f');
      const find = async (text: string) => {
        await page.locator(testId('find-input')).fill(text);
        await expect.poll(() => page.locator(testId('find-status')).innerText()).not.toBe('');
        return page.locator(testId('find-status')).innerText();
      };
      for (const text of ['Кўксарой қароргоҳида', 'Нурсултан Назарбаев назвал Узбекистан']) {
        expect(await find(text)).toMatch(/^1 of \d+$/);
        expect(await page.locator(`${testId('alignment-row')}[data-match="current"]`).innerText()).toContain(text);
      }
      expect(await find('Бош саҳифа')).toBe('No matches');
      await screenshot(page, '22-aligned-1251-and-html');
    } finally {
      await context.close();
    }
  });

  it('renames a document: F2 or the Rename button, Escape cancels, and every header follows, after a reload too', async () => {
    const { context, page } = await launch(mkdtempSync(join(app.dir, 'profile-rename-')));
    const headers = () => page.locator(`${testId('alignment-column-header')} .grid__doc-title`).allInnerTexts();
    try {
      await alignedSeedProject(page, app.url, 'Renamed reports');
      expect(await cells(page, 'document-title')).toEqual(['000_b7c3d78e2906be7b', '002_35fe524f1063af29']);

      // F2 on the first row's Open link opens the form with the title selected; Enter saves the trimmed title.
      await page.locator(testId('open-document')).first().focus();
      await page.keyboard.press('F2');
      await page.keyboard.type('  Sputnik, 15-noyabr  ');
      await page.keyboard.press('Enter');
      await expect.poll(() => cells(page, 'document-title')).toEqual(['Sputnik, 15-noyabr', '002_35fe524f1063af29']);
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Rename Sputnik, 15-noyabr');
      // The alignment table, open below, shows the new title without a reload.
      await expect.poll(headers).toEqual(['Sputnik, 15-noyabr', '002_35fe524f1063af29']);

      // Escape leaves the second title as it was, with the focus back on its Rename button.
      await page.locator(testId('rename-document')).nth(1).click();
      await page.locator(testId('rename-document-input')).fill('Not this one');
      await screenshot(page, '24-document-rename-form');
      await page.keyboard.press('Escape');
      await page.locator(testId('rename-document-form')).waitFor({ state: 'detached' });
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Rename 002_35fe524f1063af29');
      expect(await cells(page, 'document-title')).toEqual(['Sputnik, 15-noyabr', '002_35fe524f1063af29']);

      await page.locator(testId('rename-document')).nth(1).click();
      await page.locator(testId('rename-document-input')).fill('Xinhua, 15 Nov');
      await page.locator(testId('save-document-title')).click();
      await expect.poll(headers).toEqual(['Sputnik, 15-noyabr', 'Xinhua, 15 Nov']);
      await screenshot(page, '25-documents-renamed');

      await page.reload();
      await expect.poll(() => cells(page, 'document-title')).toEqual(['Sputnik, 15-noyabr', 'Xinhua, 15 Nov']);
      await expect.poll(headers).toEqual(['Sputnik, 15-noyabr', 'Xinhua, 15 Nov']);
    } finally {
      await context.close();
    }
  });

  it('reports a refused file in the UI language, naming the file', async () => {
    const emptyFile = join(app.dir, 'пустой.txt');
    writeFileSync(emptyFile, '');
    const { context, page } = await launch(mkdtempSync(join(app.dir, 'profile-ru-')));
    try {
      await page.goto(app.url);
      await page.locator(testId('ui-language')).selectOption('ru');
      await createProject(page, 'Ошибки по-русски');
      await importFiles(page, [emptyFile], { rows: 0 });
      // The error comes from the engine worker; its message id crosses over and is shown in Russian.
      await page.locator(testId('toast-error'), { hasText: 'Не удалось добавить «пустой.txt»: файл пуст' }).waitFor();
      await screenshot(page, '23-import-error-russian');
    } finally {
      await context.close();
    }
  });
});
