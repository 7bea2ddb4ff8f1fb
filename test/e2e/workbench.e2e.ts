/**
 * The alignment workbench with the mouse (seeds 000 uz-Cyrl + 002 en aligned): drag a sentence to
 * the row above, edit a sentence in place and compare it with the original, filter the rows, and
 * jump from the alignment map.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readTmx } from '../../shared/tmx/readTmx';
import { messages as alignmentMessages } from '../../renderer/features/alignment/messages';
import { errorMessages } from '../../shared/i18n/errorMessages';
import { messages as findMessages } from '../../renderer/features/find/messages';
import { messages as mapMessages } from '../../renderer/features/alignmentMap/messages';
import { alignedSeedProject, chromiumStatus, launch, MISSING_CHROMIUM, screenshot, testId, useApp } from './harness';

const status = chromiumStatus();
if (status === 'skip') console.warn(`[e2e] Skipping: ${MISSING_CHROMIUM}`);

const table = (page: Page) => page.locator(testId('alignment-table'));
const row = (page: Page, index: number) => page.locator(`${testId('alignment-row')}[data-index="${index}"]`);
const cell = (page: Page, index: number, column: number) => row(page, index).locator(testId('alignment-cell')).nth(column);
const rowCount = async (page: Page) => Number(await table(page).getAttribute('aria-rowcount')) - 1;
const selectedIndex = async (page: Page) => Number(await page.locator(`${testId('alignment-row')}[data-selected]`).getAttribute('data-index'));
/** The real row indices of the rows in the DOM, in order. */
const renderedRows = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-testid="alignment-row"]'))
      .map((r) => Number(r.getAttribute('data-index')))
      .sort((a, b) => a - b),
  );

