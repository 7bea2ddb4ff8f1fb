/**
 * Turns the bytes of a text file into a string: byte-order marks, BOM-less UTF-16 (recognised by
 * its pattern of zero bytes), strict UTF-8, and otherwise the two single-byte Cyrillic encodings
 * still found in Russian and Uzbek archives, Windows-1251 and KOI8-R, told apart by how plausible
 * the decoded letters are. The caller may force an encoding (the user's override).
 */
import type { ErrorMessageId } from '../i18n/errorMessages';
import { errorText } from '../i18n/localizeError';
import type { ProgressFn } from '../model';
import { ImportError, MAX_IMPORT_BYTES } from './errors';
import { createDecoder } from './textDecoder';

export const SUPPORTED_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1251', 'koi8-r'] as const;
export type SupportedEncoding = (typeof SUPPORTED_ENCODINGS)[number];

/** How each encoding is shown to the user. */
export const ENCODING_NAMES: Readonly<Record<SupportedEncoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1251': 'Windows-1251',
  'koi8-r': 'KOI8-R',
};

export function isSupportedEncoding(value: unknown): value is SupportedEncoding {
  return typeof value === 'string' && (SUPPORTED_ENCODINGS as readonly string[]).includes(value);
}

export interface DecodedText {
  /** The text without a byte-order mark. */
  text: string;
  encoding: SupportedEncoding;
  /** False when the encoding was a guess between close candidates (the UI then asks the user to check). */
  confident: boolean;
}

export interface DecodeOptions {
  /** Decode with this encoding instead of detecting one. */
  encoding?: SupportedEncoding;
  /**
   * What the file says about itself (an HTML page's <meta charset>). Only breaks the tie between
   * the single-byte encodings: valid UTF-8 is UTF-8, whatever a page claims.
   */
  declared?: SupportedEncoding;
  /** Reports phase 'decode' in bytes; throwing from it aborts. */
  onProgress?: ProgressFn;
}

/** Decoding happens in chunks of this many bytes so that progress moves on large files. */
const CHUNK_BYTES = 4 * 1024 * 1024;
/** How much of the start of a file the detectors look at. */
const SAMPLE_BYTES = 256 * 1024;

const BOMS: readonly { encoding: SupportedEncoding; bytes: readonly number[] }[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

/** Signatures of binary formats people pick by mistake, with what to tell them. */
const BINARY_SIGNATURES: readonly { bytes: readonly number[]; id: ErrorMessageId }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], id: 'import.pdf' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], id: 'import.doc' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], id: 'import.rtf' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], id: 'import.zip' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], id: 'import.png' },
  { bytes: [0xff, 0xd8, 0xff], id: 'import.jpeg' },
  { bytes: [0x47, 0x49, 0x46, 0x38], id: 'import.gif' },
  { bytes: [0x1f, 0x8b], id: 'import.gzip' },
  { bytes: [0x4d, 0x5a], id: 'import.executable' },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

/** Throws the errors that do not depend on the encoding: too large, empty. */
export function checkSize(bytes: Uint8Array): void {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ImportError('too-large', errorText('import.tooLarge', { size: bytes.length, limit: MAX_IMPORT_BYTES }));
  }
  if (bytes.length === 0) throw new ImportError('empty', errorText('import.empty'));
}

/** Decodes `bytes` as text (see the module comment); throws ImportError for anything that is not text. */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  checkSize(bytes);
  const bom = BOMS.find((b) => startsWith(bytes, b.bytes));
  let decoded: DecodedText;
  if (options.encoding !== undefined) {
    const skip = bom?.encoding === options.encoding ? bom.bytes.length : 0;
    decoded = { text: decodeStrict(bytes, options.encoding, skip, options.onProgress), encoding: options.encoding, confident: true };
  } else if (bom !== undefined) {
    decoded = { text: decodeStrict(bytes, bom.encoding, bom.bytes.length, options.onProgress), encoding: bom.encoding, confident: true };
  } else {
    decoded = detectAndDecode(bytes, options.onProgress, options.declared);
  }
  checkText(decoded.text);
  return decoded;
}

function detectAndDecode(bytes: Uint8Array, onProgress: ProgressFn | undefined, declared: SupportedEncoding | undefined): DecodedText {
  const utf16 = sniffUtf16(bytes);
  if (utf16 !== undefined) {
    const text = tryDecode(bytes, utf16, onProgress);
    if (text !== undefined) return { text, encoding: utf16, confident: true };
  }
  const signature = BINARY_SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature !== undefined) throw new ImportError('binary', errorText(signature.id));
  if (bytes.includes(0)) throw new ImportError('binary', errorText('import.nulBytes'));
  const utf8 = tryDecode(bytes, 'utf-8', onProgress);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', confident: true };
  const guess =
    declared === 'windows-1251' || declared === 'koi8-r' ? { encoding: declared, confident: true } : guessSingleByte(bytes.subarray(0, SAMPLE_BYTES));
  return { text: decodeChunks(bytes, guess.encoding, false, 0, onProgress), encoding: guess.encoding, confident: guess.confident };
}

