/**
 * Documents opened from outside the app: paths on the command line, in a second launch's argv
 * (single instance), or from the OS ("Open with", macOS `open-file`). Main reads them (with the
 * open dialog's size limit) and sends them to the renderer as the `open-files` command, which
 * imports them into the open project or a new one. Files that arrive before the renderer listens
 * wait in a queue.
 */
import path from 'node:path';
import { errorText, errorTextOf, verbatim, type ErrorText } from '../shared/i18n/localizeError';
import { isErrorTextShape, MAX_ERROR_VALUE_CHARS, type OpenedFiles, type PickedFile } from '../shared/ipc';

/** What "Open with" and the command line accept: the formats the document importer reads. */
export const OPENABLE_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'docx'] as const;

/** Most files one launch may bring (a folder's worth dragged onto the icon). */
export const MAX_OPENED_FILES = 50;

/** Whether a path names a document Qiyos can import (by its extension). */
export function isOpenableDocument(filePath: string): boolean {
  return !filePath.includes('\u0000') && (OPENABLE_EXTENSIONS as readonly string[]).includes(path.extname(filePath).slice(1).toLowerCase());
}

/**
 * The document paths in a process's argv, absolute: arguments that are not switches and end in an
 * openable extension (this also leaves out the executable, the app folder in development and
 * Chromium's own switches). Relative paths are taken from `workingDirectory`.
 */
export function documentPathsFromArgv(argv: readonly string[], workingDirectory: string): string[] {
  const paths: string[] = [];
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-') || !isOpenableDocument(arg)) continue;
    const absolute = path.resolve(workingDirectory, arg);
    if (!paths.includes(absolute)) paths.push(absolute);
  }
  return paths.slice(0, MAX_OPENED_FILES);
}

export interface OpenedFilesOptions {
  /** Reads one file (size-checked; when it cannot, throws an error naming the file, best an OpenFileError with its `localized` message). */
  readFile: (filePath: string) => Promise<PickedFile>;
  /** Sends the read files to the renderer; false when there is no window to send to (they are kept). */
  send: (opened: OpenedFiles) => boolean;
  /** A file was opened: the OS's recent documents (desktop only). */
  onOpened?: (filePath: string) => void;
}

export interface OpenedFilesQueue {
  /** Takes paths to open; they are read and sent once the renderer listens. */
  open(paths: readonly string[]): Promise<void>;
  /** The renderer listens now (it reported its menu state): waiting files are sent. */
  rendererReady(): Promise<void>;
}

/**
 * What the renderer shows for a file named `name` that could not be opened: the error's own
 * translatable message (readOneFile's errors name the file), else its English text, prefixed with
 * "Could not open "name": " unless it already starts with the name.
 */
export function openProblem(name: string, error: unknown): ErrorText {
  const text = errorTextOf(error);
  // A message the preload would refuse would drop the whole command, files included.
  if (text && isErrorTextShape(text)) return text;
  const message = (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR_VALUE_CHARS);
  return message.startsWith(`"${name}"`) ? verbatim(message) : errorText('open.failed', { file: name, detail: verbatim(message) });
}

export function createOpenedFilesQueue({ readFile, send, onOpened = () => {} }: OpenedFilesOptions): OpenedFilesQueue {
  let ready = false;
  let waiting: string[] = [];
  let work: Promise<void> = Promise.resolve();

  const flush = (): Promise<void> => {
    work = work.then(async () => {
      if (!ready || waiting.length === 0) return;
      const paths = waiting;
      waiting = [];
      const opened: OpenedFiles = { files: [], problems: [] };
      for (const filePath of paths) {
        try {
          opened.files.push(await readFile(filePath));
          onOpened(filePath);
        } catch (error) {
          opened.problems.push(openProblem(path.basename(filePath), error));
        }
      }
      if (!send(opened)) {
        // No window to take them now: keep the paths for the next renderer.
        waiting = [...paths, ...waiting];
        ready = false;
      }
    });
    return work;
  };

  return {
    open(paths) {
      for (const filePath of paths) if (!waiting.includes(filePath)) waiting.push(filePath);
      waiting = waiting.slice(0, MAX_OPENED_FILES);
      return flush();
    },
    rendererReady() {
      ready = true;
      return flush();
    },
  };
}
