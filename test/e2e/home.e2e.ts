import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumStatus, createProject, EN_SEED, FIXTURES, launch, MISSING_CHROMIUM, screenshot, testId, useApp } from './harness';

const status = chromiumStatus();
if (status === 'skip') console.warn(`[e2e] Skipping: ${MISSING_CHROMIUM}`);

const EN_REWRITE_SEED = `${FIXTURES}003_cd7b60f6df8fe946.txt`;
const UZ_ANCHOR = 'Кўксарой қароргоҳида';

async function pasteDocument(page: Page, title: string, file: string): Promise<void> {
  await page.locator(testId('paste-open')).click();
  await page.locator(testId('paste-dialog')).waitFor();
  await page.locator(testId('paste-title')).fill(title);
  await page.locator(testId('paste-text')).fill(readFileSync(file, 'utf8'));
  await page.locator(testId('paste-submit')).click();
  await page.locator(testId('paste-dialog')).waitFor({ state: 'hidden' });
}

const heading = (page: Page) => page.locator('.topbar__title').innerText();

describe.skipIf(status === 'skip')('Home, sample project, compare view and UI language (web build in Chromium)', () => {
  const app = useApp('qiyos-e2e-home-');

  it('switches the interface language, and the choice survives a reload', async () => {
    const { context, page } = await launch(`${app.dir}/language`);
    try {
      await page.goto(app.url);
      await page.locator(testId('home-view')).waitFor();
      expect(await heading(page)).toBe('Projects');

      await page.locator(testId('ui-language')).selectOption('ru');
      await expect.poll(() => heading(page)).toBe('Проекты');
      expect(await page.locator(testId('create-project')).innerText()).toBe('Создать проект');
      expect(await page.locator('html').getAttribute('lang')).toBe('ru');
      await screenshot(page, 'home-01-russian');
      await page.reload();
      await page.locator(testId('home-view')).waitFor();
      await expect.poll(() => heading(page)).toBe('Проекты');

      await page.locator(testId('ui-language')).selectOption('uz-Latn');
      await expect.poll(() => heading(page)).toBe('Loyihalar');
      await page.keyboard.press('F1');
      const sheet = page.locator(testId('shortcut-sheet'));
      await sheet.waitFor();
      expect(await sheet.locator(testId('shortcut-new-project')).innerText()).toContain('Yangi loyihani boshlash');
      await screenshot(page, 'home-02-uzbek-shortcuts');
      await page.keyboard.press('Escape');
      await page.reload();
      await page.locator(testId('home-view')).waitFor();
      await expect.poll(() => heading(page)).toBe('Loyihalar');

      await page.locator(testId('ui-language')).selectOption('en');
      await expect.poll(() => heading(page)).toBe('Projects');
      await page.reload();
      await page.locator(testId('home-view')).waitFor();
      await expect.poll(() => heading(page)).toBe('Projects');
    } finally {
      await context.close();
    }
  });

  it('builds the sample project, duplicates it, deletes the copy and brings it back with Undo', async () => {
    const { context, page } = await launch(`${app.dir}/sample`);
    try {
      await page.goto(app.url);
      await page.locator(testId('home-view')).waitFor();
      await page.locator(testId('build-sample')).click();
      await page.locator(testId('project-view')).waitFor({ timeout: 120_000 });
      await page.locator(testId('alignment-table')).waitFor({ timeout: 60_000 });
      await expect.poll(() => page.locator(testId('document-row')).count()).toBe(2);
      const anchor = page.locator(testId('alignment-row'), { hasText: UZ_ANCHOR }).first();
      await anchor.waitFor();
      expect(await anchor.locator(testId('alignment-cell')).nth(1).innerText()).toContain('As reported, on Saturday, private talks');
      await screenshot(page, 'home-03-sample-aligned');

      await page.locator('.topbar__brand').click();
      await page.locator(testId('project-list')).waitFor();
      const rows = page.locator(testId('project-row'));
      await expect.poll(() => rows.count()).toBe(1);
      const sample = rows.first();
      expect(await sample.locator(testId('project-languages')).innerText()).toMatch(/uz-Cyrl[\s\S]*en/);
      expect(await sample.locator(testId('project-document-count')).innerText()).toBe('2');
      const beads = Number(await sample.locator(testId('project-bead-count')).innerText());
      expect(beads).toBeGreaterThan(6);
      const sampleName = await sample.locator(testId('open-project')).innerText();

      await sample.locator(testId('duplicate-project')).click();
      await expect.poll(() => rows.count()).toBe(2);
      const copy = page.locator(testId('project-row'), { hasText: `${sampleName} (copy)` });
      await copy.waitFor();
      expect(await copy.locator(testId('project-bead-count')).innerText()).toBe(String(beads));
      expect(await copy.locator(testId('project-document-count')).innerText()).toBe('2');
      const copyId = await copy.getAttribute('data-project-id');
      await screenshot(page, 'home-04-duplicated');

      // Delete the copy from the keyboard: the confirmation takes the focus (Escape keeps the project), then Undo does.
      const isFocused = (locator: ReturnType<Page['locator']>) => locator.evaluate((element) => element === document.activeElement);
      await copy.locator(testId('delete-project')).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => isFocused(copy.locator(testId('keep-project')))).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => isFocused(copy.locator(testId('delete-project')))).toBe(true);
      expect(await rows.count()).toBe(2);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Shift+Tab');
      expect(await isFocused(copy.locator(testId('confirm-delete-project')))).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => rows.count()).toBe(1);
      const undo = page.locator(testId('toast-action'), { hasText: 'Undo' });
      await undo.waitFor();
      await expect.poll(() => isFocused(undo)).toBe(true);
      await screenshot(page, 'home-05-deleted-with-undo');
      await page.keyboard.press('Enter');
      await expect.poll(() => rows.count()).toBe(2);
      const restored = page.locator(testId('project-row'), { hasText: `${sampleName} (copy)` });
      expect(await restored.getAttribute('data-project-id')).toBe(copyId);
      expect(await restored.locator(testId('project-bead-count')).innerText()).toBe(String(beads));

      await restored.locator(testId('open-project')).click();
      await page.locator(testId('alignment-table')).waitFor();
      await page.locator(testId('alignment-row'), { hasText: UZ_ANCHOR }).first().waitFor();
      await screenshot(page, 'home-06-restored-copy');
    } finally {
      await context.close();
    }
  });

  it('compares two English reports word by word and tells a rewrite', async () => {
    const { context, page } = await launch(`${app.dir}/compare`);
    try {
      await page.goto(app.url);
      await createProject(page, 'Two English reports');
      await pasteDocument(page, 'Xinhua', EN_SEED);
      await pasteDocument(page, 'Embassy site', EN_REWRITE_SEED);
      await expect.poll(() => page.locator(testId('document-row')).count()).toBe(2);

      await page.locator(testId('open-compare')).click();
      await page.locator(testId('compare-view')).waitFor();
      const similarity = page.locator(testId('compare-similarity'));
      await similarity.waitFor({ timeout: 60_000 });
      const value = Number(await similarity.getAttribute('data-similarity'));
      expect(value).toBeGreaterThan(0.05);
      expect(value).toBeLessThan(0.4);
      expect(await page.locator(testId('compare-verdict')).getAttribute('data-verdict')).toBe('verdictRewrite');
      expect(await page.locator(testId('compare-left-text')).innerText()).toContain('Kassym-Jomart Tokayev');
      expect(await page.locator(`${testId('compare-left-text')} del`).count()).toBeGreaterThan(5);
      expect(await page.locator(`${testId('compare-right-text')} ins`).count()).toBeGreaterThan(5);
      await screenshot(page, 'home-07-compare-side-by-side');

      // Swapping sides keeps the figure and moves the texts.
      await page.locator(testId('compare-swap')).click();
      await expect.poll(() => page.locator(testId('compare-left-text')).innerText()).toContain('Home Mission Cooperation');
      expect(Number(await page.locator(testId('compare-similarity')).getAttribute('data-similarity'))).toBe(value);

      await page.locator(testId('compare-layout-inline')).check();
      await page.locator(testId('compare-inline-text')).waitFor();
      await screenshot(page, 'home-08-compare-inline');

      // The same document on both sides is refused; choosing the pair is kept in the URL.
      const left = page.locator(testId('compare-left'));
      const right = page.locator(testId('compare-right'));
      const rightValue = await right.inputValue();
      await left.selectOption(rightValue);
      await expect.poll(() => page.url()).toMatch(/\/compare\/\d+\/\d+$/);
      await page.locator(testId('compare-same')).waitFor();
    } finally {
      await context.close();
    }
  });
});
