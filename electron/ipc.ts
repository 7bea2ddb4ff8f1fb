/**
 * Main-process handlers for the IPC contract in shared/ipc.ts. Each call is checked twice before it
 * does anything: the sender must be the app's own top frame, and the arguments must have the
 * contract's shape and sane sizes. Failures throw an Error whose message the renderer can show; a
 * picked file that cannot be opened is answered as `{ refused }`, translatable in the renderer.
 */
import { app, dialog, ipcMain, type BrowserWindow, type IpcMainInvokeEvent, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isCommandId, type CommandId } from '../shared/commands';
import { englishText, errorText, verbatim, type ErrorText, type LocalizedError } from '../shared/i18n/localizeError';
import { isUiLocale, type UiLocale } from '../shared/i18n/locales';
import {
  IPC_CHANNELS,
  isErrorTextShape,
  MAX_RECENT_PROJECTS,
  type AppInfo,
  type FileFilter,
  type IpcChannel,
  type IpcContract,
  type MenuState,
  type OpenFileArgs,
  type PickedFile,
  type PickResult,
  type RecentProject,
  type SaveExportArgs,
  type SaveExportResult,
} from '../shared/ipc';
import { aboutDetailLines, currentAboutInfo } from './about';
import { writeFileAtomically } from './atomicWrite';
import type { UrlTrust } from './security';
import { memorySettings, type SettingsStore } from './settings';

export { writeFileAtomically } from './atomicWrite';

export const MAX_OPEN_FILE_BYTES = 50 * 1024 * 1024;
/**
 * One file of a given type (a TMX memory, a whole-database backup) may be larger than a document:
 * TMX is read unit by unit, and the XML guard's own limit is about 200 MB of text.
 */
export const MAX_OPEN_DATA_FILE_BYTES = 200 * 1024 * 1024;
export const MAX_EXPORT_CHARS = 128 * 1024 * 1024;
export const OPEN_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'docx', 'tmx'] as const;

const MAX_NAME_LENGTH = 200;
const MAX_FILTER_EXTENSIONS = 10;
// Names a save dialog would turn into something runnable; an export never needs them.
const EXECUTABLE_EXTENSIONS = new Set(['exe', 'bat', 'cmd', 'com', 'msi', 'scr', 'ps1', 'vbs', 'lnk', 'sh', 'desktop', 'app', 'jar']);

export interface IpcOptions {
  isTrusted: UrlTrust;
  getWindow: () => BrowserWindow | null;
  /** Where the last dialog folder is kept across runs (in memory when absent). */
  settings?: SettingsStore;
  /** Receives the renderer's menu state (already checked). */
  onMenuState?: (state: MenuState) => void;
  /** The renderer finished its pending writes after a prepare-quit. */
  onReadyToQuit?: () => void;
  /** The UI language the renderer uses now (checked): save it and rebuild the menu. */
  onUiLocale?: (locale: UiLocale) => void;
  /** A file the user opened or saved through a dialog (for the OS's recent documents). */
  onFileUsed?: (filePath: string) => void;
}

type Handler<C extends IpcChannel> = (...args: IpcContract[C]['args']) => Promise<IpcContract[C]['result']>;
type Validator<C extends IpcChannel> = (args: unknown[]) => IpcContract[C]['args'];

