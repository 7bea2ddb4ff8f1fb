import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./electronMock'));

import { contextBridge, ipcRenderer } from './electronMock';
import '../../../electron/preload';
import { IPC_CHANNELS, MENU_COMMAND_CHANNEL, type DesktopBridge, type IpcChannel } from '../../../shared/ipc';

function exposedBridge(): DesktopBridge {
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  const [name, bridge] = contextBridge.exposeInMainWorld.mock.calls[0]!;
  expect(name).toBe('qiyosDesktop');
  return bridge as DesktopBridge;
}

describe('preload', () => {
  it('exposes exactly one object with only invoke and onMenuCommand', () => {
    const bridge = exposedBridge();
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onMenuCommand']);
    expect(typeof bridge.invoke).toBe('function');
    expect(typeof bridge.onMenuCommand).toBe('function');
  });

  /** A well-formed answer of main for each channel. */
  const answers: Record<IpcChannel, unknown> = {
    'qiyos:open-documents': { files: [{ name: 'sputnik.txt', bytes: new TextEncoder().encode('Салом') }] },
    'qiyos:open-file': { refused: { id: 'open.tooLarge', values: { file: 'memory.tmx', size: 209_715_201, limit: 209_715_200 } } },
    'qiyos:save-export': { saved: true, path: '/home/a/talks.tmx' },
    'qiyos:set-ui-locale': undefined,
    'qiyos:app-info': { name: 'Qiyos', version: '0.1.0', platform: 'linux', runtime: ['Electron 45.4.1'] },
    'qiyos:set-menu-state': undefined,
    'qiyos:ready-to-quit': undefined,
  };
  const invokeAny = (bridge: DesktopBridge, channel: unknown, ...args: unknown[]) => (bridge.invoke as (...a: unknown[]) => Promise<unknown>)(channel, ...args);

  it('forwards each contract channel to ipcRenderer.invoke and passes on a well-formed answer', async () => {
    const bridge = exposedBridge();
    for (const channel of IPC_CHANNELS) {
      ipcRenderer.invoke.mockClear();
      ipcRenderer.invoke.mockResolvedValueOnce(answers[channel]);
      await expect(invokeAny(bridge, channel, { a: 1 })).resolves.toEqual(answers[channel]);
      expect(ipcRenderer.invoke).toHaveBeenCalledWith(channel, { a: 1 });
    }
    ipcRenderer.invoke.mockResolvedValueOnce({ files: [] });
    await expect(invokeAny(bridge, 'qiyos:open-documents')).resolves.toEqual({ files: [] });
    ipcRenderer.invoke.mockResolvedValueOnce({ saved: false });
    await expect(invokeAny(bridge, 'qiyos:save-export')).resolves.toEqual({ saved: false });
  });

  it.each<[string, IpcChannel, unknown]>([
    ['a bare list of files (the old shape)', 'qiyos:open-documents', []],
    ['an English sentence', 'qiyos:open-documents', '"x.docx" is too large.'],
    ['files and a refusal at once', 'qiyos:open-file', { files: [], refused: { id: 'open.notFound' } }],
    ['a file given as a path', 'qiyos:open-file', { files: [{ name: 'a.txt', bytes: '/etc/passwd' }] }],
    ['a file with an extra field', 'qiyos:open-documents', { files: [{ name: 'a.txt', bytes: new Uint8Array(1), path: '/tmp/a.txt' }] }],
    ['a refusal with an unknown id', 'qiyos:open-file', { refused: { id: 'open.formatDisk' } }],
    ['a refusal in English', 'qiyos:open-file', { refused: '"x.docx" is too large.' }],
    ['a refusal with a huge value', 'qiyos:open-documents', { refused: { id: 'verbatim', values: { text: 'x'.repeat(5000) } } }],
    ['null', 'qiyos:open-documents', null],
    ['a save without its path', 'qiyos:save-export', { saved: true }],
    ['a save with an extra field', 'qiyos:save-export', { saved: false, path: '/tmp/x' }],
    ['app info without a version', 'qiyos:app-info', { name: 'Qiyos', platform: 'linux', runtime: [] }],
    ['a value where none is due', 'qiyos:ready-to-quit', 'done'],
  ])('refuses %s as an answer', async (_label, channel, answer) => {
    const bridge = exposedBridge();
    ipcRenderer.invoke.mockResolvedValueOnce(answer);
    await expect(invokeAny(bridge, channel)).rejects.toThrow(`Qiyos IPC channel ${channel} answered with an unexpected result.`);
  });

  it('passes on main’s own errors as they are', async () => {
    const bridge = exposedBridge();
    ipcRenderer.invoke.mockRejectedValueOnce(new Error("Error invoking remote method 'qiyos:save-export': Error: ENOSPC"));
    await expect(invokeAny(bridge, 'qiyos:save-export')).rejects.toThrow(/ENOSPC/);
  });

  it.each(['qiyos:evil', 'qiyos:open-documents ', 'QIYOS:APP-INFO', 'ELECTRON_BROWSER_REQUIRE', '', 42, null, undefined, { toString: () => 'qiyos:app-info' }])(
    'refuses the channel %s without touching ipcRenderer',
    async (channel) => {
      const bridge = exposedBridge();
      ipcRenderer.invoke.mockClear();
      await expect((bridge.invoke as (c: unknown) => Promise<unknown>)(channel)).rejects.toThrow(/Unknown Qiyos IPC channel/);
      expect(ipcRenderer.invoke).not.toHaveBeenCalled();
    },
  );
});

