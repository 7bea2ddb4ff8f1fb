/**
 * The renderer's only door to the main process: `window.qiyosDesktop.invoke(channel, ...args)` for the
 * channels of shared/ipc.ts and nothing else (no send, no sendSync, no listeners, no raw ipcRenderer).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { isIpcChannel, type DesktopBridge, type IpcChannel, type IpcContract } from '../shared/ipc';

const bridge = {
  invoke<C extends IpcChannel>(channel: C, ...args: IpcContract[C]['args']): Promise<IpcContract[C]['result']> {
    if (!isIpcChannel(channel)) {
      return Promise.reject(new Error(`Unknown Qiyos IPC channel: ${String(channel)}`));
    }
    return ipcRenderer.invoke(channel, ...args) as Promise<IpcContract[C]['result']>;
  },
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('qiyosDesktop', bridge);
