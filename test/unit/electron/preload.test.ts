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
    ['open-files with a non-text problem', { id: 'open-files', arg: { files: [], problems: [{}] } }],
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
    const command = { id: 'open-files', arg: { files: [{ name: 'sputnik.txt', bytes: new TextEncoder().encode('Салом') }], problems: ['"x.docx" is too large.'] } };
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
