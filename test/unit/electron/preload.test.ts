import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./electronMock'));

import { contextBridge, ipcRenderer } from './electronMock';
import '../../../electron/preload';
import { IPC_CHANNELS, MENU_COMMAND_CHANNEL, type DesktopBridge } from '../../../shared/ipc';

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

  it('forwards each contract channel to ipcRenderer.invoke', async () => {
    const bridge = exposedBridge();
    for (const channel of IPC_CHANNELS) {
      ipcRenderer.invoke.mockClear();
      await expect((bridge.invoke as (...args: unknown[]) => Promise<unknown>)(channel, { a: 1 })).resolves.toBe('from-main');
      expect(ipcRenderer.invoke).toHaveBeenCalledWith(channel, { a: 1 });
    }
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
      { id: 'open.tooLarge', values: { file: 'x.docx', size: '60.0 MB', limit: '50.0 MB' } },
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
