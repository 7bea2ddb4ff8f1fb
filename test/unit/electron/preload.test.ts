import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./electronMock'));

import { contextBridge, ipcRenderer } from './electronMock';
import '../../../electron/preload';
import { IPC_CHANNELS, type DesktopBridge } from '../../../shared/ipc';

function exposedBridge(): DesktopBridge {
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  const [name, bridge] = contextBridge.exposeInMainWorld.mock.calls[0]!;
  expect(name).toBe('qiyosDesktop');
  return bridge as DesktopBridge;
}

describe('preload', () => {
  it('exposes exactly one object with only invoke', () => {
    const bridge = exposedBridge();
    expect(Object.keys(bridge)).toEqual(['invoke']);
    expect(typeof bridge.invoke).toBe('function');
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