/** Throws unless the call comes from the app origin's main frame (not a subframe, not a foreign page). */
export function assertTrustedSender(event: IpcMainInvokeEvent, isTrusted: UrlTrust): void {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || !isTrusted(frame.url)) {
    throw new Error('Refused IPC call: the sender is not the Qiyos app.');
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

function assertOnlyKeys(value: Record<string, unknown>, keys: readonly string[], what: string): void {
  const extra = Object.keys(value).filter((key) => !keys.includes(key));
  if (extra.length > 0) throw new Error(`${what} has unexpected field(s): ${extra.join(', ')}.`);
}

function expectNoArgs(args: unknown[]): [] {
  if (args.length !== 0) throw new Error(`Expected no arguments, got ${args.length}.`);
  return [];
}

function extensionOf(fileName: string): string {
  return path.extname(fileName).slice(1).toLowerCase();
}

/** A bare file name: no directories, no characters Windows or a shell would treat specially, no control characters. */
export function validateFileName(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_NAME_LENGTH) {
    throw new Error(`suggestedName must be a file name of 1 to ${MAX_NAME_LENGTH} characters.`);
  }
  if (/[<>:"/\\|?*\u0000-\u001f\u007f]/.test(value) || value.trim() !== value || value.endsWith('.') || /^\.+$/.test(value)) {
    throw new Error(`suggestedName contains characters not allowed in a file name: ${JSON.stringify(value)}.`);
  }
  if (EXECUTABLE_EXTENSIONS.has(extensionOf(value))) {
    throw new Error(`suggestedName has an extension Qiyos never exports: ${JSON.stringify(value)}.`);
  }
  return value;
}

function validateFilter(value: unknown): FileFilter {
  if (!isPlainObject(value)) throw new Error('filter must be an object { name, extensions }.');
  assertOnlyKeys(value, ['name', 'extensions'], 'filter');
  const { name, extensions } = value;
  if (typeof name !== 'string' || name.length === 0 || name.length > 64 || /[\u0000-\u001f\u007f]/.test(name)) {
    throw new Error('filter.name must be a label of 1 to 64 printable characters.');
  }
  if (!Array.isArray(extensions) || extensions.length === 0 || extensions.length > MAX_FILTER_EXTENSIONS) {
    throw new Error(`filter.extensions must list 1 to ${MAX_FILTER_EXTENSIONS} extensions.`);
  }
  for (const extension of extensions) {
    if (typeof extension !== 'string' || !/^[A-Za-z0-9]{1,10}$/.test(extension)) {
      throw new Error(`filter.extensions holds an invalid extension: ${JSON.stringify(extension)} (letters and digits only, no dot).`);
    }
    if (EXECUTABLE_EXTENSIONS.has(extension.toLowerCase())) {
      throw new Error(`filter.extensions holds an extension Qiyos never exports: ${extension}.`);
    }
  }
  return { name, extensions: [...extensions] as string[] };
}

/** Checks the one argument of 'qiyos:save-export'. */
export function validateSaveExportArgs(args: unknown[]): [SaveExportArgs] {
  if (args.length !== 1) throw new Error(`Expected one argument { suggestedName, content, filter }, got ${args.length}.`);
  const value = args[0];
  if (!isPlainObject(value)) throw new Error('The save-export argument must be an object { suggestedName, content, filter }.');
  assertOnlyKeys(value, ['suggestedName', 'content', 'filter'], 'The save-export argument');
  const suggestedName = validateFileName(value.suggestedName);
  if (typeof value.content !== 'string') throw new Error('content must be a string.');
  if (value.content.length > MAX_EXPORT_CHARS) throw new Error(`content is too large to export (over ${MAX_EXPORT_CHARS} characters).`);
  return [{ suggestedName, content: value.content, filter: validateFilter(value.filter) }];
}

/** Checks the one argument of 'qiyos:open-file': a file type to offer. */
export function validateOpenFileArgs(args: unknown[]): [OpenFileArgs] {
  if (args.length !== 1) throw new Error(`Expected one argument { filter }, got ${args.length}.`);
  const value = args[0];
  if (!isPlainObject(value)) throw new Error('The open-file argument must be an object { filter }.');
  assertOnlyKeys(value, ['filter'], 'The open-file argument');
  return [{ filter: validateFilter(value.filter) }];
}

/** Checks the one argument of 'qiyos:set-ui-locale': one of the UI languages. */
export function validateUiLocaleArgs(args: unknown[]): [UiLocale] {
  if (args.length !== 1 || !isUiLocale(args[0])) throw new Error(`Expected one UI language (en, uz-Latn or ru), got ${JSON.stringify(args)}.`);
  return [args[0]];
}

const MAX_PROJECT_NAME_LENGTH = 200;

function validateRecentProject(value: unknown): RecentProject {
  if (!isPlainObject(value)) throw new Error('Each recent project must be an object { id, name }.');
  assertOnlyKeys(value, ['id', 'name'], 'A recent project');
  const { id, name } = value;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) throw new Error('A recent project id must be a positive integer.');
  if (typeof name !== 'string' || name.length === 0 || name.length > MAX_PROJECT_NAME_LENGTH || /[\u0000-\u001f\u007f]/.test(name)) {
    throw new Error(`A recent project name must be 1 to ${MAX_PROJECT_NAME_LENGTH} printable characters.`);
  }
  return { id, name };
}

