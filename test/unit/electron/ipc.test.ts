import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./electronMock'));

import { dialog, ipcMain } from './electronMock';
import { MAX_EXPORT_CHARS, MAX_OPEN_DATA_FILE_BYTES, MAX_OPEN_FILE_BYTES, registerIpcHandlers } from '../../../electron/ipc';
import { createUrlTrust } from '../../../electron/security';
import { englishText, type ErrorText } from '../../../shared/i18n/localizeError';
import { IPC_CHANNELS, isPickResult, type IpcChannel } from '../../../shared/ipc';

type Invoke = (event: unknown, ...args: unknown[]) => Promise<unknown>;
type Picked = { files: Array<{ name: string; bytes: Uint8Array }> };

const fakeWindow = { id: 1 };
const appEvent = { senderFrame: { url: 'app://qiyos/index.html', parent: null } };
const goodSave = { suggestedName: 'report.tmx', content: 'Салом, дунё — <tu/>', filter: { name: 'TMX', extensions: ['tmx'] } };

let handlers: Map<IpcChannel, Invoke>;
let dir: string;

function handler(channel: IpcChannel): Invoke {
  return handlers.get(channel)!;
}

beforeEach(async () => {
  ipcMain.handle.mockReset();
  dialog.showOpenDialog.mockReset();
  dialog.showSaveDialog.mockReset();
  registerIpcHandlers({ isTrusted: createUrlTrust(null), getWindow: () => fakeWindow as never });
  handlers = new Map(ipcMain.handle.mock.calls.map(([channel, fn]) => [channel as IpcChannel, fn as Invoke]));
  dir = await mkdtemp(path.join(tmpdir(), 'qiyos-ipc-'));
});

afterEach(() => rm(dir, { recursive: true, force: true }));

describe('registration', () => {
  it('registers exactly the contract channels', () => {
    expect([...handlers.keys()].sort()).toEqual([...IPC_CHANNELS].sort());
  });
});

describe('sender check', () => {
  const badEvents: Array<[string, unknown]> = [
    ['no sender frame', { senderFrame: null }],
    ['a foreign page', { senderFrame: { url: 'https://evil.com/', parent: null } }],
    ['a look-alike host', { senderFrame: { url: 'app://qiyos.evil.com/index.html', parent: null } }],
    ['a file: page', { senderFrame: { url: 'file:///tmp/index.html', parent: null } }],
    ['a dev server that was not configured', { senderFrame: { url: 'http://127.0.0.1:5173/', parent: null } }],
    ['a subframe of the app', { senderFrame: { url: 'app://qiyos/frame.html', parent: { url: 'app://qiyos/index.html' } } }],
    ['about:blank', { senderFrame: { url: 'about:blank', parent: null } }],
  ];

  for (const channel of IPC_CHANNELS) {
    it.each(badEvents)(`${channel} refuses %s`, async (_label, event) => {
      const args = channel === 'qiyos:save-export' ? [goodSave] : [];
      await expect(handler(channel)(event, ...args)).rejects.toThrow(/sender is not the Qiyos app/);
      expect(dialog.showOpenDialog).not.toHaveBeenCalled();
      expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    });
  }

  it('accepts the configured loopback dev server', async () => {
    ipcMain.handle.mockReset();
    registerIpcHandlers({ isTrusted: createUrlTrust('http://127.0.0.1:5173'), getWindow: () => null });
    const appInfo = ipcMain.handle.mock.calls.find(([channel]) => channel === 'qiyos:app-info')![1] as Invoke;
    await expect(appInfo({ senderFrame: { url: 'http://127.0.0.1:5173/', parent: null } })).resolves.toMatchObject({ name: 'Qiyos' });
  });
});

