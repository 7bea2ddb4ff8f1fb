import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readTmx } from '../../shared/tmx/readTmx';
import { writeTmx } from '../../shared/tmx/writeTmx';
import { chooseFiles, chromiumStatus, launch, MISSING_CHROMIUM, screenshot, testId, useApp } from './harness';

const status = chromiumStatus();
if (status === 'skip') console.warn(`[e2e] Skipping: ${MISSING_CHROMIUM}`);

/** A three-language TMX as another tool might write it: region codes, one 1-0 unit. */
function sampleTmx(): string {
  return writeTmx({
    columns: [
      { lang: 'uz-Cyrl', documentName: 'Sputnik (uz)' },
      { lang: 'ru', documentName: 'Sputnik (ru)' },
      { lang: 'en', documentName: 'Xinhua' },
    ],
    units: [
      { cells: [['Кўксарой қароргоҳида музокаралар бўлиб ўтди.'], ['В резиденции Куксарой прошли переговоры.'], ['Talks took place at the Kuksaroy residence.']], score: 0.9, status: 'auto' },
      { cells: [['Товар айирбошлаш 4 миллиард долларга етди.'], ['Товарооборот достиг 4 миллиардов долларов.'], ['Trade reached $4 billion.']], score: 0.8, status: 'auto' },
      { cells: [['Сарлавҳа'], [], []], score: 0.1, status: 'auto' },
    ],
    options: { includeUnpaired: true, regionCodes: true, creationDate: '2025-11-15T00:00:00Z' },
  }).xml;
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<tmx version="1.4"><header/><body><tu><tuv xml:lang="en"><seg>&b;</seg></tuv></tu></body></tmx>`;

async function importThroughPicker(page: Page, file: string): Promise<void> {
  const chooser = await chooseFiles(page, () => page.locator(testId('import-tmx')).click());
  expect(chooser.isMultiple()).toBe(false);
  await chooser.setFiles(file);
}

describe.skipIf(status === 'skip')('TMX import and export options (web build in Chromium)', () => {
  const app = useApp('qiyos-e2e-tmx-');

  it('imports a TMX as a project with confirmed rows, then exports a chosen pair with region codes', async () => {
    const file = join(app.dir, 'Summit memory.tmx');
    writeFileSync(file, sampleTmx());
    const { context, page } = await launch(join(app.dir, 'profile-1'));
    try {
      await page.goto(app.url);
      await page.locator(testId('home-view')).waitFor();
      await importThroughPicker(page, file);
      await page.locator(testId('project-view')).waitFor();
      await expect.poll(() => page.locator(testId('project-title')).innerText()).toBe('Summit memory');
      await page.locator(testId('alignment-table')).waitFor();
      expect(await page.locator(testId('document-title')).allInnerTexts()).toEqual(['Sputnik (uz)', 'Sputnik (ru)', 'Xinhua']);
      expect(Number(await page.locator(testId('alignment-table')).getAttribute('aria-rowcount'))).toBe(4);
      await page.locator(testId('toast-success'), { hasText: 'Imported 3 aligned rows' }).waitFor();
      await screenshot(page, '21-imported-tmx');

      await page.locator(testId('export-tmx')).click();
      await page.locator(testId('export-dialog')).waitFor();
      await page.locator(testId('export-scope-pair')).check();
      await page.locator(testId('export-source')).selectOption('2');
      await page.locator(testId('export-target')).selectOption('0');
      await page.locator(testId('export-region-codes')).check();
      await page.locator(testId('export-confirmed-only')).check();
      await screenshot(page, '22-export-dialog');
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(testId('export-submit')).click()]);
      const parsed = readTmx(readFileSync(await download.path(), 'utf8'));
      expect(parsed.header.srclang).toBe('en-US');
      expect(parsed.languages).toEqual(['en-US', 'uz-Cyrl-UZ']);
      expect(parsed.units.map((u) => u.segs['en-US'])).toEqual(['Talks took place at the Kuksaroy residence.', 'Trade reached $4 billion.']);
      await page.locator(testId('toast-success'), { hasText: 'Exported 2 translation units' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('backs a project up to one file and restores it in another browser profile, asking before replacing', async () => {
    const tmx = join(app.dir, 'Backup me.tmx');
    writeFileSync(tmx, sampleTmx());
    let backupFile = '';
    {
      const { context, page } = await launch(join(app.dir, 'profile-3'));
      try {
        await page.goto(app.url);
        await importThroughPicker(page, tmx);
        await page.locator(testId('alignment-table')).waitFor();
        await page.goto(app.url);
        const row = page.locator(testId('project-row'), { hasText: 'Backup me' });
        const [download] = await Promise.all([page.waitForEvent('download'), row.locator(testId('backup-project')).click()]);
        expect(download.suggestedFilename()).toMatch(/^Backup me \d{4}-\d{2}-\d{2}\.qiyos\.json$/);
        backupFile = join(app.dir, download.suggestedFilename());
        await download.saveAs(backupFile);
      } finally {
        await context.close();
      }
    }
    const { context, page } = await launch(join(app.dir, 'profile-4'));
    try {
      await page.goto(app.url);
      await page.locator(testId('no-projects')).waitFor();
      const restore = async () => {
        const chooser = await chooseFiles(page, () => page.locator(testId('restore-backup')).click());
        await chooser.setFiles(backupFile);
      };
      await restore();
      await page.locator(testId('alignment-table')).waitFor();
      expect(Number(await page.locator(testId('alignment-table')).getAttribute('aria-rowcount'))).toBe(4);
      expect(await page.locator(testId('document-title')).allInnerTexts()).toEqual(['Sputnik (uz)', 'Sputnik (ru)', 'Xinhua']);

      await page.goto(app.url);
      await page.locator(testId('project-row')).waitFor();
      const asked: string[] = [];
      page.once('dialog', (dialog) => {
        asked.push(dialog.message());
        void dialog.accept();
      });
      await restore();
      await page.locator(testId('toast-success'), { hasText: 'Restored "Backup me"' }).waitFor();
      expect(asked).toHaveLength(1);
      expect(asked[0]).toMatch(/already exists\. Replace it/);
      await page.goto(app.url);
      await page.locator(testId('project-row')).waitFor();
      expect(await page.locator(testId('project-row')).count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  it('refuses a billion-laughs TMX with a message and stores nothing', async () => {
    const file = join(app.dir, 'laughs.tmx');
    writeFileSync(file, BILLION_LAUGHS);
    const { context, page } = await launch(join(app.dir, 'profile-2'));
    try {
      await page.goto(app.url);
      await page.locator(testId('no-projects')).waitFor();
      await importThroughPicker(page, file);
      const toast = page.locator(testId('toast-error'), { hasText: 'Could not import laughs.tmx' });
      await toast.waitFor();
      expect(await toast.innerText()).toMatch(/Line 2: The DOCTYPE declares entities/);
      expect(await page.locator(testId('no-projects')).count()).toBe(1);
      await screenshot(page, '23-refused-tmx');
    } finally {
      await context.close();
    }
  });
});
