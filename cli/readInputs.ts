/**
 * Reads the CLI's input files as UTF-8 text, refusing anything that is not, with an error that
 * names the file. `decodeInput` is the pure part; `readInputFile` adds the file system.
 */
import { readFile, stat } from 'node:fs/promises';

/** Bad input named by file (exit code 1). `message` says what is wrong, `file` which file. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/**
 * Decodes a file's bytes as UTF-8 and strips a byte-order mark. Throws InputError when the file is
 * empty or blank, is UTF-16, contains NUL bytes (binary: a .docx or .pdf given by mistake) or is not
 * valid UTF-8 (e.g. Windows-1251 Cyrillic, which would otherwise turn into replacement characters).
 */
export function decodeInput(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new InputError('file is empty', file);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError('file is UTF-16 text; save it as UTF-8', file);
  }
  if (bytes.includes(0)) throw new InputError('file looks binary (it contains NUL bytes); give a plain-text file', file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError('file is not valid UTF-8 text', file);
  }
  if (text.trim() === '') throw new InputError('file has no text (only white space)', file);
  return text;
}

/** Reads one input file as text (see decodeInput); file-system failures become InputErrors too. */
export async function readInputFile(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    if ((await stat(path)).isDirectory()) throw new InputError('is a directory, not a text file', path);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(describeFsError(error), path);
  }
  return decodeInput(bytes, path);
}

/** Reads all input files in order; the first bad one stops the run. */
export async function readInputs(paths: readonly string[]): Promise<string[]> {
  const texts: string[] = [];
  for (const path of paths) texts.push(await readInputFile(path));
  return texts;
}

/** A short human reason for a Node file-system error. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a text file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    default:
      return `cannot read file (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}
