/**
 * Whole-database backup in the web build: two projects (one with undo history), glossary rows and
 * the UI language go into one file; a new browser profile (an empty database) restores everything,
 * and undo still works on the restored alignment.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../renderer/db/backup';
import { writeTmx } from '../../shared/tmx/writeTmx';
import { chooseFiles, chromiumStatus, desktopCalls, expectDocuments, launch, MISSING_CHROMIUM, readStores, screenshot, sendMenuCommand, stubDesktop, testId, useApp } from './harness';

const status = chromiumStatus();
if (status === 'skip') console.warn(`[e2e] Skipping: ${MISSING_CHROMIUM}`);

function tmx(rows: [string, string][]): string {
  return writeTmx({
    columns: [
      { lang: 'uz-Cyrl', documentName: 'Sputnik (uz)' },
      { lang: 'en', documentName: 'Xinhua' },
    ],
    units: rows.map(([uz, en]) => ({ cells: [[uz], [en]], score: 0.8, status: 'auto' as const })),
    options: { creationDate: '2025-11-15T00:00:00Z' },
  }).xml;
}

const SUMMIT: [string, string][] = [
  ['Кўксарой қароргоҳида музокаралар бўлиб ўтди.', 'Talks took place at the Kuksaroy residence.'],
  ['Товар айирбошлаш 4 миллиард долларга етди.', 'Trade reached $4 billion.'],
  ['Томонлар ҳамкорликни кенгайтиришга келишди.', 'The sides agreed to expand cooperation.'],
];
const VISIT: [string, string][] = [
  ['Президент Остонага ташриф буюрди.', 'The President visited Astana.'],
  ['Музокаралар тор доирада бошланди.', 'Talks began in a narrow format.'],
];

async function importTmx(page: Page, file: string): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, ''));
  await page.locator(testId('home-view')).waitFor();
  const chooser = await chooseFiles(page, () => page.locator(testId('import-tmx')).click());
  await chooser.setFiles(file);
  await page.locator(testId('alignment-table')).waitFor();
}

const rowCount = async (page: Page) => Number(await page.locator(testId('alignment-table')).getAttribute('aria-rowcount')) - 1;

/** Adds glossary concepts to a project straight into IndexedDB (the glossary screen is another feature's). */
async function addGlossary(page: Page, projectName: string, terms: [string, string][]): Promise<void> {
  const projects = (await readStores(page, ['projects'])).projects as Array<{ id: number; name: string }>;
  const projectId = projects.find((p) => p.name === projectName)!.id;
  await page.evaluate(
    async ({ projectId, terms }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('qiyos');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction('glossaryConcepts', 'readwrite');
      terms.forEach(([uz, en], i) => {
        const term = (text: string, lang: string) => ({ text, lang, status: 'preferred', variants: [text], sources: [{ doc: 0, segment: i, context: text }] });
        tx.objectStore('glossaryConcepts').add({
          projectId,
          key: `person:${en}`,
          status: i === 0 ? 'approved' : 'candidate',
          concept: { id: `c${i}`, type: 'person', score: 2, terms: { 'uz-Cyrl': [term(uz, 'uz-Cyrl')], en: [term(en, 'en')] } },
          createdAt: 1,
          updatedAt: 2,
        });
      });
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    },
    { projectId, terms },
  );
}

/** Project name → its glossary's English terms, read from IndexedDB. */
async function glossaries(page: Page): Promise<Record<string, string[]>> {
  const stored = await readStores(page, ['projects', 'glossaryConcepts']);
  const projects = stored.projects as Array<{ id: number; name: string }>;
  const concepts = stored.glossaryConcepts as Array<{ projectId: number; concept: { terms: { en: { text: string }[] } } }>;
  return Object.fromEntries(projects.map((p) => [p.name, concepts.filter((c) => c.projectId === p.id).map((c) => c.concept.terms.en[0]!.text)]));
}

/** The UI language saved in the settings table. */
async function storedLocale(page: Page): Promise<unknown> {
  const settings = (await readStores(page, ['settings'])).settings as Array<{ key: string; value?: unknown }>;
  return settings.find((setting) => setting.key === 'uiLocale')?.value;
}