describe('argument validation', () => {
  it.each(['qiyos:open-documents', 'qiyos:app-info'] as const)('%s takes no arguments', async (channel) => {
    await expect(handler(channel)(appEvent, 'extra')).rejects.toThrow(/Expected no arguments/);
  });

  const badSaves: Array<[string, unknown[], RegExp]> = [
    ['no argument', [], /Expected one argument/],
    ['two arguments', [goodSave, goodSave], /Expected one argument/],
    ['a string', ['report.tmx'], /must be an object/],
    ['null', [null], /must be an object/],
    ['an array', [[goodSave]], /must be an object/],
    ['an extra field', [{ ...goodSave, path: '/etc/passwd' }], /unexpected field\(s\): path/],
    ['a missing name', [{ ...goodSave, suggestedName: undefined }], /suggestedName must be a file name/],
    ['an empty name', [{ ...goodSave, suggestedName: '' }], /suggestedName must be a file name/],
    ['a numeric name', [{ ...goodSave, suggestedName: 42 }], /suggestedName must be a file name/],
    ['an over-long name', [{ ...goodSave, suggestedName: `${'a'.repeat(300)}.tmx` }], /suggestedName must be a file name/],
    ['a name with a slash', [{ ...goodSave, suggestedName: '../../.bashrc' }], /not allowed in a file name/],
    ['an absolute path', [{ ...goodSave, suggestedName: '/etc/passwd' }], /not allowed in a file name/],
    ['a name with a backslash', [{ ...goodSave, suggestedName: '..\\evil.tmx' }], /not allowed in a file name/],
    ['a Windows drive', [{ ...goodSave, suggestedName: 'C:evil.tmx' }], /not allowed in a file name/],
    ['a NUL byte', [{ ...goodSave, suggestedName: 'a\u0000.tmx' }], /not allowed in a file name/],
    ['a newline', [{ ...goodSave, suggestedName: 'a\n.tmx' }], /not allowed in a file name/],
    ['wildcards', [{ ...goodSave, suggestedName: '*.tmx' }], /not allowed in a file name/],
    ['only dots', [{ ...goodSave, suggestedName: '..' }], /not allowed in a file name/],
    ['a trailing dot', [{ ...goodSave, suggestedName: 'report.' }], /not allowed in a file name/],
    ['an executable name', [{ ...goodSave, suggestedName: 'report.exe' }], /never exports/],
    ['content that is not a string', [{ ...goodSave, content: new Uint8Array(3) }], /content must be a string/],
    ['missing content', [{ ...goodSave, content: undefined }], /content must be a string/],
    ['a missing filter', [{ ...goodSave, filter: undefined }], /filter must be an object/],
    ['a filter with extra fields', [{ ...goodSave, filter: { ...goodSave.filter, defaultPath: '/' } }], /unexpected field/],
    ['an empty filter name', [{ ...goodSave, filter: { name: '', extensions: ['tmx'] } }], /filter.name/],
    ['a filter name with control characters', [{ ...goodSave, filter: { name: 'TMX\u0007', extensions: ['tmx'] } }], /filter.name/],
    ['extensions that are not a list', [{ ...goodSave, filter: { name: 'TMX', extensions: 'tmx' } }], /filter.extensions must list/],
    ['an empty extensions list', [{ ...goodSave, filter: { name: 'TMX', extensions: [] } }], /filter.extensions must list/],
    ['too many extensions', [{ ...goodSave, filter: { name: 'TMX', extensions: Array(11).fill('tmx') } }], /filter.extensions must list/],
    ['an extension with a dot', [{ ...goodSave, filter: { name: 'TMX', extensions: ['.tmx'] } }], /invalid extension/],
    ['a wildcard extension', [{ ...goodSave, filter: { name: 'Any', extensions: ['*'] } }], /invalid extension/],
    ['an extension with a path', [{ ...goodSave, filter: { name: 'TMX', extensions: ['tmx/../x'] } }], /invalid extension/],
    ['a numeric extension', [{ ...goodSave, filter: { name: 'TMX', extensions: [7] } }], /invalid extension/],
    ['an executable extension', [{ ...goodSave, filter: { name: 'Program', extensions: ['exe'] } }], /never exports/],
  ];

  it.each(badSaves)('save-export refuses %s', async (_label, args, message) => {
    await expect(handler('qiyos:save-export')(appEvent, ...args)).rejects.toThrow(message);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('save-export refuses content over the size limit', async () => {
    const huge = { ...goodSave, content: 'x'.repeat(MAX_EXPORT_CHARS + 1) };
    await expect(handler('qiyos:save-export')(appEvent, huge)).rejects.toThrow(/content is too large/);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('qiyos:save-export', () => {
  it('writes the UTF-8 content only to the path the user chose, atomically', async () => {
    const chosen = path.join(dir, 'Хабар 2024.tmx');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    await expect(handler('qiyos:save-export')(appEvent, goodSave)).resolves.toEqual({ saved: true, path: chosen });

    const [window, options] = dialog.showSaveDialog.mock.calls[0]!;
    expect(window).toBe(fakeWindow);
    expect(options.defaultPath).toBe(path.join('/home/user/Documents', 'report.tmx'));
    expect(options.filters).toEqual([{ name: 'TMX', extensions: ['tmx'] }]);
    expect(await readFile(chosen, 'utf8')).toBe(goodSave.content);
    expect(await readdir(dir)).toEqual(['Хабар 2024.tmx']);
  });

  it('replaces an existing file whole and leaves no temp file', async () => {
    const chosen = path.join(dir, 'report.tmx');
    await writeFile(chosen, 'old content that is longer than the new one');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    await handler('qiyos:save-export')(appEvent, { ...goodSave, content: 'new' });
    expect(await readFile(chosen, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['report.tmx']);
  });

  it('writes nothing and answers saved:false on cancel', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(handler('qiyos:save-export')(appEvent, goodSave)).resolves.toEqual({ saved: false });
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '' });
    await expect(handler('qiyos:save-export')(appEvent, goodSave)).resolves.toEqual({ saved: false });
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a relative path from the dialog', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: 'report.tmx' });
    await expect(handler('qiyos:save-export')(appEvent, goodSave)).rejects.toThrow(/relative path/);
  });

  it('cleans up and reports an error when the folder is not writable', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(dir, 'missing-folder', 'report.tmx') });
    await expect(handler('qiyos:save-export')(appEvent, goodSave)).rejects.toThrow(/ENOENT/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('remembers the last folder for the next dialog', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(dir, 'first.tmx') });
    await handler('qiyos:save-export')(appEvent, goodSave);
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await handler('qiyos:save-export')(appEvent, { ...goodSave, suggestedName: 'second.tmx' });
    expect(dialog.showSaveDialog.mock.calls[1]![1].defaultPath).toBe(path.join(dir, 'second.tmx'));
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await handler('qiyos:open-documents')(appEvent);
    expect(dialog.showOpenDialog.mock.calls[0]![1].defaultPath).toBe(dir);
  });
});

describe('qiyos:open-documents', () => {
  it('shows a multi-select dialog with the document filters and returns names and bytes', async () => {
    const a = path.join(dir, 'uz-cyrl.txt');
    const b = path.join(dir, 'ru.html');
    await writeFile(a, 'Тошкент шаҳри');
    await writeFile(b, new Uint8Array([0xef, 0xbb, 0xbf, 0x3c, 0x70, 0x3e]));
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [a, b] });

    const answer = await handler('qiyos:open-documents')(appEvent);
    expect(isPickResult(answer)).toBe(true);
    const { files } = answer as Picked;
    expect(files.map((f) => f.name)).toEqual(['uz-cyrl.txt', 'ru.html']);
    expect(files[0]!.bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.isBuffer(files[0]!.bytes)).toBe(false);
    expect(new TextDecoder().decode(files[0]!.bytes)).toBe('Тошкент шаҳри');
    expect([...files[1]!.bytes]).toEqual([0xef, 0xbb, 0xbf, 0x3c, 0x70, 0x3e]);
    expect(files[1]!.bytes.buffer.byteLength).toBe(6);

    const [window, options] = dialog.showOpenDialog.mock.calls[0]!;
    expect(window).toBe(fakeWindow);
    expect(options.properties).toEqual(expect.arrayContaining(['openFile', 'multiSelections']));
    expect(options.filters).toEqual([
      { name: 'Documents', extensions: ['txt', 'md', 'html', 'htm', 'docx', 'tmx'] },
      { name: 'All files', extensions: ['*'] },
    ]);
  });

  it('returns no files on cancel', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(handler('qiyos:open-documents')(appEvent)).resolves.toEqual({ files: [] });
  });

  it('refuses a file over 50 MB, naming it, and reads nothing', async () => {
    const onFileUsed = vi.fn();
    ipcMain.handle.mockReset();
    registerIpcHandlers({ isTrusted: createUrlTrust(null), getWindow: () => fakeWindow as never, onFileUsed });
    const open = ipcMain.handle.mock.calls.find(([channel]) => channel === 'qiyos:open-documents')![1] as Invoke;
    const small = path.join(dir, 'small.txt');
    const big = path.join(dir, 'Ўзбекистон архиви.docx');
    await writeFile(small, 'ok');
    await writeFile(big, '');
    await truncate(big, MAX_OPEN_FILE_BYTES + 1); // sparse: no 50 MB actually written
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [small, big] });
    // An answer, not a throw (Electron keeps only a thrown error's English message): the id and
    // values, with the sizes as byte counts, for the renderer's UI language.
    const answer = await open(appEvent);
    expect(answer).toEqual({
      refused: { id: 'open.tooLarge', values: { file: 'Ўзбекистон архиви.docx', size: MAX_OPEN_FILE_BYTES + 1, limit: MAX_OPEN_FILE_BYTES } },
    });
    expect(isPickResult(structuredClone(answer))).toBe(true);
    expect(englishText((answer as { refused: ErrorText }).refused)).toBe('"Ўзбекистон архиви.docx" is too large (50.0 MB); Qiyos opens files up to 50.0 MB.');
    expect(onFileUsed).not.toHaveBeenCalled();
  });

  it('accepts a file of exactly 50 MB', async () => {
    const edge = path.join(dir, 'edge.txt');
    await writeFile(edge, '');
    await truncate(edge, MAX_OPEN_FILE_BYTES);
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [edge] });
    const { files } = (await handler('qiyos:open-documents')(appEvent)) as Picked;
    expect(files[0]!.bytes.byteLength).toBe(MAX_OPEN_FILE_BYTES);
  });

  it('refuses a folder', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [dir] });
    await expect(handler('qiyos:open-documents')(appEvent)).resolves.toEqual({ refused: { id: 'open.notRegular', values: { file: path.basename(dir) } } });
  });

  it('answers a file that vanished after it was picked, and still throws an error that is not about the file', async () => {
    const gone = path.join(dir, 'Sputnik 15.11.docx');
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [gone] });
    await expect(handler('qiyos:open-documents')(appEvent)).resolves.toEqual({
      refused: { id: 'open.failed', values: { file: 'Sputnik 15.11.docx', detail: { id: 'open.notFound' } } },
    });
    dialog.showOpenDialog.mockRejectedValue(new Error('The dialog could not be shown.'));
    await expect(handler('qiyos:open-documents')(appEvent)).rejects.toThrow('The dialog could not be shown.');
  });
});

