/** The glossary screen: extract from an aligned project, review by keyboard, re-extract, export TBX, consistency check. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { importTbx } from '../../glossary/importTbx';
import { alignedSeedProject, chooseFiles, chromiumStatus, launch, MISSING_CHROMIUM, screenshot, testId, useApp } from './harness';

const status = chromiumStatus();
if (status === 'skip') console.warn(`[e2e] Skipping: ${MISSING_CHROMIUM}`);

const labels = (page: Page) => page.locator(testId('glossary-entry-label')).allInnerTexts();

async function search(page: Page, query: string): Promise<void> {
  await page.locator(testId('glossary-search')).fill(query);
  await expect.poll(() => page.locator(testId('glossary-entry')).count()).toBe(1);
}

describe.skipIf(status === 'skip')('Glossary (web build in Chromium)', () => {
  const app = useApp('qiyos-e2e-glossary-');

  it('extracts, approves and rejects by keyboard, keeps the rejection on re-extraction, exports TBX and lists inconsistent rows', async () => {
    const { context, page } = await launch(app.dir);
    try {
      await alignedSeedProject(page, app.url, 'Glossary');

      await page.locator(testId('open-glossary')).click();
      await page.locator(testId('glossary-view')).waitFor();
      await page.locator(testId('glossary-empty')).waitFor();
      await page.locator(testId('glossary-extract')).click();
      await page.locator(testId('toast-success'), { hasText: 'Glossary extracted' }).waitFor({ timeout: 60_000 });
      await expect.poll(() => page.locator(testId('glossary-entry')).count()).toBeGreaterThan(4);
      const all = await labels(page);
      expect(all.some((l) => l.includes('Шавкат Мирзиёев'))).toBe(true);
      await screenshot(page, '60-glossary-candidates');

      // Approve Mirziyoyev: found by a Latin search (script-blind), approved with the A key.
      await search(page, 'Mirziyoyev');
      await page.locator(testId('glossary-entry')).click();
      await expect.poll(() => page.locator(testId('glossary-term-generated')).count()).toBeGreaterThan(0);
      await page.keyboard.press('a');
      await expect.poll(() => page.locator(testId('glossary-entry')).getAttribute('data-status')).toBe('approved');
      expect(await page.locator(testId('glossary-term-generated')).count()).toBe(0);
      // Its context sentences now mark the approved term; hovering shows the entry.
      const mark = page.locator(`${testId('glossary-contexts')} ${testId('term-mark')}`).first();
      await mark.hover();
      await expect.poll(() => page.locator(testId('term-card')).innerText()).toContain('Shavkat Mirziyoyev');
      await screenshot(page, '61-glossary-approved');

      // Reject the intergovernmental commission with R.
      await search(page, 'Ҳукуматлараро');
      await page.locator(testId('glossary-list')).focus();
      await page.keyboard.press('r');
      await expect.poll(() => page.locator(testId('glossary-entry')).getAttribute('data-status')).toBe('rejected');

      // A new extraction keeps both decisions and does not offer the rejected entry again.
      await page.locator(testId('glossary-search')).fill('');
      const before = await page.locator(testId('glossary-entry')).count();
      await page.locator(testId('glossary-extract')).click();
      await page.locator(testId('toast-success'), { hasText: '1 rejected again' }).waitFor({ timeout: 60_000 });
      expect(await page.locator(testId('glossary-entry')).count()).toBe(before);
      await page.locator(testId('glossary-filter-status')).selectOption('rejected');
      expect(await labels(page)).toEqual([expect.stringContaining('Ҳукуматлараро комиссия')]);
      await page.locator(testId('glossary-filter-status')).selectOption('approved');
      expect(await labels(page)).toEqual([expect.stringContaining('Шавкат Мирзиёев')]);
      await screenshot(page, '62-glossary-after-reextract');

      // TBX export holds the approved entry only, in every script.
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(testId('glossary-export-tbx')).click()]);
      expect(download.suggestedFilename()).toBe('Glossary glossary.tbx');
      const exported = importTbx(readFileSync(await download.path(), 'utf8'));
      expect(exported).toHaveLength(1);
      expect(exported[0]!.type).toBe('person');
      expect(exported[0]!.terms['uz-Cyrl']![0]!.text).toBe('Шавкат Мирзиёев');
      expect(exported[0]!.terms['uz-Latn']![0]).toMatchObject({ text: 'Shavkat Mirziyoyev' });
      expect(exported[0]!.terms.en!.map((t) => t.text)).toEqual(['Shavkat Mirziyoyev', 'Sh. Mirziyoyev']);

      // Import: a CSV with a bad row changes nothing and names the line; OmegaT's TSV (source → target as chosen) is added approved.
      const count = await page.locator(testId('glossary-entry')).count();
      const bad = join(app.dir, 'bad.csv');
      writeFileSync(bad, 'uz-Cyrl,en\nТошкент,Tashkent\nСамарқанд,Samarkand,city\n');
      const badChooser = await chooseFiles(page, () => page.locator(testId('glossary-import')).click());
      await badChooser.setFiles(bad);
      await page.locator(testId('toast-error'), { hasText: 'Line 3: The row has 3 columns but the header has 2.' }).waitFor();
      expect(await page.locator(testId('glossary-entry')).count()).toBe(count);
      const tsv = join(app.dir, 'omegat.txt');
      writeFileSync(tsv, 'Тошкент\tTashkent\tplace; capital\n');
      const goodChooser = await chooseFiles(page, () => page.locator(testId('glossary-import')).click());
      await goodChooser.setFiles(tsv);
      await page.locator(testId('toast-success'), { hasText: 'Imported omegat.txt: 1 new entry' }).waitFor();
      await expect.poll(async () => (await labels(page)).sort()).toEqual(['Тошкент · Toshkent · Tashkent', 'Шавкат Мирзиёев · Shavkat Mirziyoyev']);
      await screenshot(page, '63-glossary-imported');

      // Consistency: the English lead names Mirziyoyev, its Uzbek row does not; choosing it opens the alignment.
      await page.locator(testId('glossary-tab-consistency')).click();
      const issue = page.locator(testId('consistency-issue'), { hasText: 'Shavkat Mirziyoyev' });
      await issue.first().waitFor();
      // data-row is the row number as shown (1-based).
      const row = Number(await issue.first().getAttribute('data-row'));
      expect(row).toBeGreaterThan(1);
      await screenshot(page, '64-glossary-consistency');
      await issue.first().click();
      await page.locator(testId('project-view')).waitFor();
      expect(new URL(page.url()).hash).toMatch(/^#\/project\/\d+$/);
      // The alignment opens on that row, and the approved name is marked in its sentences (hover shows the entry).
      const selected = page.locator(`${testId('alignment-row')}[data-selected]`);
      await expect.poll(() => selected.getAttribute('data-index')).toBe(String(row - 1));
      const rowMark = selected.locator(testId('term-mark'), { hasText: 'Mirziyoyev' }).first();
      await rowMark.waitFor();
      await rowMark.hover();
      await page.locator(testId('term-card')).first().waitFor();
      await screenshot(page, '65-glossary-term-in-alignment');
    } finally {
      await context.close();
    }
  });
});
