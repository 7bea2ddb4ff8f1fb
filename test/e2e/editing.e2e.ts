/** Editing the alignment by keyboard (and one click), with undo history that survives a reload. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { alignedSeedProject, chromiumStatus, launch, MISSING_CHROMIUM, screenshot, testId, useApp } from './harness';

const status = chromiumStatus();
if (status === 'skip') console.warn(`[e2e] Skipping: ${MISSING_CHROMIUM}`);

const table = (page: Page) => page.locator(testId('alignment-table'));
const row = (page: Page, index: number) => page.locator(`${testId('alignment-row')}[data-index="${index}"]`);
const rowCount = async (page: Page) => Number(await table(page).getAttribute('aria-rowcount')) - 1;
const selectedIndex = async (page: Page) => Number(await page.locator(`${testId('alignment-row')}[data-selected]`).getAttribute('data-index'));
const cellText = (page: Page, index: number, column: number) => row(page, index).locator(testId('alignment-cell')).nth(column).innerText();

async function press(page: Page, key: string, times = 1): Promise<void> {
  for (let k = 0; k < times; k++) await page.keyboard.press(key);
}

describe.skipIf(status === 'skip')('Editing the alignment (web build in Chromium)', () => {
  const app = useApp('qiyos-e2e-edit-');

  it('moves the cursor, merges, undoes, confirms, moves a sentence, realigns, and keeps it all after a reload', async () => {
    const { context, page } = await launch(app.dir);
    try {
      await alignedSeedProject(page, app.url, 'Editing');
      const initial = await rowCount(page);
      expect(initial).toBeGreaterThan(8);

      // Cursor: ↓ ↓ j k → row 3 (index 2); the grid points at it.
      await table(page).focus();
      await press(page, 'ArrowDown', 2);
      await press(page, 'j');
      await press(page, 'k');
      expect(await selectedIndex(page)).toBe(2);
      expect(await table(page).getAttribute('aria-activedescendant')).toBe(await row(page, 2).getAttribute('id'));
      await press(page, 'End');
      expect(await selectedIndex(page)).toBe(initial - 1);
      await press(page, 'Home');
      await press(page, 'ArrowDown', 2);
      await screenshot(page, '40-edit-cursor');

      // Merge rows 3 and 4, then undo.
      const third = [await cellText(page, 2, 0), await cellText(page, 3, 0)];
      await press(page, 'm');
      await expect.poll(() => rowCount(page)).toBe(initial - 1);
      const merged = await cellText(page, 2, 0);
      for (const part of third) if (part !== '—') expect(merged).toContain(part.trim());
      await screenshot(page, '41-edit-merged');
      await press(page, 'Control+z');
      await expect.poll(() => rowCount(page)).toBe(initial);
      expect(await cellText(page, 3, 0)).toBe(third[1]);

      // Confirm row 2 (index 1).
      await press(page, 'ArrowUp');
      await press(page, ' ');
      await expect.poll(() => row(page, 1).getAttribute('data-status')).toBe('confirmed');
      const confirmedText = [await cellText(page, 1, 0), await cellText(page, 1, 1)];
      await screenshot(page, '42-edit-confirmed');

      // Move the English sentence of the first later row that has one up to the row above (Alt+↑).
      const target = await page.evaluate(() => {
        const rows = Array.from(document.querySelectorAll('[data-testid="alignment-row"]')).map((r) => ({
          index: Number(r.getAttribute('data-index')),
          en: r.querySelectorAll('[data-testid="alignment-cell"]')[1]?.classList.contains('grid__cell--empty') === false,
        }));
        return rows.sort((a, b) => a.index - b.index).find((r) => r.index > 2 && r.en)!.index;
      });
      await press(page, 'ArrowDown', target - 1);
      expect(await selectedIndex(page)).toBe(target);
      await press(page, 'ArrowRight');
      const moved = (await row(page, target).locator(testId('alignment-cell')).nth(1).locator('p').first().innerText()).trim();
      const before = await rowCount(page);
      await press(page, 'Alt+ArrowUp');
      await expect.poll(() => cellText(page, target - 1, 1)).toContain(moved);
      const afterMove = await rowCount(page);
      expect(afterMove === before || afterMove === before - 1).toBe(true);
      await screenshot(page, '43-edit-moved');

      // Realign the unconfirmed rest: the confirmed row stays as it is.
      await press(page, 'r');
      await page.locator(testId('toast-success'), { hasText: 'Realigned' }).waitFor({ timeout: 90_000 });
      // (the stretch above it is realigned on its own, so the row may have moved)
      const confirmedRow = page.locator(`${testId('alignment-row')}[data-status="confirmed"]`);
      await expect.poll(() => confirmedRow.count()).toBe(1);
      const cells = confirmedRow.locator(testId('alignment-cell'));
      expect([await cells.nth(0).innerText(), await cells.nth(1).innerText()]).toEqual(confirmedText);
      const realigned = await rowCount(page);
      await screenshot(page, '44-edit-realigned');

      // Reload: edits and history are kept; undo goes back to before the realignment.
      await page.reload();
      await table(page).waitFor({ timeout: 30_000 });
      expect(await rowCount(page)).toBe(realigned);
      expect(await confirmedRow.count()).toBe(1);
      await table(page).focus();
      await press(page, 'Control+z');
      await page.locator('.toast', { hasText: 'Undone: Realign unconfirmed rows' }).waitFor();
      await expect.poll(() => cellText(page, target - 1, 1)).toContain(moved);
      expect(await rowCount(page)).toBe(afterMove);
      // …and once more: the sentence goes back down.
      await press(page, 'Control+z');
      await expect.poll(() => rowCount(page)).toBe(before);
      expect(await cellText(page, target, 1)).toContain(moved);
      await press(page, 'Control+Shift+z');
      await expect.poll(() => rowCount(page)).toBe(afterMove);
      await screenshot(page, '45-edit-after-reload-undo');

      // Mouse: clicking a row moves the cursor there; the toolbar's Confirm button toggles its status.
      await row(page, 0).locator(testId('alignment-cell')).nth(1).click();
      expect(await selectedIndex(page)).toBe(0);
      expect(await page.locator(testId('row-actions')).innerText()).toContain('Row 1:');
      // Moving the cursor changes no row's height (the row buttons live in the toolbar).
      const height = async (index: number) => (await row(page, index).boundingBox())!.height;
      const heights = [await height(0), await height(1)];
      await press(page, 'ArrowDown');
      expect(await page.locator(testId('row-actions')).innerText()).toContain('Row 2:');
      expect([await height(0), await height(1)]).toEqual(heights);
      await press(page, 'ArrowUp');
      const wasStatus = await row(page, 0).getAttribute('data-status');
      await page.locator(testId('row-action-confirm')).click();
      await expect.poll(() => row(page, 0).getAttribute('data-status')).toBe(wasStatus === 'confirmed' ? 'auto' : 'confirmed');
      await screenshot(page, '46-edit-mouse');
      await page.locator(testId('edit-undo')).click();
      await expect.poll(() => row(page, 0).getAttribute('data-status')).toBe(wasStatus);
      await page.locator(testId('edit-redo')).click();
      await expect.poll(() => row(page, 0).getAttribute('data-status')).toBe(wasStatus === 'confirmed' ? 'auto' : 'confirmed');
      await table(page).focus();

      // Go to row 5 (Ctrl+G), confirm everything down to it (Shift+Enter), then jump to the next unconfirmed row (U).
      await press(page, 'Control+g');
      await page.locator(testId('go-to-row-input')).fill('5');
      await press(page, 'Enter');
      await expect.poll(() => selectedIndex(page)).toBe(4);
      await press(page, 'Shift+Enter');
      await expect.poll(() => page.locator(`${testId('alignment-row')}[data-status="confirmed"][data-index="4"]`).count()).toBe(1);
      for (let k = 0; k <= 4; k++) expect(await row(page, k).getAttribute('data-status')).toBe('confirmed');
      await press(page, 'u');
      await expect.poll(() => page.locator(`${testId('alignment-row')}[data-selected]`).getAttribute('data-status')).toBe('auto');
      expect(await selectedIndex(page)).toBeGreaterThan(4);
      // F7: the next low-confidence row, if there is one below.
      const from = await selectedIndex(page);
      await press(page, 'F7');
      const low = await page.locator(`${testId('alignment-row')}[data-selected]`).locator(testId('confidence')).getAttribute('aria-label');
      if ((await selectedIndex(page)) !== from) expect(Number(/(\d\.\d\d)$/.exec(low ?? '')?.[1])).toBeLessThan(0.5);
      else await page.locator('.toast', { hasText: 'No low-confidence row below' }).waitFor();
      await screenshot(page, '47-edit-navigation');

      // The shortcut sheet lists the editing keys.
      await press(page, '?');
      await page.locator(testId('shortcut-alignment-merge-next')).waitFor();
      await screenshot(page, '48-edit-shortcut-sheet');
    } finally {
      await context.close();
    }
  }, 300_000);

  it('splits a row, merges with the previous one, gives sentences a row of their own and moves a sentence down, each undoable', async () => {
    const { context, page } = await launch(app.dir);
    try {
      await alignedSeedProject(page, app.url, 'Editing 2');
      const n = await rowCount(page);
      // A row with an English sentence, not the last one, below the page's boilerplate rows.
      const target = await page.evaluate(() => {
        const rows = Array.from(document.querySelectorAll('[data-testid="alignment-row"]')).map((r) => {
          const cells = r.querySelectorAll('[data-testid="alignment-cell"]');
          const full = (c: Element | undefined) => c !== undefined && !c.classList.contains('grid__cell--empty');
          return { index: Number(r.getAttribute('data-index')), both: full(cells[0]) && full(cells[1]) };
        });
        return rows.sort((a, b) => a.index - b.index).find((r) => r.index > 2 && r.both)!.index;
      });
      await table(page).focus();
      await press(page, 'Control+g');
      await page.locator(testId('go-to-row-input')).fill(String(target + 1));
      await press(page, 'Enter');
      await expect.poll(() => selectedIndex(page)).toBe(target);
      const [uz, en] = [await cellText(page, target, 0), await cellText(page, target, 1)];
      const [uzNext, enNext] = [await cellText(page, target + 1, 0), await cellText(page, target + 1, 1)];

      // M then S: the merged row holds both rows' sentences; splitting it gives two rows again.
      await press(page, 'm');
      await expect.poll(() => rowCount(page)).toBe(n - 1);
      expect(await cellText(page, target, 0)).toContain(uz.trim());
      if (uzNext.trim() !== '—') expect(await cellText(page, target, 0)).toContain(uzNext.trim());
      await press(page, 's');
      await expect.poll(() => rowCount(page)).toBe(n);
      const joined = `${await cellText(page, target, 1)} ${await cellText(page, target + 1, 1)}`;
      for (const text of [en, enNext].map((t) => t.trim()).filter((t) => t !== '—')) expect(joined).toContain(text);
      await screenshot(page, '49-edit-split');
      await press(page, 'Control+z');
      await expect.poll(() => rowCount(page)).toBe(n - 1);
      await press(page, 'Control+z');
      await expect.poll(() => rowCount(page)).toBe(n);

      // Shift+M on the next row merges it into this one (the row above it); undo brings it back.
      await press(page, 'ArrowDown');
      await press(page, 'Shift+m');
      await expect.poll(() => rowCount(page)).toBe(n - 1);
      expect(await selectedIndex(page)).toBe(target);
      expect(await cellText(page, target, 1)).toContain(en.trim());
      if (enNext.trim() !== '—') expect(await cellText(page, target, 1)).toContain(enNext.trim());
      await screenshot(page, '50-edit-merged-previous');
      await press(page, 'Control+z');
      await expect.poll(() => rowCount(page)).toBe(n);

      // N on the Uzbek column: its sentences get a row of their own, with no English counterpart.
      // (undo put the cursor back on the first row it restored: this one)
      expect(await selectedIndex(page)).toBe(target);
      await press(page, 'n');
      await expect.poll(() => rowCount(page)).toBe(n + 1);
      const alone = await page.evaluate((text) => {
        const rows = Array.from(document.querySelectorAll('[data-testid="alignment-row"]'));
        return rows.some((r) => {
          const cells = r.querySelectorAll('[data-testid="alignment-cell"]');
          return (cells[0] as HTMLElement | undefined)?.innerText.trim() === text && cells[1]?.classList.contains('grid__cell--empty') === true;
        });
      }, uz.trim());
      expect(alone).toBe(true);
      await screenshot(page, '51-edit-no-counterpart');
      await press(page, 'Control+z');
      await expect.poll(() => rowCount(page)).toBe(n);

      // Alt+↓ on the English column: its last sentence goes to the row below.
      await press(page, 'ArrowRight');
      const last = (await row(page, target).locator(testId('alignment-cell')).nth(1).locator('p').last().innerText()).trim();
      const cellBefore = await cellText(page, target, 1);
      await press(page, 'Alt+ArrowDown');
      // Wait for the edit to land (the row's English cell or the row count changes), then check where the sentence went.
      await expect.poll(async () => (await cellText(page, target, 1)) !== cellBefore || (await rowCount(page)) !== n).toBe(true);
      expect((await cellText(page, target + 1, 1)).includes(last) || (await cellText(page, target, 1)).includes(last)).toBe(true);
      const rowsAfter = await rowCount(page);
      expect(rowsAfter === n || rowsAfter === n - 1).toBe(true);
      if (rowsAfter === n) expect(await cellText(page, target + 1, 1)).toContain(last);
      await screenshot(page, '52-edit-moved-down');
      await press(page, 'Control+z');
      await expect.poll(() => cellText(page, target, 1)).toBe(en);
      expect(await rowCount(page)).toBe(n);
    } finally {
      await context.close();
    }
  }, 300_000);
});
