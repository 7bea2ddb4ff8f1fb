/**
 * The renderer's only door to the main process: `window.qiyosDesktop.invoke(channel, ...args)` for the
 * channels of shared/ipc.ts, and `onMenuCommand(listener)` for the commands main sends on its one
 * event channel. Nothing else: no send, no sendSync, no raw ipcRenderer, no other channel.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isIpcChannel, isMenuCommand, MENU_COMMAND_CHANNEL, type DesktopBridge, type IpcChannel, type IpcContract, type MenuCommand } from '../shared/ipc';

const bridge = {
  invoke<C extends IpcChannel>(channel: C, ...args: IpcContract[C]['args']): Promise<IpcContract[C]['result']> {
    if (!isIpcChannel(channel)) {
      return Promise.reject(new Error(`Unknown Qiyos IPC channel: ${String(channel)}`));
    }
    return ipcRenderer.invoke(channel, ...args) as Promise<IpcContract[C]['result']>;
  },

  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function.');
    // The IpcRendererEvent stays here: handing it to the page would expose `sender` (the raw ipcRenderer).
    const forward = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
    };
  },
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('qiyosDesktop', bridge);
