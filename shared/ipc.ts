/**
 * The one typed contract between the Electron main process and the renderer.
 * Main registers a handler per channel, the preload exposes exactly these channels through
 * `invoke`, and the renderer's platform module calls them. Nothing else crosses the boundary.
 */

/** A file the user picked in a native open dialog. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/** A request to save an export: main shows a native save dialog and writes `content` where the user chose. */
export interface SaveExportArgs {
  suggestedName: string;
  content: string;
  /** e.g. { name: 'TMX', extensions: ['tmx'] } */
  filter: { name: string; extensions: string[] };
}

export type SaveExportResult = { saved: true; path: string } | { saved: false };

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
}

/** Channel name → argument tuple and result. */
export interface IpcContract {
  'qiyos:open-documents': { args: []; result: PickedFile[] };
  'qiyos:save-export': { args: [SaveExportArgs]; result: SaveExportResult };
  'qiyos:app-info': { args: []; result: AppInfo };
}

export type IpcChannel = keyof IpcContract;

export const IPC_CHANNELS: readonly IpcChannel[] = ['qiyos:open-documents', 'qiyos:save-export', 'qiyos:app-info'];

/** The object the preload exposes as `window.qiyosDesktop`. */
export interface DesktopBridge {
  invoke<C extends IpcChannel>(channel: C, ...args: IpcContract[C]['args']): Promise<IpcContract[C]['result']>;
}

export function isIpcChannel(value: unknown): value is IpcChannel {
  return typeof value === 'string' && (IPC_CHANNELS as readonly string[]).includes(value);
}