describe.skipIf(status === 'skip')('Alignment workbench with the mouse (web build in Chromium)', () => {
  const app = useApp('qiyos-e2e-workbench-');
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await launch(app.dir));
    await alignedSeedProject(page, app.url, 'Workbench');
  }, 180_000);

  afterAll(async () => {
    await context?.close();
  });

  it('drags the first English sentence of a row onto the row above, with a drop mark, and undoes it', async () => {
    const before = await rowCount(page);
    // A row below the first whose English cell has a sentence, with an English sentence above too.
    const target = await page.evaluate(() => {
      const rows = Array.from(document.querySelectorAll('[data-testid="alignment-row"]')).sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index')));
      const hasEn = (r: Element) => r.querySelectorAll('[data-testid="alignment-cell"]')[1]?.querySelector('[data-testid="segment"]') !== null;
      const k = rows.findIndex((r, i) => i > 1 && hasEn(r) && hasEn(rows[i - 1]!));
      return Number(rows[k]!.getAttribute('data-index'));
    });
    const source = cell(page, target, 1).locator(testId('segment')).first();
    const moved = (await source.innerText()).trim();
    const aboveBefore = (await cell(page, target - 1, 1).innerText()).trim();
    expect(await source.getAttribute('data-drag')).toMatch(/up|both/);

    // Drag by hand to see the drop mark, then drop.
    const from = (await source.boundingBox())!;
    await page.mouse.move(from.x + 20, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + 30, from.y + from.height / 2, { steps: 3 });
    const to = (await cell(page, target - 1, 1).boundingBox())!;
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 5 });
    await expect.poll(() => cell(page, target - 1, 1).getAttribute('data-drop-target')).toBe('true');
    await screenshot(page, '80-workbench-drag');
    await page.mouse.up();

    await expect.poll(async () => (await cell(page, target - 1, 1).innerText()).trim()).toContain(moved);
    expect((await cell(page, target - 1, 1).innerText()).trim().startsWith(aboveBefore)).toBe(true);
    await screenshot(page, '81-workbench-dropped');

    await table(page).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => rowCount(page)).toBe(before);
    await expect.poll(async () => (await cell(page, target - 1, 1).innerText()).trim()).toBe(aboveBefore);
  });

  it('edits a sentence in place, shows the word diff on hover, keeps it after a reload, and undoes it', async () => {
    // A row that pairs two sentences (a pair is what the TMX export writes by default).
    const index = await page.evaluate(() => {
      const rows = Array.from(document.querySelectorAll('[data-testid="alignment-row"]')).sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index')));
      const paired = rows.find((r) => Array.from(r.querySelectorAll('[data-testid="alignment-cell"]')).every((c) => c.querySelector('.seg--sentence')));
      return Number(paired!.getAttribute('data-index'));
    });
    const sentence = cell(page, index, 1).locator(testId('segment')).first();
    const original = (await sentence.innerText()).trim();

    // F2 opens the editor on the cursor's column; Escape leaves the text as it was.
    await row(page, index).locator(testId('alignment-cell')).nth(1).click();
    await page.keyboard.press('F2');
    await page.locator(testId('segment-editor')).waitFor();
    await page.keyboard.type(' NOT SAVED');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(testId('segment-editor')).count()).toBe(0);
    expect((await sentence.innerText()).trim()).toBe(original);

    // A double-click edits the sentence clicked; Enter saves.
    const words = original.split(' ');
    const edited = [...words.slice(0, 2), 'corrected', ...words.slice(3)].join(' ');
    await sentence.dblclick();
    const editor = page.locator(testId('segment-editor'));
    await editor.fill(edited);
    await editor.press('Enter');
    await expect.poll(() => page.locator(testId('segment-editor')).count()).toBe(0);
    const shown = cell(page, index, 1).locator(testId('segment')).first();
    await expect.poll(async () => (await shown.innerText()).trim().startsWith(edited)).toBe(true);
    await shown.locator(testId('segment-edited-mark')).waitFor();

    await row(page, Math.max(0, index - 1)).click();
    await shown.hover();
    const diff = shown.locator(testId('segment-diff'));
    await diff.waitFor({ state: 'visible' });
    expect(await diff.locator(testId('diff-inserted')).first().innerText()).toContain('corrected');
    expect(await diff.locator(testId('diff-deleted')).first().innerText()).toContain(words[2]!);
    expect(await shown.getAttribute('aria-describedby')).toBe(await diff.getAttribute('id'));
    await screenshot(page, '82-workbench-edit-diff');

    // The exported TMX has the edited text.
    await page.locator(testId('export-tmx')).click();
    await page.locator(testId('export-dialog')).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(testId('export-submit')).click()]);
    const units = readTmx(readFileSync((await download.path())!, 'utf8')).units;
    expect(units.some((u) => Object.values(u.segs).some((text) => text.replace(/\s+/g, ' ').startsWith(edited)))).toBe(true);
    expect(units.some((u) => Object.values(u.segs).some((text) => text.replace(/\s+/g, ' ') === original))).toBe(false);

    await page.reload();
    await table(page).waitFor();
    await expect.poll(async () => (await cell(page, index, 1).locator(testId('segment')).first().innerText()).trim().startsWith(edited)).toBe(true);

    await table(page).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await cell(page, index, 1).locator(testId('segment')).first().innerText()).trim()).toBe(original);
    expect(await cell(page, index, 1).locator(testId('segment-edited-mark')).count()).toBe(0);
  });

  it('filters the rows, keeps the real row numbers, and moves among the filtered rows by keyboard', async () => {
    const total = await rowCount(page);
    await page.locator(testId('filter-empty-cell')).click();
    expect(await page.locator(testId('filter-empty-cell')).getAttribute('aria-pressed')).toBe('true');
    await page.locator(testId('filter-status')).waitFor();
    const shown = await renderedRows(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(total);
    for (const k of shown) {
      const empties = await row(page, k).locator(`${testId('alignment-cell')}.grid__cell--empty`).count();
      expect(empties, `row ${k + 1}`).toBeGreaterThan(0);
      // The row header shows the real row number.
      expect((await row(page, k).locator('[role="rowheader"]').innerText()).trim()).toMatch(new RegExp(`^${k + 1}\\b`));
    }
    expect(shown.some((k, i) => i > 0 && k !== shown[i - 1]! + 1)).toBe(true);

    await row(page, shown[0]!).click();
    await page.keyboard.press('ArrowDown');
    expect(await selectedIndex(page)).toBe(shown[1]);
    // End: the last filtered row (it has an empty cell too), and nothing below it.
    await page.keyboard.press('End');
    const last = await selectedIndex(page);
    expect(last).toBeGreaterThanOrEqual(shown.at(-1)!);
    expect(await row(page, last).locator(`${testId('alignment-cell')}.grid__cell--empty`).count()).toBeGreaterThan(0);
    await page.keyboard.press('ArrowDown');
    expect(await selectedIndex(page)).toBe(last);
    await screenshot(page, '83-workbench-filter-empty');

    // Low confidence and empty cell together: a subset of both.
    await page.locator(testId('filter-low')).click();
    const both = await renderedRows(page);
    expect(both.every((k) => shown.includes(k))).toBe(true);
    for (const k of both) expect(Number(await row(page, k).locator('.conf__value').innerText())).toBeLessThan(0.5);

    // "Article text": the rows of page furniture (timestamps, datelines, disclaimers) go, every sentence stays.
    await page.locator(testId('filter-clear')).click();
    await page.locator(testId('filter-text')).click();
    await page.locator(testId('filter-status')).waitFor();
    const text = await renderedRows(page);
    expect(text.length).toBeLessThan(total);
    for (const k of text) expect(await row(page, k).locator('[data-testid="segment"]:not(.seg--boilerplate)').count(), `row ${k + 1}`).toBeGreaterThan(0);
    await screenshot(page, '84-workbench-filter-text');

    // Find + "matches": only rows with the word.
    await page.locator(testId('filter-clear')).click();
    expect(await page.locator(testId('filter-status')).count()).toBe(0);
    await table(page).focus();
    await page.keyboard.press('Control+f');
    await page.locator(testId('find-input')).fill('Mirziyoyev');
    await page.locator(testId('filter-matches')).click();
    const matching = await renderedRows(page);
    expect(matching.length).toBeGreaterThan(0);
    for (const k of matching) expect((await row(page, k).innerText()).toLowerCase()).toMatch(/mirziyoyev|мирзиёев/);
    await screenshot(page, '84-workbench-filter-matches');
    await page.locator(testId('filter-clear')).click();
    await page.locator(testId('find-input')).press('Escape');
    expect(await rowCount(page)).toBe(total);
  });

  it('jumps to a row from the alignment map', async () => {
    const total = await rowCount(page);
    const map = page.locator(testId('alignment-map-canvas'));
    await map.waitFor();
    const box = (await map.boundingBox())!;
    await map.click({ position: { x: box.width * 0.95, y: box.height * 0.95 } });
    await expect.poll(() => selectedIndex(page)).toBeGreaterThan(total * 0.7);
    const far = await selectedIndex(page);
    await expect.poll(async () => (await row(page, far).boundingBox()) !== null).toBe(true);
    await screenshot(page, '85-workbench-map-jump');
    await map.click({ position: { x: 2, y: 2 } });
    await expect.poll(() => selectedIndex(page)).toBeLessThan(total * 0.2);
    expect(await page.locator(testId('alignment-map-caption')).innerText()).toContain(String((await selectedIndex(page)) + 1));
  });

  it('speaks the UI language: filters, map, row buttons and notices in Russian', async () => {
    await page.locator(testId('ui-language')).selectOption('ru');
    await expect.poll(() => page.locator(testId('filter-low')).innerText()).toBe(findMessages.ru.low);
    expect((await page.locator('#alignment-map-title').innerText()).trim()).toBe(mapMessages.ru.title);
    expect(await table(page).getAttribute('aria-label')).toBe(alignmentMessages.ru.gridLabel);
    await row(page, 0).click();
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+m');
    await page.locator(testId('toast-info'), { hasText: errorMessages.ru['edit.mergeFirst'] }).waitFor();
    await screenshot(page, '86-workbench-russian');
    await page.locator(testId('ui-language')).selectOption('en');
    await expect.poll(() => page.locator(testId('filter-low')).innerText()).toBe(findMessages.en.low);
  });
});