describe('onMenuCommand', () => {
  it('delivers commands from main without the IPC event, and stops after unsubscribe', () => {
    const bridge = exposedBridge();
    const listener = vi.fn();
    const unsubscribe = bridge.onMenuCommand(listener);
    expect(ipcRenderer.on).toHaveBeenCalledWith(MENU_COMMAND_CHANNEL, expect.any(Function));

    ipcRenderer.emit(MENU_COMMAND_CHANNEL, { id: 'new-project' });
    ipcRenderer.emit(MENU_COMMAND_CHANNEL, { id: 'open-project', arg: 12 });
    ipcRenderer.emit(MENU_COMMAND_CHANNEL, { id: 'prepare-quit' });
    expect(listener.mock.calls).toEqual([[{ id: 'new-project' }], [{ id: 'open-project', arg: 12 }], [{ id: 'prepare-quit' }]]);

    unsubscribe();
    expect(ipcRenderer.listenerCount(MENU_COMMAND_CHANNEL)).toBe(0);
    ipcRenderer.emit(MENU_COMMAND_CHANNEL, { id: 'new-project' });
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('keeps other subscribers when one unsubscribes', () => {
    const bridge = exposedBridge();
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = bridge.onMenuCommand(first);
    const stopSecond = bridge.onMenuCommand(second);
    stopFirst();
    ipcRenderer.emit(MENU_COMMAND_CHANNEL, { id: 'export-tmx' });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith({ id: 'export-tmx' });
    stopSecond();
  });

  it.each([
    ['an unknown command', { id: 'format-disk' }],
    ['a channel name', 'qiyos:menu-command'],
    ['null', null],
    ['open-project without an id', { id: 'open-project' }],
    ['open-project with a bad id', { id: 'open-project', arg: -1 }],
    ['a command with an unexpected argument', { id: 'new-project', arg: 'x' }],
    ['open-files without files', { id: 'open-files', arg: { problems: [] } }],
    ['open-files with a path instead of bytes', { id: 'open-files', arg: { files: [{ name: 'a.txt', bytes: '/etc/passwd' }], problems: [] } }],
    ['open-files with an empty problem', { id: 'open-files', arg: { files: [], problems: [{}] } }],
    ['open-files with an English sentence as a problem', { id: 'open-files', arg: { files: [], problems: ['"x.docx" is too large.'] } }],
    ['open-files with an unknown message id', { id: 'open-files', arg: { files: [], problems: [{ id: 'open.formatDisk' }] } }],
    ['open-files with an inherited id', { id: 'open-files', arg: { files: [], problems: [{ id: 'toString' }] } }],
    ['open-files with an extra field', { id: 'open-files', arg: { files: [], problems: [{ id: 'open.notFound', html: '<img>' }] } }],
    ['open-files with values that are not an object', { id: 'open-files', arg: { files: [], problems: [{ id: 'open.notRegular', values: ['a.txt'] }] } }],
    ['open-files with a null value', { id: 'open-files', arg: { files: [], problems: [{ id: 'open.notRegular', values: { file: null } }] } }],
    ['open-files with a non-finite number', { id: 'open-files', arg: { files: [], problems: [{ id: 'lineOf', values: { line: Number.NaN, detail: { id: 'open.notFound' } } }] } }],
    ['open-files with a bad nested message', { id: 'open-files', arg: { files: [], problems: [{ id: 'open.failed', values: { file: 'a.txt', detail: { id: 'nope' } } }] } }],
    ['open-files with messages nested too deep', { id: 'open-files', arg: { files: [], problems: [{ id: 'verbatim', values: { text: { id: 'verbatim', values: { text: { id: 'verbatim', values: { text: { id: 'generic' } } } } } } }] } }],
    ['open-files with a huge value', { id: 'open-files', arg: { files: [], problems: [{ id: 'verbatim', values: { text: 'x'.repeat(5000) } }] } }],
    ['open-files with a non-boolean capitalize', { id: 'open-files', arg: { files: [], problems: [{ id: 'open.notFound', capitalize: 'yes' }] } }],
    ['open-files with too many problems', { id: 'open-files', arg: { files: [], problems: Array.from({ length: 101 }, () => ({ id: 'open.notFound' })) } }],
  ])('drops %s', (_label, payload) => {
    const bridge = exposedBridge();
    const listener = vi.fn();
    const unsubscribe = bridge.onMenuCommand(listener);
    ipcRenderer.emit(MENU_COMMAND_CHANNEL, payload);
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
  });

  it('delivers opened files with their bytes', () => {
    const bridge = exposedBridge();
    const listener = vi.fn();
    const unsubscribe = bridge.onMenuCommand(listener);
    const problems = [
      { id: 'open.tooLarge', values: { file: 'x.docx', size: 62_914_560, limit: 52_428_800 } },
      { id: 'open.failed', values: { file: 'gone.txt', detail: { id: 'open.notFound' } } },
      { id: 'open.failed', values: { file: 'odd.md', detail: { id: 'verbatim', values: { text: 'EIO: i/o error, read' } } }, capitalize: true },
    ];
    const command = { id: 'open-files', arg: { files: [{ name: 'sputnik.txt', bytes: new TextEncoder().encode('Салом') }], problems } };
    ipcRenderer.emit(MENU_COMMAND_CHANNEL, command);
    expect(listener).toHaveBeenCalledWith(command);
    unsubscribe();
  });

  it('listens on no channel but the menu-command one', () => {
    const bridge = exposedBridge();
    const unsubscribe = bridge.onMenuCommand(() => {});
    for (const [channel] of ipcRenderer.on.mock.calls) expect(channel).toBe(MENU_COMMAND_CHANNEL);
    unsubscribe();
    expect(() => (bridge.onMenuCommand as (l: unknown) => unknown)('not a function')).toThrow(TypeError);
  });
});