/** Checks the one argument of 'qiyos:set-menu-state': known, distinct command ids and at most 10 recent projects. */
export function validateMenuStateArgs(args: unknown[]): [MenuState] {
  if (args.length !== 1) throw new Error(`Expected one argument { enabled, recentProjects }, got ${args.length}.`);
  const value = args[0];
  if (!isPlainObject(value)) throw new Error('The menu state must be an object { enabled, recentProjects }.');
  assertOnlyKeys(value, ['enabled', 'recentProjects'], 'The menu state');
  const { enabled, recentProjects } = value;
  if (!Array.isArray(enabled) || enabled.length > 64) throw new Error('enabled must be a list of command ids.');
  const commands: CommandId[] = [];
  for (const id of enabled) {
    if (!isCommandId(id)) throw new Error(`enabled holds an unknown command: ${JSON.stringify(id)}.`);
    if (!commands.includes(id)) commands.push(id);
  }
  if (!Array.isArray(recentProjects) || recentProjects.length > MAX_RECENT_PROJECTS) {
    throw new Error(`recentProjects must list at most ${MAX_RECENT_PROJECTS} projects.`);
  }
  return [{ enabled: commands, recentProjects: recentProjects.map(validateRecentProject) }];
}

/**
 * A file that could not be opened. `message` is English (for logs and the CLI); `localized` is the
 * same message as an id and values, which crosses IPC so the renderer shows it in the UI language.
 * The system's own error, if any, is kept as `cause`.
 */
export class OpenFileError extends Error implements LocalizedError {
  constructor(
    readonly localized: ErrorText,
    options?: { cause?: unknown },
  ) {
    super(englishText(localized), options);
    this.name = 'OpenFileError';
  }
}

/** Longest system error text passed on as it is (the rest of a long path is cut). */
const MAX_SYSTEM_DETAIL_CHARS = 1000;

/** `error` from stat/readFile of the file named `file` as an OpenFileError naming it; the usual causes get their own words. */
function unreadable(file: string, error: unknown): OpenFileError {
  const code = (error as { code?: unknown } | null)?.code;
  let detail: ErrorText;
  if (code === 'ENOENT' || code === 'ENOTDIR') detail = errorText('open.notFound');
  else if (code === 'EACCES' || code === 'EPERM') detail = errorText('open.denied');
  else if (code === 'EISDIR') return new OpenFileError(errorText('open.notRegular', { file }), { cause: error });
  else detail = verbatim((error instanceof Error ? error.message : String(error)).slice(0, MAX_SYSTEM_DETAIL_CHARS));
  return new OpenFileError(errorText('open.failed', { file, detail }), { cause: error });
}

/** Reads one file (not a folder), refusing it over the size limit before reading. */
export async function readOneFile(filePath: string): Promise<PickedFile> {
  const [file] = await readPickedFiles([filePath]);
  return file!;
}

/**
 * Reads the picked files, refusing any over the size limit before reading anything. Throws an
 * OpenFileError naming the file (missing, not a file, too large, unreadable).
 */
export async function readPickedFiles(filePaths: readonly string[], maxBytes = MAX_OPEN_FILE_BYTES): Promise<PickedFile[]> {
  for (const filePath of filePaths) {
    const file = path.basename(filePath);
    const info = await stat(filePath).catch((error: unknown) => {
      throw unreadable(file, error);
    });
    if (!info.isFile()) throw new OpenFileError(errorText('open.notRegular', { file }));
    if (info.size > maxBytes) {
      throw new OpenFileError(errorText('open.tooLarge', { file, size: info.size, limit: maxBytes }));
    }
  }
  const files: PickedFile[] = [];
  for (const filePath of filePaths) {
    const buffer = await readFile(filePath).catch((error: unknown) => {
      throw unreadable(path.basename(filePath), error);
    });
    // A plain Uint8Array over exactly these bytes: structured clone copies the whole backing buffer.
    const bytes = buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength ? new Uint8Array(buffer.buffer) : new Uint8Array(buffer);
    files.push({ name: path.basename(filePath), bytes });
  }
  return files;
}

/** The folder a dialog starts in: the last one used if it still exists, else Documents. */
async function startDirectory(settings: SettingsStore): Promise<string> {
  const { lastDirectory } = settings.get();
  if (lastDirectory !== null) {
    const info = await stat(lastDirectory).catch(() => null);
    if (info?.isDirectory()) return lastDirectory;
  }
  return app.getPath('documents');
}

