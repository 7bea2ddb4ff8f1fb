/**
 * Reads the CLI's input files with the app's importer (plain text in UTF-8, UTF-16, Windows-1251 or
 * KOI8-R; HTML; Markdown; DOCX), refusing anything it cannot read with an error that names the
 * file. `decodeInput` is the pure part; `readInputFile` adds the file system.
 */
import { readFile, stat } from 'node:fs/promises';
import type { SupportedEncoding } from '../shared/import/decodeBytes';
import { ImportError, MAX_IMPORT_BYTES, formatMegabytes } from '../shared/import/errors';
import { importDocument, type ImportedText } from '../shared/import/importDocument';

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

export interface ReadOptions {
  /** Decode every text file with this encoding instead of detecting it (--encoding). */
  encoding?: SupportedEncoding;
}

/**
 * Reads a file's bytes as a document (see importDocument). Throws InputError when the file is
 * empty or blank, binary, too large, not decodable in the given encoding, or a damaged DOCX.
 */
export function decodeInput(bytes: Uint8Array, file: string, options: ReadOptions = {}): ImportedText {
  try {
    return importDocument(bytes, file, { encoding: options.encoding });
  } catch (error) {
    if (error instanceof ImportError) throw new InputError(error.detail, file);
    throw error;
  }
}

/** Reads one input file (see decodeInput); file-system failures become InputErrors too. */
export async function readInputFile(path: string, options: ReadOptions = {}): Promise<ImportedText> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError('is a directory, not a text file', path);
    // Refused before reading: a huge file should not be loaded only to be rejected.
    if (info.size > MAX_IMPORT_BYTES) {
      throw new InputError(`the file is too large (${formatMegabytes(info.size)}); Qiyos imports files up to ${formatMegabytes(MAX_IMPORT_BYTES)}`, path);
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(describeFsError(error), path);
  }
  return decodeInput(bytes, path, options);
}

/** Reads all input files in order; the first bad one stops the run. */
export async function readInputs(paths: readonly string[], options: ReadOptions = {}): Promise<ImportedText[]> {
  const documents: ImportedText[] = [];
  for (const path of paths) documents.push(await readInputFile(path, options));
  return documents;
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