describe('qiyos:open-file', () => {
  const backupFilter = { name: 'Qiyos backup', extensions: ['json'] };

  it('offers the asked-for type first (and All files), one file only, and returns it', async () => {
    const file = path.join(dir, 'Tashkent talks 2025-11-15.qiyos.json');
    await writeFile(file, '{"format":"qiyos-backup"}');
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [file] });
    const { files } = (await handler('qiyos:open-file')(appEvent, { filter: backupFilter })) as Picked;
    expect(files.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([['Tashkent talks 2025-11-15.qiyos.json', '{"format":"qiyos-backup"}']]);
    const [, options] = dialog.showOpenDialog.mock.calls[0]!;
    expect(options.properties).toEqual(['openFile']);
    expect(options.title).toBe('Qiyos backup');
    expect(options.filters).toEqual([backupFilter, { name: 'All files', extensions: ['*'] }]);
  });

  it('opens a TMX or backup larger than a document may be, up to its own limit', async () => {
    const big = path.join(dir, 'memory.tmx');
    await writeFile(big, '');
    await truncate(big, MAX_OPEN_FILE_BYTES + 1);
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [big] });
    const { files: [file] } = (await handler('qiyos:open-file')(appEvent, { filter: { name: 'TMX', extensions: ['tmx'] } })) as Picked;
    expect(file!.bytes.length).toBe(MAX_OPEN_FILE_BYTES + 1);
    await truncate(big, MAX_OPEN_DATA_FILE_BYTES + 1);
    const answer = await handler('qiyos:open-file')(appEvent, { filter: { name: 'TMX', extensions: ['tmx'] } });
    expect(answer).toEqual({ refused: { id: 'open.tooLarge', values: { file: 'memory.tmx', size: MAX_OPEN_DATA_FILE_BYTES + 1, limit: MAX_OPEN_DATA_FILE_BYTES } } });
    expect(englishText((answer as { refused: ErrorText }).refused)).toBe('"memory.tmx" is too large (200.0 MB); Qiyos opens files up to 200.0 MB.');
  });

  it('returns nothing on cancel', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(handler('qiyos:open-file')(appEvent, { filter: { name: 'TMX', extensions: ['tmx'] } })).resolves.toEqual({ files: [] });
  });

  it.each([
    ['no argument', []],
    ['a bare filter', [backupFilter]],
    ['an extra field', [{ filter: backupFilter, defaultPath: '/etc' }]],
    ['a wildcard extension', [{ filter: { name: 'Any', extensions: ['*'] } }]],
    ['an executable extension', [{ filter: { name: 'Program', extensions: ['exe'] } }]],
  ])('refuses %s without showing a dialog', async (_label, args) => {
    await expect(handler('qiyos:open-file')(appEvent, ...args)).rejects.toThrow();
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('recent documents and the UI language', () => {
  it('reports files opened or saved through a dialog, and the checked UI language', async () => {
    ipcMain.handle.mockReset();
    const onFileUsed = vi.fn();
    const onUiLocale = vi.fn();
    registerIpcHandlers({ isTrusted: createUrlTrust(null), getWindow: () => null, onFileUsed, onUiLocale });
    const own = new Map(ipcMain.handle.mock.calls.map(([channel, fn]) => [channel as IpcChannel, fn as Invoke]));
    const opened = path.join(dir, 'sputnik.txt');
    await writeFile(opened, 'Салом');
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [opened] });
    await own.get('qiyos:open-documents')!(appEvent);
    const saved = path.join(dir, 'talks.tmx');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: saved });
    await own.get('qiyos:save-export')!(appEvent, goodSave);
    dialog.showSaveDialog.mockResolvedValue({ canceled: true });
    await own.get('qiyos:save-export')!(appEvent, goodSave);
    expect(onFileUsed.mock.calls).toEqual([[opened], [saved]]);
    await own.get('qiyos:set-ui-locale')!(appEvent, 'ru');
    await expect(own.get('qiyos:set-ui-locale')!(appEvent, 'de')).rejects.toThrow(/UI language/);
    expect(onUiLocale.mock.calls).toEqual([['ru']]);
  });
});

describe('qiyos:app-info', () => {
  it('returns name, version and platform', async () => {
    await expect(handler('qiyos:app-info')(appEvent)).resolves.toEqual({
      name: 'Qiyos',
      version: '0.1.0',
      platform: process.platform,
      runtime: expect.arrayContaining([`Node.js ${process.versions.node}`]),
    });
  });
});

it('uses a parent-less dialog when there is no window', async () => {
  ipcMain.handle.mockReset();
  registerIpcHandlers({ isTrusted: createUrlTrust(null), getWindow: () => null });
  const open = ipcMain.handle.mock.calls.find(([channel]) => channel === 'qiyos:open-documents')![1] as Invoke;
  dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
  await open(appEvent);
  expect(dialog.showOpenDialog.mock.calls[0]![0]).toMatchObject({ properties: expect.any(Array) });
});
