/**
 * The one typed contract between the Electron main process and the renderer.
 * Main registers a handler per channel, the preload exposes exactly these channels through
 * `invoke`, and the renderer's platform module calls them. Nothing else crosses the boundary.
 */

import { isCommandId, type CommandArgs, type CommandId, type OpenedFilesArg } from './commands';
import { errorMessages } from './i18n/errorMessages';
import type { ErrorText } from './i18n/localizeError';
import { isUiLocale, type UiLocale } from './i18n/locales';

/** A file the user picked in a native open dialog. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/** A file type in a native dialog: its label and extensions without the dot, e.g. { name: 'TMX', extensions: ['tmx'] }. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/** A request to save an export: main shows a native save dialog and writes `content` where the user chose. */
export interface SaveExportArgs {
  suggestedName: string;
  content: string;
  filter: FileFilter;
}

/** A request to open one file of a given type (a TMX, a backup, a glossary): main shows a native open dialog with that filter. */
export interface OpenFileArgs {
  filter: FileFilter;
}

/**
 * Files opened from outside the app (command line, a second launch, "Open with"), read by main,
 * with one message per file that was refused (too large, unreadable), as an id of
 * shared/i18n/errorMessages.ts and its values, so the renderer says it in the UI language.
 */
export type OpenedFiles = OpenedFilesArg;

export type SaveExportResult = { saved: true; path: string } | { saved: false };

/**
 * What a native open dialog gives back: the files read (none when the user cancelled), or why a
 * picked file was refused (vanished, a folder, too large, unreadable) as a message id and values,
 * so the renderer says it in the UI language. A thrown error would reach the renderer only as
 * Electron's English "Error invoking remote method …" text.
 */
export type PickResult = { files: PickedFile[] } | { refused: ErrorText };

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  /** "Electron 45.4.1", "Chromium …", "Node.js …", for About. */
  runtime: string[];
}

/** A project in File → Open Recent. */
export interface RecentProject {
  id: number;
  name: string;
}

/** What the renderer tells main so the native menu matches the app: which commands have a handler now, and the recent projects. */
export interface MenuState {
  enabled: CommandId[];
  recentProjects: RecentProject[];
}

export const MAX_RECENT_PROJECTS = 10;

/** Channel name → argument tuple and result. */
export interface IpcContract {
  'qiyos:open-documents': { args: []; result: PickResult };
  'qiyos:open-file': { args: [OpenFileArgs]; result: PickResult };
  'qiyos:save-export': { args: [SaveExportArgs]; result: SaveExportResult };
  /** The UI language changed (or was loaded): main saves it and rebuilds the native menu in it. */
  'qiyos:set-ui-locale': { args: [UiLocale]; result: void };
  'qiyos:app-info': { args: []; result: AppInfo };
  'qiyos:set-menu-state': { args: [MenuState]; result: void };
  /** The answer to a `prepare-quit` command: the renderer's pending database writes are done. */
  'qiyos:ready-to-quit': { args: []; result: void };
}

export type IpcChannel = keyof IpcContract;

export const IPC_CHANNELS: readonly IpcChannel[] = [
  'qiyos:open-documents',
  'qiyos:open-file',
  'qiyos:save-export',
  'qiyos:set-ui-locale',
  'qiyos:app-info',
  'qiyos:set-menu-state',
  'qiyos:ready-to-quit',
];

/**
 * What main sends to the renderer, on the one event channel below: a menu command to run, or
 * `prepare-quit` (the app is quitting or the window closing: finish database writes, then invoke
 * 'qiyos:ready-to-quit').
 */
export type MenuCommand =
  | { [C in CommandId]: CommandArgs[C] extends void ? { id: C } : { id: C; arg: CommandArgs[C] } }[CommandId]
  | { id: 'prepare-quit' };

export const MENU_COMMAND_CHANNEL = 'qiyos:menu-command';

/** Checks the shape of a MenuCommand (the preload drops anything else). */
export function isMenuCommand(value: unknown): value is MenuCommand {
  if (typeof value !== 'object' || value === null) return false;
  const { id, arg } = value as { id?: unknown; arg?: unknown };
  if (id === 'prepare-quit') return arg === undefined;
  if (!isCommandId(id)) return false;
  if (id === 'open-project') return Number.isSafeInteger(arg) && (arg as number) > 0;
  if (id === 'open-files') return isOpenedFiles(arg);
  return arg === undefined;
}