describe.skipIf(status === 'skip')('whole-database backup (web build in Chromium)', () => {
  const app = useApp('qiyos-e2e-backup-');

  it('moves every project with its undo history, glossary and the settings to a new profile', async () => {
    const summit = join(app.dir, 'Summit.tmx');
    const visit = join(app.dir, 'Astana visit.tmx');
    writeFileSync(summit, tmx(SUMMIT));
    writeFileSync(visit, tmx(VISIT));
    let backupFile = '';
    {
      const { context, page } = await launch(join(app.dir, 'profile-old'));
      try {
        await page.goto(app.url);
        await importTmx(page, summit);
        expect(await rowCount(page)).toBe(3);
        // Two edits with the keyboard: merge rows 1 and 2, then confirm the merged row.
        const grid = page.locator(testId('alignment-table'));
        await grid.focus();
        await page.keyboard.press('m');
        await expect.poll(() => rowCount(page)).toBe(2);
        await page.keyboard.press('Space');
        await expect.poll(() => page.locator(testId('edit-undo')).getAttribute('title')).toMatch(/Confirm/);
        await importTmx(page, visit);
        await addGlossary(page, 'Summit', [
          ['Шавкат Мирзиёев', 'Shavkat Mirziyoyev'],
          ['Қасим-Жомарт Тўқаев', 'Kassym-Jomart Tokayev'],
        ]);
        await addGlossary(page, 'Astana visit', [['Остона', 'Astana']]);
        await page.locator(testId('ui-language')).selectOption('ru');
        await expect.poll(() => storedLocale(page)).toBe('ru');

        await page.goto(app.url);
        await page.locator(testId('project-row')).nth(1).waitFor();
        const [download] = await Promise.all([page.waitForEvent('download'), page.locator(testId('backup-all')).click()]);
        expect(download.suggestedFilename()).toMatch(/^Qiyos all projects \d{4}-\d{2}-\d{2}\.qiyos\.json$/);
        backupFile = join(app.dir, download.suggestedFilename());
        await download.saveAs(backupFile);
        await page.locator(testId('toast-success')).first().waitFor();
        await screenshot(page, '71-backup-all-projects');
      } finally {
        await context.close();
      }
    }

    const backup = parseBackup(readFileSync(backupFile, 'utf8'));
    expect(backup.scope).toBe('database');
    if (backup.scope !== 'database') return;
    expect(backup.projects.map((p) => p.project.name).sort()).toEqual(['Astana visit', 'Summit']);
    expect(backup.projects.find((p) => p.project.name === 'Summit')!.edits.map((e) => e.undone)).toEqual([false, false]);
    expect(backup.settings).toContainEqual({ key: 'uiLocale', value: 'ru' });

    // A new profile: an empty database, as on another machine.
    const { context, page } = await launch(join(app.dir, 'profile-new'));
    try {
      await page.goto(app.url);
      await page.locator(testId('no-projects')).waitFor();
      const chooser = await chooseFiles(page, () => page.locator(testId('restore-backup')).click());
      await chooser.setFiles(backupFile);
      await page.locator(testId('toast-success')).first().waitFor();
      await expect.poll(() => page.locator(testId('project-row')).count()).toBe(2);
      expect(await glossaries(page)).toEqual({ Summit: ['Shavkat Mirziyoyev', 'Kassym-Jomart Tokayev'], 'Astana visit': ['Astana'] });
      // The settings came along: after a reload the UI is in Russian.
      await page.reload();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ru');
      await screenshot(page, '72-restored-all-projects');

      await page.locator(testId('project-row'), { hasText: 'Summit' }).locator(testId('open-project')).click();
      await page.locator(testId('alignment-table')).waitFor();
      expect(await rowCount(page)).toBe(2);
      // Undo works on the restored history: the confirmation, then the merge.
      await page.locator(testId('alignment-table')).focus();
      await page.keyboard.press('Control+z');
      await page.keyboard.press('Control+z');
      await expect.poll(() => rowCount(page)).toBe(3);
      expect(await page.locator(testId('alignment-table')).innerText()).toContain('Trade reached $4 billion.');
      await page.keyboard.press('Control+Shift+z');
      await expect.poll(() => rowCount(page)).toBe(2);
      await screenshot(page, '73-undo-after-restore');
    } finally {
      await context.close();
    }
  });
});

describe.skipIf(status === 'skip')('desktop shell in the renderer (web build with a stand-in preload)', () => {
  const app = useApp('qiyos-e2e-shell-');

  it('imports files opened from outside into a new project, then into the open one; Back Up Project goes through the save call', async () => {
    const { context, page } = await launch(join(app.dir, 'profile-desktop'));
    try {
      await stubDesktop(page, {}, { saveDir: '/home/aziza/' });
      const invokes = (channel: string) => desktopCalls(page, channel);
      /** What main sends for files given on the command line or through "Open with". */
      const openFiles = (files: [string, string][], problems: unknown[] = []) =>
        page.evaluate(
          ({ files, problems }) => {
            const arg = { files: files.map(([name, text]) => ({ name, bytes: new TextEncoder().encode(text) })), problems };
            for (const listener of (window as unknown as { __test: { listeners: Array<(c: unknown) => void> } }).__test.listeners) listener({ id: 'open-files', arg });
          },
          { files, problems },
        );

      await page.goto(app.url);
      await page.locator(testId('home-view')).waitFor();
      await expect.poll(async () => (await invokes('qiyos:set-ui-locale')).at(-1)).toEqual(['qiyos:set-ui-locale', 'en']);

      await openFiles([['Sputnik 15.11.txt', `${SUMMIT.map(([uz]) => uz).join('\n')}\n`]], [
        { id: 'open.tooLarge', values: { file: 'huge.docx', size: 62_914_560, limit: 52_428_800 } },
      ]);
      await page.locator(testId('project-view')).waitFor();
      await expect.poll(() => page.locator(testId('project-title')).innerText()).toBe('Sputnik 15.11');
      await expectDocuments(page, 1);
      await page.locator(testId('toast-error'), { hasText: 'huge.docx' }).waitFor();

      await openFiles([['xinhua.md', `# Talks\n\n${SUMMIT.map(([, en]) => en).join(' ')}\n`]]);
      await expectDocuments(page, 2);
      expect(await page.locator(testId('project-row')).count()).toBe(0);
      await screenshot(page, '74-opened-files-imported');

      // File → Back Up Project… in the project view saves through the typed save call with the backup filter.
      await sendMenuCommand(page, { id: 'backup-project' });
      await expect.poll(async () => (await invokes('qiyos:save-export')).length).toBe(1);
      const [, save] = ((await invokes('qiyos:save-export')) as [string, { suggestedName: string; content: string; filter: unknown }][])[0]!;
      expect(save.suggestedName).toMatch(/^Sputnik 15\.11 \d{4}-\d{2}-\d{2}\.qiyos\.json$/);
      expect(save.filter).toEqual({ name: 'Qiyos backup', extensions: ['json'] });
      const backup = parseBackup(save.content);
      expect(backup.scope === 'project' && backup.documents.map((d) => d.fileName)).toEqual(['Sputnik 15.11.txt', 'xinhua.md']);
      await page.locator(testId('toast-success'), { hasText: 'Backed up "Sputnik 15.11"' }).waitFor();
    } finally {
      await context.close();
    }
  });
});
