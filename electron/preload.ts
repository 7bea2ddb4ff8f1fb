/**
 * The renderer's only door to the main process: `window.qiyosDesktop.invoke(channel, ...args)` for the
 * channels of shared/ipc.ts (each answer checked against the contract's shape), and
 * `onMenuCommand(listener)` for the commands main sends on its one event channel. Nothing else: no
 * send, no sendSync, no raw ipcRenderer, no other channel.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  IPC_RESULT_CHECKS,
  isIpcChannel,
  isMenuCommand,
  MENU_COMMAND_CHANNEL,
  type DesktopBridge,
  type IpcChannel,
  type IpcContract,
  type MenuCommand,
} from '../shared/ipc';

const bridge = {
  async invoke<C extends IpcChannel>(channel: C, ...args: IpcContract[C]['args']): Promise<IpcContract[C]['result']> {
    if (!isIpcChannel(channel)) throw new Error(`Unknown Qiyos IPC channel: ${String(channel)}`);
    const result: unknown = await ipcRenderer.invoke(channel, ...args);
    const isResult: (value: unknown) => value is IpcContract[C]['result'] = IPC_RESULT_CHECKS[channel];
    if (!isResult(result)) throw new Error(`Qiyos IPC channel ${channel} answered with an unexpected result.`);
    return result;
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