function isPickedFile(value: unknown): value is PickedFile {
  return isPlainRecord(value) && hasOnlyKeys(value, ['name', 'bytes']) && typeof value.name === 'string' && value.bytes instanceof Uint8Array;
}

function isOpenedFiles(value: unknown): value is OpenedFiles {
  if (typeof value !== 'object' || value === null) return false;
  const { files, problems } = value as { files?: unknown; problems?: unknown };
  return (
    Array.isArray(files) &&
    files.every(isPickedFile) &&
    Array.isArray(problems) &&
    problems.length <= MAX_OPENED_PROBLEMS &&
    problems.every((p: unknown) => isErrorTextShape(p))
  );
}

/** At most this many refused files in one open-files command (main opens at most 50 files a launch). */
export const MAX_OPENED_PROBLEMS = 100;
/** The longest text value a message from main may carry (file names, a system error's text). */
export const MAX_ERROR_VALUE_CHARS = 4096;
const MAX_ERROR_VALUES = 8;
const MAX_ERROR_DEPTH = 3;

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

function hasOnlyKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(value).every((key) => keys.includes(key));
}

/**
 * Checks a translatable message from main (an ErrorText): an id the catalog knows, values that are
 * short texts, finite numbers or such messages (nested a few levels at most), and no other field.
 */
export function isErrorTextShape(value: unknown, depth = 0): value is ErrorText {
  if (depth >= MAX_ERROR_DEPTH || !isPlainRecord(value)) return false;
  const { id, values, capitalize } = value;
  if (!hasOnlyKeys(value, ['id', 'values', 'capitalize'])) return false;
  if (typeof id !== 'string' || !Object.hasOwn(errorMessages.en, id)) return false;
  if (capitalize !== undefined && typeof capitalize !== 'boolean') return false;
  if (values === undefined) return true;
  if (!isPlainRecord(values)) return false;
  const entries = Object.values(values);
  return (
    entries.length <= MAX_ERROR_VALUES &&
    entries.every(
      (v) => (typeof v === 'string' && v.length <= MAX_ERROR_VALUE_CHARS) || (typeof v === 'number' && Number.isFinite(v)) || isErrorTextShape(v, depth + 1),
    )
  );
}

export { isUiLocale };

/** Checks a dialog's answer: exactly `{ files }` with names and bytes, or exactly `{ refused }` with a known message. */
export function isPickResult(value: unknown): value is PickResult {
  if (!isPlainRecord(value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== 1) return false;
  if (keys[0] === 'files') return Array.isArray(value.files) && value.files.every(isPickedFile);
  return keys[0] === 'refused' && isErrorTextShape(value.refused);
}

function isStringList(value: unknown, max: number): value is string[] {
  return Array.isArray(value) && value.length <= max && value.every((item) => typeof item === 'string');
}

const isVoid = (value: unknown): value is void => value === undefined;

/**
 * The shape of each channel's result, checked by the preload before the page sees it: main is
 * trusted, but a wrong shape should fail at the boundary with a clear message, not deep in the UI.
 */
export const IPC_RESULT_CHECKS: { [C in IpcChannel]: (value: unknown) => value is IpcContract[C]['result'] } = {
  'qiyos:open-documents': isPickResult,
  'qiyos:open-file': isPickResult,
  'qiyos:save-export': (value): value is SaveExportResult =>
    isPlainRecord(value) &&
    ((value.saved === false && hasOnlyKeys(value, ['saved'])) || (value.saved === true && typeof value.path === 'string' && hasOnlyKeys(value, ['saved', 'path']))),
  'qiyos:set-ui-locale': isVoid,
  'qiyos:app-info': (value): value is AppInfo =>
    isPlainRecord(value) &&
    hasOnlyKeys(value, ['name', 'version', 'platform', 'runtime']) &&
    typeof value.name === 'string' &&
    typeof value.version === 'string' &&
    typeof value.platform === 'string' &&
    isStringList(value.runtime, 20),
  'qiyos:set-menu-state': isVoid,
  'qiyos:ready-to-quit': isVoid,
};

/** The object the preload exposes as `window.qiyosDesktop`. */
export interface DesktopBridge {
  invoke<C extends IpcChannel>(channel: C, ...args: IpcContract[C]['args']): Promise<IpcContract[C]['result']>;
  /** Calls `listener` for each command main sends; returns the function that stops it. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export function isIpcChannel(value: unknown): value is IpcChannel {
  return typeof value === 'string' && (IPC_CHANNELS as readonly string[]).includes(value);
}