/** Builds the handler for each channel; the last dialog folder is kept in `settings`. */
export function createIpcHandlers({
  getWindow,
  settings = memorySettings(),
  onMenuState = () => {},
  onReadyToQuit = () => {},
  onUiLocale = () => {},
  onFileUsed = () => {},
}: Omit<IpcOptions, 'isTrusted'>): { [C in IpcChannel]: Handler<C> } {
  const remember = (filePath: string): void => {
    void settings.update({ lastDirectory: path.dirname(filePath) });
  };
  const showOpen = async (options: OpenDialogOptions): Promise<string[]> => {
    const window = getWindow();
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    if (result.canceled || result.filePaths.length === 0) return [];
    remember(result.filePaths[0]!);
    return result.filePaths;
  };
  // A refused file is an answer, not a throw: Electron would pass the renderer only the English message.
  const opened = async (filePaths: string[], maxBytes?: number): Promise<PickResult> => {
    let files: PickedFile[];
    try {
      files = await readPickedFiles(filePaths, maxBytes);
    } catch (error) {
      if (error instanceof OpenFileError && isErrorTextShape(error.localized)) return { refused: error.localized };
      throw error;
    }
    for (const filePath of filePaths) onFileUsed(filePath);
    return { files };
  };

  return {
    'qiyos:open-documents': async () => {
      const filePaths = await showOpen({
        title: 'Open reports',
        defaultPath: await startDirectory(settings),
        properties: ['openFile', 'multiSelections'],
        filters: [
          { name: 'Documents', extensions: [...OPEN_EXTENSIONS] },
          { name: 'All files', extensions: ['*'] },
        ],
      });
      return opened(filePaths);
    },

    // One file of the type the renderer asks for; "All files" stays available for misnamed files.
    'qiyos:open-file': async ({ filter }) => {
      const filePaths = await showOpen({
        // The filter's label is in the UI language; a fixed English verb next to it would not be.
        title: filter.name,
        defaultPath: await startDirectory(settings),
        properties: ['openFile'],
        filters: [
          { name: filter.name, extensions: filter.extensions },
          { name: 'All files', extensions: ['*'] },
        ],
      });
      return opened(filePaths.slice(0, 1), MAX_OPEN_DATA_FILE_BYTES);
    },

    'qiyos:save-export': async ({ suggestedName, content, filter }) => {
      const options: SaveDialogOptions = {
        title: filter.name,
        defaultPath: path.join(await startDirectory(settings), suggestedName),
        filters: [{ name: filter.name, extensions: filter.extensions }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = getWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return { saved: false } satisfies SaveExportResult;
      if (!path.isAbsolute(result.filePath)) throw new Error('The save dialog returned a relative path; nothing was written.');
      await writeFileAtomically(result.filePath, content);
      remember(result.filePath);
      onFileUsed(result.filePath);
      return { saved: true, path: result.filePath } satisfies SaveExportResult;
    },

    'qiyos:set-ui-locale': async (locale) => {
      onUiLocale(locale);
    },

    'qiyos:app-info': async (): Promise<AppInfo> => ({
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      runtime: aboutDetailLines(currentAboutInfo()),
    }),

    'qiyos:set-menu-state': async (state) => {
      onMenuState(state);
    },

    'qiyos:ready-to-quit': async () => {
      onReadyToQuit();
    },
  };
}

const VALIDATORS: { [C in IpcChannel]: Validator<C> } = {
  'qiyos:open-documents': expectNoArgs,
  'qiyos:open-file': validateOpenFileArgs,
  'qiyos:save-export': validateSaveExportArgs,
  'qiyos:set-ui-locale': validateUiLocaleArgs,
  'qiyos:app-info': expectNoArgs,
  'qiyos:set-menu-state': validateMenuStateArgs,
  'qiyos:ready-to-quit': expectNoArgs,
};

/** Registers one `ipcMain.handle` per contract channel, each guarded by the sender check and its validator. */
export function registerIpcHandlers(options: IpcOptions): void {
  const handlers = createIpcHandlers(options);
  const register = <C extends IpcChannel>(channel: C) => {
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      assertTrustedSender(event, options.isTrusted);
      const checked = VALIDATORS[channel](args);
      return (handlers[channel] as (...a: IpcContract[C]['args']) => Promise<IpcContract[C]['result']>)(...checked);
    });
  };
  for (const channel of IPC_CHANNELS) register(channel);
}
