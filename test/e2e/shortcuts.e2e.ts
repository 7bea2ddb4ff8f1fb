import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignAndWait, chooseFiles, chromiumStatus, createProject, desktopCalls, EN_SEED, importFiles, launch, ROOT, screenshot, sendMenuCommand, stubDesktop, testId, useApp, UZ_SEED } from './harness';

const status = chromiumStatus();
const { version } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string };

/** The browser build reaches the menu's commands by keyboard: Ctrl+N, Ctrl+O, F1 / ? (desktop: the native menu). */
describe.skipIf(status === 'skip')('Keyboard shortcuts (web build in Chromium)', () => {
  const app = useApp('qiyos-e2e-keys-');

  it('Ctrl+N starts a new project from anywhere, Ctrl+O imports into the open one, F1 and ? open the shortcut sheet', async () => {
    const { context, page } = await launch(app.dir);
    try {
      await page.goto(app.url);
      await page.locator(testId('home-view')).waitFor();
      const nameField = page.locator(testId('new-project-name'));
      const isFocused = () => nameField.evaluate((element) => element === document.activeElement);

      // From the home view: the name field gets the cursor.
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      expect(await isFocused()).toBe(false);
      await page.keyboard.press('Control+n');
      await expect.poll(isFocused).toBe(true);

      // Typing "?" in a text field types it; it does not open the sheet.
      await page.keyboard.type('Keys? test');
      expect(await nameField.inputValue()).toBe('Keys? test');
      expect(await page.locator(testId('shortcut-sheet')).isVisible()).toBe(false);
      await page.keyboard.press('Enter');
      await page.locator(testId('project-view')).waitFor();

      // In a project, Ctrl+O opens the file picker of "Add files…".
      await commandsRegistered(page);
      const chooser = await chooseFiles(page, () => page.keyboard.press('Control+o'));
      expect(chooser.isMultiple()).toBe(true);
      await chooser.setFiles([]);

      // From the project view, Ctrl+N goes home and puts the cursor in the name field.
      await page.keyboard.press('Control+n');
      await page.locator(testId('home-view')).waitFor();
      await expect.poll(isFocused).toBe(true);

      // F1 opens the shortcut sheet, listing the keys; Escape closes it; "?" outside a field opens it too.
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('F1');
      const sheet = page.locator(testId('shortcut-sheet'));
      await sheet.waitFor();
      expect(await sheet.locator(testId('shortcut-new-project')).innerText()).toMatch(/Ctrl\+N\s+Start a new project/);
      expect(await sheet.locator(testId('shortcut-import-documents')).innerText()).toContain('Ctrl+O');
      expect(await sheet.locator(testId('shortcut-export-tmx')).innerText()).toContain('Ctrl+E');
      expect(await sheet.locator(testId('shortcut-shortcut-sheet')).innerText()).toMatch(/F1[\s\S]*Ctrl\+\/[\s\S]*\?/);
      expect(await sheet.innerText()).not.toMatch(/TBX|CSV|Back ?up|Restore/i);
      await screenshot(page, '21-shortcut-sheet');
      await page.keyboard.press('Escape');
      await sheet.waitFor({ state: 'hidden' });
      const focused = await page.evaluate(() => `${document.activeElement?.tagName}:${(document.activeElement as HTMLInputElement | null)?.dataset?.testid ?? ''}`);
      expect(focused).not.toMatch(/^(INPUT|TEXTAREA)/);
      await page.keyboard.press('?');
      await sheet.waitFor();
      await page.locator(testId('shortcut-sheet-close')).click();
      await sheet.waitFor({ state: 'hidden' });

      // About (Help → About on the desktop) shows the version from package.json.
      await page.locator(testId('open-about')).click();
      const about = page.locator(testId('about-dialog'));
      await about.waitFor();
      expect(await about.locator(testId('about-version')).innerText()).toBe(version);
      await page.keyboard.press('Escape');
      await about.waitFor({ state: 'hidden' });
    } finally {
      await context.close();
    }
  });

  it('Ctrl+O imports the picked files, and Ctrl+F finds a name in the alignment across scripts', async () => {
    const findProfile = mkdtempSync(join(tmpdir(), 'qiyos-e2e-find-'));
    const { context, page } = await launch(findProfile);
    try {
      await page.goto(app.url);
      await createProject(page, 'Find test');

      await commandsRegistered(page);
      await importFiles(page, [UZ_SEED, EN_SEED], { open: () => page.keyboard.press('Control+o') });
      await alignAndWait(page);

      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+f');
      const input = page.locator(testId('find-input'));
      await input.waitFor();
      await expect.poll(() => input.evaluate((element) => element === document.activeElement)).toBe(true);
      await page.keyboard.type('Mirziyoyev');
      await expect.poll(() => page.locator(testId('find-status')).innerText()).toMatch(/^1 of \d+$/);
      const current = page.locator(`${testId('alignment-row')}[data-match="current"]`);
      await current.waitFor();
      expect(await current.innerText()).toMatch(/Мирзиёев|Mirziyoyev/);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator(testId('find-status')).innerText()).toMatch(/^2 of \d+$/);
      await screenshot(page, '22-find');

      // Cyrillic finds the same rows as Latin.
      const latinCount = (await page.locator(testId('find-status')).innerText()).split(' of ')[1];
      await input.fill('Мирзиёев');
      await expect.poll(() => page.locator(testId('find-status')).innerText()).toBe(`1 of ${latinCount}`);
      await page.keyboard.press('Escape');
      await page.locator(testId('find-bar')).waitFor({ state: 'hidden' });
    } finally {
      await context.close();
      rmSync(findProfile, { recursive: true, force: true });
    }
  });

  it('desktop renderer: reports menu state and recent projects, runs menu commands and answers prepare-quit', async () => {
    const desktopProfile = mkdtempSync(join(tmpdir(), 'qiyos-e2e-desktop-'));
    const { context, page } = await launch(desktopProfile);
    try {
      // A stand-in for the Electron preload (window.qiyosDesktop) that records what the page asks of main.
      await stubDesktop(page, {
        'qiyos:app-info': { name: 'Qiyos', version: '0.1.0', platform: 'linux', runtime: ['Electron 45.4.1'] },
        'qiyos:open-documents': { files: [] },
      });
      type MenuStateCall = { enabled: string[]; recentProjects: Array<{ id: number; name: string }> };
      const menuState = async () => ((await desktopCalls(page, 'qiyos:set-menu-state')).at(-1)?.[1] ?? null) as MenuStateCall | null;
      const send = (command: unknown) => sendMenuCommand(page, command);
      const invoked = async (channel: string) => (await desktopCalls(page, channel)).length;

      await page.goto(app.url);
      await page.locator(testId('home-view')).waitFor();
      await expect.poll(async () => (await menuState())?.enabled).toEqual([
        'about',
        'backup-all',
        'import-tmx',
        'new-project',
        'open-files',
        'open-project',
        'redo',
        'restore-backup',
        'shortcut-sheet',
        'undo',
      ]);

      await send({ id: 'new-project' });
      const nameField = page.locator(testId('new-project-name'));
      await expect.poll(() => nameField.evaluate((element) => element === document.activeElement)).toBe(true);
      await page.keyboard.type('Desktop menu');
      await page.keyboard.press('Enter');
      await page.locator(testId('project-view')).waitFor();
      await expect.poll(async () => (await menuState())?.enabled).toContain('import-documents');
      const state = (await menuState())!;
      expect(state.enabled).not.toContain('export-tmx');
      expect(state.enabled).not.toContain('find');
      expect(state.recentProjects.map((p) => p.name)).toEqual(['Desktop menu']);

      // File → Import Documents… goes through the native dialog channel.
      await send({ id: 'import-documents' });
      await expect.poll(() => invoked('qiyos:open-documents')).toBe(1);

      // The native menu owns F1 on the desktop (no double handling); its Help item opens the sheet.
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('F1');
      await page.waitForTimeout(200);
      expect(await page.locator(testId('shortcut-sheet')).isVisible()).toBe(false);
      await send({ id: 'shortcut-sheet' });
      await page.locator(testId('shortcut-sheet')).waitFor();
      await page.keyboard.press('Escape');

      // About shows the runtime versions main reports.
      await page.locator(testId('open-about')).click();
      await expect.poll(() => page.locator(testId('about-runtime')).innerText()).toContain('Electron 45.4.1');
      await page.keyboard.press('Escape');

      // File → Open Recent from the home view opens the project.
      await send({ id: 'new-project' });
      await page.locator(testId('home-view')).waitFor();
      await send({ id: 'open-project', arg: state.recentProjects[0]!.id });
      await page.locator(testId('project-view')).waitFor();

      // Quit: the page answers once its writes are done.
      await send({ id: 'prepare-quit' });
      await expect.poll(() => invoked('qiyos:ready-to-quit')).toBe(1);
    } finally {
      await context.close();
      rmSync(desktopProfile, { recursive: true, force: true });
    }
  });
});

/**
 * Features register their commands in effects, which run after the first paint of a view;
 * two animation frames after the view's buttons appear they have run.
 */
async function commandsRegistered(page: import('playwright-core').Page): Promise<void> {
  await page.locator('[data-testid="add-files"]').waitFor();
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}
