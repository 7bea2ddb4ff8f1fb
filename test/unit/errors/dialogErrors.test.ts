/**
 * A file picked in a native open dialog that main cannot open (too large, vanished after it was
 * picked): real files on disk, main's real handlers, the real preload and the renderer's desktop
 * platform, joined as Electron joins them (structured clones both ways, a thrown error reduced to
 * its English message). The renderer must show the refusal in the UI language.
 */
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../electron/electronMock'));

import { contextBridge, dialog, ipcMain, ipcRenderer } from '../electron/electronMock';
import { MAX_OPEN_DATA_FILE_BYTES, registerIpcHandlers } from '../../../electron/ipc';
import '../../../electron/preload';
import { createUrlTrust } from '../../../electron/security';
import type { DesktopBridge } from '../../../shared/ipc';
import { createDesktopPlatform } from '../../../renderer/platform/desktop';
import type { Platform } from '../../../renderer/platform/platform';
import { errorMessage } from '../../../renderer/shell/NotificationsProvider';

type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;

const MB = 1024 * 1024;
const appEvent = { senderFrame: { url: 'app://qiyos/index.html', parent: null } };

let dir: string;
let platform: Platform;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'qiyos-dialog-'));
  ipcMain.handle.mockReset();
  dialog.showOpenDialog.mockReset();
  registerIpcHandlers({ isTrusted: createUrlTrust(null), getWindow: () => null });
  const handlers = new Map(ipcMain.handle.mock.calls.map(([channel, fn]) => [channel as string, fn as Handler]));
  // Electron's invoke: arguments and answer are structured-cloned; a thrown error keeps only its message.
  ipcRenderer.invoke.mockImplementation(async (channel: unknown, ...args: unknown[]) => {
    try {
      return structuredClone(await handlers.get(channel as string)!(appEvent, ...structuredClone(args)));
    } catch (error) {
      throw new Error(`Error invoking remote method '${String(channel)}': ${String(error)}`);
    }
  });
  const bridge = contextBridge.exposeInMainWorld.mock.calls[0]![1] as DesktopBridge;
  platform = createDesktopPlatform(bridge);
});

afterEach(async () => {
  ipcRenderer.invoke.mockReset();
  await rm(dir, { recursive: true, force: true });
});

/** The error the renderer gets from `pick`, shown as the notification would show it in each UI language. */
async function refusal(pick: () => Promise<unknown>): Promise<{ message: string; en: string; ru: string; uz: string }> {
  const error = await pick().then(
    () => expect.fail('the pick should have been refused'),
    (e: unknown) => e as Error,
  );
  return { message: error.message, en: errorMessage(error, 'en'), ru: errorMessage(error, 'ru'), uz: errorMessage(error, 'uz-Latn') };
}

describe('a file picked in a native dialog that cannot be opened', () => {
  it('too large (a sparse 60 MB report): refused in the UI language, nothing read', async () => {
    const huge = path.join(dir, 'Ўзбекистон архиви.docx');
    const small = path.join(dir, 'Sputnik 15.11.txt');
    await writeFile(small, 'Тошкент шаҳрида саммит бўлиб ўтди.\n');
    await writeFile(huge, '');
    await truncate(huge, 60 * MB); // sparse: nothing is really written
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [small, huge] });

    expect(await refusal(() => platform.pickDocuments())).toEqual({
      message: '"Ўзбекистон архиви.docx" is too large (60.0 MB); Qiyos opens files up to 50.0 MB.',
      en: '"Ўзбекистон архиви.docx" is too large (60.0 MB); Qiyos opens files up to 50.0 MB.',
      ru: 'Файл «Ўзбекистон архиви.docx» слишком велик (60,0 МБ); Qiyos открывает файлы размером до 50,0 МБ.',
      uz: '“Ўзбекистон архиви.docx” juda katta (60,0 MB); Qiyos 50,0 MB gacha boʻlgan fayllarni ochadi.',
    });
  });

  it('vanished between the dialog and the read: refused in the UI language, not as Electron’s English', async () => {
    const report = path.join(dir, 'Sputnik 15.11.docx');
    await writeFile(report, 'PK');
    dialog.showOpenDialog.mockImplementation(async () => {
      await rm(report); // moved or deleted just after the user picked it
      return { canceled: false, filePaths: [report] };
    });

    const shown = await refusal(() => platform.pickDocuments());
    expect(shown).toEqual({
      message: 'Could not open "Sputnik 15.11.docx": the file does not exist (it may have been moved or deleted)',
      en: 'Could not open "Sputnik 15.11.docx": the file does not exist (it may have been moved or deleted)',
      ru: 'Не удалось открыть «Sputnik 15.11.docx»: файл не найден (возможно, его переместили или удалили)',
      uz: '“Sputnik 15.11.docx” faylini ochib boʻlmadi: bunday fayl yoʻq (u koʻchirilgan yoki oʻchirilgan boʻlishi mumkin)',
    });
    expect(shown.message).not.toMatch(/invoking remote method|ENOENT/);
  });

  it('a TMX over its own larger limit, through the one-file dialog', async () => {
    const memory = path.join(dir, 'xotira.tmx');
    await writeFile(memory, '');
    await truncate(memory, MAX_OPEN_DATA_FILE_BYTES + 512 * 1024);
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [memory] });

    const { ru, uz } = await refusal(() => platform.pickFile({ name: 'TMX', extensions: ['tmx'] }));
    expect(ru).toBe('Файл «xotira.tmx» слишком велик (200,5 МБ); Qiyos открывает файлы размером до 200,0 МБ.');
    expect(uz).toBe('“xotira.tmx” juda katta (200,5 MB); Qiyos 200,0 MB gacha boʻlgan fayllarni ochadi.');
  });

  it('still gives the files when they can be read, and nothing on cancel', async () => {
    const report = path.join(dir, 'Sputnik 15.11.txt');
    await writeFile(report, 'Тошкент шаҳрида саммит бўлиб ўтди.\n');
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [report] });
    const files = await platform.pickDocuments();
    expect(files.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([['Sputnik 15.11.txt', 'Тошкент шаҳрида саммит бўлиб ўтди.\n']]);

    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(platform.pickFile({ name: 'TMX', extensions: ['tmx'] })).resolves.toEqual([]);
  });

  it('an error that is not about the file still arrives as Electron’s English message', async () => {
    dialog.showOpenDialog.mockRejectedValue(new Error('The dialog could not be shown.'));
    const { ru } = await refusal(() => platform.pickDocuments());
    expect(ru).toBe("Error invoking remote method 'qiyos:open-documents': Error: The dialog could not be shown.");
  });
});
