/**
 * One entry point for every kind of file Qiyos reads: plain text, HTML, Markdown and DOCX. The
 * format comes from the content first (a ZIP with word/document.xml is DOCX whatever its name; text
 * that starts like an HTML page is HTML) and from the extension second. Every failure is an
 * ImportError that names the file.
 */
import { errorText, errorTextOf } from '../i18n/localizeError';
import type { ProgressFn } from '../model';
import { checkSize, decodeBytes, isSupportedEncoding, type SupportedEncoding } from './decodeBytes';
import { ImportError } from './errors';
import { extractDocx, isZip } from './extractDocx';
import { extractHtml } from './extractHtml';
import { extractMarkdown } from './extractMarkdown';

export type ImportFormat = 'text' | 'html' | 'docx' | 'markdown';

/** How each format is shown to the user. */
export const FORMAT_NAMES: Readonly<Record<ImportFormat, string>> = { text: 'Plain text', html: 'HTML', docx: 'DOCX', markdown: 'Markdown' };

export interface ImportedText {
  /** The document's text: paragraphs on lines of their own. */
  text: string;
  /** The title the file gives itself (HTML <title> or first heading, DOCX title, Markdown heading); '' when none. */
  title: string;
  format: ImportFormat;
  /** The text encoding used; absent for DOCX (always Unicode inside). */
  encoding?: SupportedEncoding;
  /** False when the encoding was a close guess. */
  encodingConfident?: boolean;
}

export interface ImportOptions {
  /** Decode text formats with this encoding instead of detecting one. */
  encoding?: SupportedEncoding;
  /** Reports phases 'decode' (bytes) and 'extract'; throwing from it aborts the import. */
  onProgress?: ProgressFn;
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** Whether decoded text is an HTML page rather than text that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype html|<html[\s>])/.test(head);
}

/** The charset an HTML page declares in its first 2 KB (<meta charset> or http-equiv), when it is one Qiyos reads. */
export function declaredCharset(bytes: Uint8Array): SupportedEncoding | undefined {
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 2048); i++) head += String.fromCharCode(bytes[i]!);
  const m = /<meta[^>]*?charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  if (m === null) return undefined;
  const name = m[1]!.toLowerCase();
  if (name === 'windows-1251' || name === 'cp1251' || name === 'x-cp1251') return 'windows-1251';
  if (name === 'koi8-r' || name === 'koi8r') return 'koi8-r';
  return isSupportedEncoding(name) ? name : undefined;
}

function formatFor(extension: string, text: string): Exclude<ImportFormat, 'docx'> {
  if (extension === 'html' || extension === 'htm' || extension === 'xhtml' || looksLikeHtml(text)) return 'html';
  if (extension === 'md' || extension === 'markdown' || extension === 'mdown' || extension === 'mkd') return 'markdown';
  return 'text';
}

function importBytes(bytes: Uint8Array, fileName: string, options: ImportOptions): ImportedText {
  const { onProgress } = options;
  checkSize(bytes);
  const extension = extensionOf(fileName);
  if (isZip(bytes) || extension === 'docx') {
    if (!isZip(bytes)) throw new ImportError('malformed', errorText('import.docxNotZip'));
    onProgress?.({ phase: 'extract', done: 0, total: 1 });
    const { title, text } = extractDocx(bytes);
    onProgress?.({ phase: 'extract', done: 1, total: 1 });
    if (text.trim() === '') throw new ImportError('empty', errorText('import.docxNoText'));
    return { text, title, format: 'docx' };
  }
  const decoded = decodeBytes(bytes, { encoding: options.encoding, declared: declaredCharset(bytes), onProgress });
  const format = formatFor(extension, decoded.text);
  const base = { encoding: decoded.encoding, encodingConfident: decoded.confident };
  if (format === 'text') return { text: decoded.text, title: '', format, ...base };
  onProgress?.({ phase: 'extract', done: 0, total: 1 });
  const extracted = format === 'html' ? extractHtml(decoded.text) : extractMarkdown(decoded.text);
  onProgress?.({ phase: 'extract', done: 1, total: 1 });
  if (extracted.text.trim() === '') {
    throw new ImportError('empty', errorText(format === 'html' ? 'import.htmlNoText' : 'import.markdownNoText'));
  }
  return { text: extracted.text, title: extracted.title, format, ...base };
}

/**
 * Reads a file's bytes as a document: detects the format and (for text formats) the encoding,
 * extracts the text. Throws ImportError naming `fileName` for anything it cannot read.
 */
export function importDocument(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): ImportedText {
  try {
    return importBytes(bytes, fileName, options);
  } catch (error) {
    if (error instanceof ImportError) throw error.withFile(fileName);
    // Progress callbacks abort by throwing (cancel); anything else from a parser is a malformed file.
    if (error instanceof Error && error.name === 'CancelledError') throw error;
    throw new ImportError('malformed', errorText('import.unreadable', { reason: errorTextOf(error) ?? (error instanceof Error ? error.message : String(error)) }), fileName);
  }
}
