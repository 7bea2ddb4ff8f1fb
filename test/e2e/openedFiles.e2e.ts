/**
 * Files opened from outside the desktop app that main cannot open, shown in the UI language: real
 * files on disk are read by main's own code (electron/openedFiles.ts + readOneFile, with Electron
 * mocked), the command goes through the preload's check, and the web build with a stand-in preload
 * shows each refused file in Russian while the readable ones are imported.
 */
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../unit/electron/electronMock'));

import { dialog, ipcMain } from '../unit/electron/electronMock';
import { MAX_OPEN_FILE_BYTES, readOneFile, registerIpcHandlers } from '../../electron/ipc';
import { createUrlTrust } from '../../electron/security';
import { createOpenedFilesQueue } from '../../electron/openedFiles';
import { formatErrorText } from '../../shared/i18n/localizeError';
import { isMenuCommand, isPickResult, type OpenedFiles, type PickResult } from '../../shared/ipc';
import { chromiumStatus, createProject, expectDocuments, FIXTURES, launch, MISSING_CHROMIUM, screenshot, sendMenuCommand, stubDesktop, testId, useApp } from './harness';

const status = chromiumStatus();
if (status === 'skip') console.warn(`[e2e] Skipping: ${MISSING_CHROMIUM}`);

/** What main sends for `paths` given on the command line. */
async function openedByMain(paths: string[]): Promise<OpenedFiles> {
  let opened: OpenedFiles | undefined;
  const queue = createOpenedFilesQueue({ readFile: readOneFile, send: (o) => ((opened = o), true) });
  await queue.open(paths);
  await queue.rendererReady();
  expect(isMenuCommand({ id: 'open-files', arg: opened })).toBe(true);
  return opened!;
}

/** What main's 'qiyos:open-documents' handler answers when the native dialog returns `paths`. */
async function dialogAnswer(paths: string[]): Promise<PickResult> {
  ipcMain.handle.mockReset();
  registerIpcHandlers({ isTrusted: createUrlTrust(null), getWindow: () => null });
  const handle = ipcMain.handle.mock.calls.find(([channel]) => channel === 'qiyos:open-documents')![1] as (event: unknown) => Promise<unknown>;
  dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: paths });
  const answer = structuredClone(await handle({ senderFrame: { url: 'app://qiyos/index.html', parent: null } }));
  // The preload passes on only answers of this shape.
  expect(isPickResult(answer)).toBe(true);
  return answer as PickResult;
}

describe.skipIf(status === 'skip')('files opened from outside that main cannot open', () => {
  const app = useApp('qiyos-e2e-opened-');

  it('says why in Russian, naming each file, and imports the readable one', async () => {
    const dir = mkdtempSync(join(app.dir, 'files-'));
    const report = join(dir, 'РИА 15.11.txt');
    writeFileSync(report, readFileSync(`${FIXTURES}001_3aea3366a85cbd5f.txt`));
    const empty = join(dir, 'пустой.txt');
    writeFileSync(empty, '');
    const huge = join(dir, 'Ўзбекистон архиви.docx');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_OPEN_FILE_BYTES + 10 * 1024 * 1024); // sparse
    const opened = await openedByMain([report, join(dir, 'нет-такого.md'), empty, huge]);
    expect(opened.files.map((f) => f.name)).toEqual(['РИА 15.11.txt', 'пустой.txt']);
    expect(opened.problems.map((p) => p.id)).toEqual(['open.failed', 'open.tooLarge']);

    const { context, page } = await launch(join(app.dir, 'profile'));
    try {
      await stubDesktop(page);
      await page.goto(app.url);
      await page.locator(testId('home-view')).waitFor();
      await page.locator(testId('ui-language')).selectOption('ru');
      // Bytes cross page.evaluate as plain numbers; the page rebuilds the Uint8Array main would send.
      const files = opened.files.map((f) => ({ name: f.name, bytes: [...f.bytes] }));
      await page.evaluate(
        ({ files, problems }) => {
          const arg = { files: files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })), problems };
          for (const listener of (window as unknown as { __test: { listeners: Array<(c: unknown) => void> } }).__test.listeners) listener({ id: 'open-files', arg });
        },
        { files, problems: opened.problems },
      );

      await page.locator(testId('toast-error'), { hasText: 'Не удалось открыть «нет-такого.md»: файл не найден' }).waitFor();
      await page.locator(testId('toast-error'), { hasText: formatErrorText(opened.problems[1]!, 'ru')! }).waitFor();
      expect(formatErrorText(opened.problems[1]!, 'ru')).toBe('Файл «Ўзбекистон архиви.docx» слишком велик (60,0 МБ); Qiyos открывает файлы размером до 50,0 МБ.');
      await page.locator(testId('project-view')).waitFor();
      await expect.poll(() => page.locator(testId('project-title')).innerText()).toBe('РИА 15.11');
      await expectDocuments(page, 1);
      // The empty file reached the importer, which refuses it in Russian too.
      await page.locator(testId('toast-error'), { hasText: 'Не удалось добавить «пустой.txt»: файл пуст' }).waitFor();
      await screenshot(page, '75-opened-files-refused-russian');
      // Nothing in English slipped through.
      expect(await page.locator(testId('toast-error')).allInnerTexts()).not.toContainEqual(expect.stringMatching(/Could not open|too large|is empty/));
    } finally {
      await context.close();
    }
  });

  it('says why a file picked in the native dialog was refused, in Russian, with the sizes written the Russian way', async () => {
    const huge = join(mkdtempSync(join(app.dir, 'picked-')), 'Ўзбекистон архиви.docx');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_OPEN_FILE_BYTES + 10 * 1024 * 1024); // sparse
    const answer = await dialogAnswer([huge]);
    const { context, page } = await launch(join(app.dir, 'profile-dialog'));
    try {
      await stubDesktop(page, { 'qiyos:open-documents': answer });
      await page.goto(app.url);
      await page.locator(testId('home-view')).waitFor();
      await page.locator(testId('ui-language')).selectOption('ru');
      await createProject(page, 'Архив');
      await page.locator(testId('add-files')).click();
      await page
        .locator(testId('toast-error'), { hasText: 'Не удалось открыть файлы: Файл «Ўзбекистон архиви.docx» слишком велик (60,0 МБ); Qiyos открывает файлы размером до 50,0 МБ.' })
        .waitFor();
      await screenshot(page, '76-dialog-file-refused-russian');
      expect(await page.locator(testId('toast-error')).allInnerTexts()).not.toContainEqual(expect.stringMatching(/invoking remote method|too large/));
      await expectDocuments(page, 0);
    } finally {
      await context.close();
    }
  });

  it('shows them in Uzbek (Latin) as well', async () => {
    const opened = await openedByMain([join(app.dir, 'yoʻq.txt')]);
    const { context, page } = await launch(join(app.dir, 'profile-uz'));
    try {
      await stubDesktop(page);
      await page.goto(app.url);
      await page.locator(testId('home-view')).waitFor();
      await page.locator(testId('ui-language')).selectOption('uz-Latn');
      await sendMenuCommand(page, { id: 'open-files', arg: opened });
      await page.locator(testId('toast-error'), { hasText: '“yoʻq.txt” faylini ochib boʻlmadi: bunday fayl yoʻq' }).waitFor();
      // No file came, so no project was made.
      expect(await page.locator(testId('project-view')).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
