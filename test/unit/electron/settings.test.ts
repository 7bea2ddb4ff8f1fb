import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./electronMock'));

import { dialog, ipcMain } from './electronMock';
import { registerIpcHandlers } from '../../../electron/ipc';
import { createUrlTrust } from '../../../electron/security';
import { DEFAULT_SETTINGS, openSettings, parseSettings } from '../../../electron/settings';

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'qiyos-settings-'));
  file = path.join(dir, 'settings.json');
});

afterEach(() => rm(dir, { recursive: true, force: true }));

describe('parseSettings', () => {
  it.each([null, 42, 'x', [], { lastDirectory: 'relative/dir' }, { lastDirectory: 7 }, { lastDirectory: '/a\u0000b' }, { lastDirectory: `/${'a'.repeat(5000)}` }])(
    'falls back to the defaults for %j',
    (raw) => expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS),
  );

  it('keeps an absolute folder and drops unknown fields', () => {
    expect(parseSettings({ lastDirectory: dir, evil: true })).toEqual({ lastDirectory: dir, uiLocale: null });
  });

  it('keeps the UI language only when it is one Qiyos has', () => {
    expect(parseSettings({ uiLocale: 'uz-Latn' }).uiLocale).toBe('uz-Latn');
    for (const bad of ['uz', 'de', 7, null, '__proto__']) expect(parseSettings({ uiLocale: bad }).uiLocale, String(bad)).toBeNull();
  });
});

describe('openSettings', () => {
  it('starts from the defaults without a file, and with a corrupt one', async () => {
    expect((await openSettings(file)).get()).toEqual(DEFAULT_SETTINGS);
    await writeFile(file, '{not json');
    expect((await openSettings(file)).get()).toEqual(DEFAULT_SETTINGS);
  });

  it('persists updates atomically (no temp files left) and reads them back at the next start', async () => {
    const store = await openSettings(file);
    const pending = [store.update({ lastDirectory: path.join(dir, 'a') }), store.update({ lastDirectory: path.join(dir, 'b') })];
    expect(store.get().lastDirectory).toBe(path.join(dir, 'b'));
    await Promise.all(pending);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ lastDirectory: path.join(dir, 'b'), uiLocale: null });
    expect(await readdir(dir)).toEqual(['settings.json']);
    expect((await openSettings(file)).get().lastDirectory).toBe(path.join(dir, 'b'));
  });

  it('creates the folder when it does not exist yet', async () => {
    const nested = path.join(dir, 'new', 'settings.json');
    const store = await openSettings(nested);
    await store.update({ lastDirectory: dir });
    expect(JSON.parse(await readFile(nested, 'utf8'))).toEqual({ lastDirectory: dir, uiLocale: null });
  });
});

describe('the last dialog folder across restarts', () => {
  const appEvent = { senderFrame: { url: 'app://qiyos/index.html', parent: null } };
  type Invoke = (event: unknown, ...args: unknown[]) => Promise<unknown>;

  async function startApp(): Promise<Map<string, Invoke>> {
    ipcMain.handle.mockReset();
    registerIpcHandlers({ isTrusted: createUrlTrust(null), getWindow: () => null, settings: await openSettings(file) });
    return new Map(ipcMain.handle.mock.calls.map(([channel, fn]) => [channel as string, fn as Invoke]));
  }

  it('opens the next dialog, after a restart, in the folder of the last export', async () => {
    const exports = path.join(dir, 'exports');
    await (await import('node:fs/promises')).mkdir(exports);
    let handlers = await startApp();
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(exports, 'talks.tmx') });
    await handlers.get('qiyos:save-export')!(appEvent, { suggestedName: 'talks.tmx', content: '<tmx/>', filter: { name: 'TMX', extensions: ['tmx'] } });
    await vi.waitFor(async () => expect(JSON.parse(await readFile(file, 'utf8')).lastDirectory).toBe(exports));

    handlers = await startApp();
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await handlers.get('qiyos:open-documents')!(appEvent);
    expect(dialog.showOpenDialog.mock.calls.at(-1)![0].defaultPath).toBe(exports);
  });

  it('falls back to Documents when the remembered folder was deleted', async () => {
    await writeFile(file, JSON.stringify({ lastDirectory: path.join(dir, 'gone') }));
    const handlers = await startApp();
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await handlers.get('qiyos:open-documents')!(appEvent);
    expect(dialog.showOpenDialog.mock.calls.at(-1)![0].defaultPath).toBe('/home/user/Documents');
  });
});