function decodeChunks(bytes: Uint8Array, encoding: SupportedEncoding, fatal: boolean, skip: number, onProgress: ProgressFn | undefined): string {
  const decoder = createDecoder(encoding, fatal);
  const parts: string[] = [];
  const total = bytes.length;
  for (let at = skip; at < total; at += CHUNK_BYTES) {
    const end = Math.min(total, at + CHUNK_BYTES);
    parts.push(decoder.decode(bytes.subarray(at, end), { stream: true }));
    onProgress?.({ phase: 'decode', done: end, total });
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** Strict decoding, or undefined when the bytes are not valid in `encoding` (progress errors pass through). */
function tryDecode(bytes: Uint8Array, encoding: SupportedEncoding, onProgress: ProgressFn | undefined): string | undefined {
  let reportError: unknown;
  const guarded: ProgressFn | undefined = onProgress
    ? (p) => {
        try {
          onProgress(p);
        } catch (error) {
          reportError = error;
          throw error;
        }
      }
    : undefined;
  try {
    return decodeChunks(bytes, encoding, true, 0, guarded);
  } catch (error) {
    if (reportError !== undefined) throw reportError;
    if (error instanceof TypeError || (error instanceof Error && /decode|encod|invalid/i.test(error.message))) return undefined;
    throw error;
  }
}

/** Decodes with the encoding the caller or a BOM named; malformed bytes are an ImportError with a line number when known. */
function decodeStrict(bytes: Uint8Array, encoding: SupportedEncoding, skip: number, onProgress: ProgressFn | undefined): string {
  // The single-byte encodings map every byte; only the Unicode ones can be malformed.
  if (encoding === 'windows-1251' || encoding === 'koi8-r') return decodeChunks(bytes, encoding, false, skip, onProgress);
  const text = tryDecode(skip > 0 ? bytes.subarray(skip) : bytes, encoding, onProgress);
  if (text !== undefined) return text;
  if (encoding === 'utf-8') {
    const offset = firstInvalidUtf8(bytes, skip);
    const line = lineOfByte(bytes, offset);
    throw new ImportError('undecodable', errorText('import.badUtf8', { line }), undefined, line);
  }
  const why = (bytes.length - skip) % 2 === 1 ? 'import.badUtf16Odd' : 'import.badUtf16Surrogate';
  throw new ImportError('undecodable', errorText(why, { encoding: encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE' }));
}

/** 1-based line number of the byte at `offset` (counting LF bytes before it). */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8 (bytes.length when none does). */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

/**
 * UTF-16 without a BOM: in text of one script, one byte of every pair (the high byte) takes very
 * few values — zero for spaces, digits and Latin letters, 0x04 for Cyrillic — and the zeros fall
 * on one side only. Returns the byte order, or undefined when the bytes do not look like that.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4 || bytes.length % 2 === 1) return undefined;
  const n = Math.min(bytes.length, SAMPLE_BYTES) >> 1;
  const even = new Uint32Array(256);
  const odd = new Uint32Array(256);
  for (let k = 0; k < n; k++) {
    even[bytes[2 * k]!]!++;
    odd[bytes[2 * k + 1]!]!++;
  }
  const looksHigh = (counts: Uint32Array, other: Uint32Array): boolean => {
    const sorted = [...counts].sort((a, b) => b - a);
    return counts[0]! >= 0.05 * n && other[0]! <= 0.01 * n && sorted[0]! + sorted[1]! >= 0.9 * n;
  };
  if (looksHigh(odd, even)) return 'utf-16le';
  if (looksHigh(even, odd)) return 'utf-16be';
  return undefined;
}

/** Frequent lowercase letters of Russian and Uzbek Cyrillic text (about three quarters of all letters). */
const FREQUENT_LETTERS = new Set('оеаинтсрвлкмдпуяҳқўғ');

/** How plausible `text` is as Cyrillic prose: mostly lowercase letters, mostly frequent ones. */
function cyrillicPlausibility(text: string): { letters: number; score: number } {
  let letters = 0;
  let lower = 0;
  let frequent = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x400 || code > 0x4ff) continue;
    const small = ch.toLowerCase();
    if (small === ch.toUpperCase()) continue;
    letters++;
    if (small === ch) lower++;
    if (FREQUENT_LETTERS.has(small)) frequent++;
  }
  return { letters, score: letters === 0 ? 0 : (2 * lower + frequent) / letters };
}

/**
 * Chooses between Windows-1251 and KOI8-R. Both map every byte above 0x7F to some letter, but
 * reading one as the other swaps upper and lower case and scrambles the letters, so the reading
 * with more lowercase and more frequent letters wins.
 */
function guessSingleByte(sample: Uint8Array): { encoding: 'windows-1251' | 'koi8-r'; confident: boolean } {
  const cp1251 = cyrillicPlausibility(createDecoder('windows-1251', false).decode(sample));
  const koi8 = cyrillicPlausibility(createDecoder('koi8-r', false).decode(sample));
  const best = koi8.score > cp1251.score ? { encoding: 'koi8-r' as const, ...koi8 } : { encoding: 'windows-1251' as const, ...cp1251 };
  const margin = Math.abs(cp1251.score - koi8.score);
  return { encoding: best.encoding, confident: best.letters >= 20 && margin >= 0.3 };
}

/** Refuses decoded text that is blank or full of control characters (a binary file that happened to decode). */
function checkText(text: string): void {
  const sample = text.length > SAMPLE_BYTES ? text.slice(0, SAMPLE_BYTES) : text;
  if (sample.trim() === '' && text.trim() === '') throw new ImportError('empty', errorText('import.whitespaceOnly'));
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) controls++;
  }
  if (controls > Math.max(2, sample.length * 0.01)) {
    throw new ImportError('binary', errorText('import.controlChars'));
  }
}
