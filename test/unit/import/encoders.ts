/** Encoders for building test inputs in the encodings Qiyos reads (TextEncoder only writes UTF-8). */

/** Byte-order marks. */
export const BOM = { 'utf-8': [0xef, 0xbb, 0xbf], 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff] } as const;

export function utf16(text: string, order: 'le' | 'be', bom = false): Uint8Array {
  const out = new Uint8Array(2 * text.length + (bom ? 2 : 0));
  let at = 0;
  if (bom) {
    out.set(order === 'le' ? BOM['utf-16le'] : BOM['utf-16be']);
    at = 2;
  }
  for (let i = 0; i < text.length; i++, at += 2) {
    const unit = text.charCodeAt(i);
    out[order === 'le' ? at : at + 1] = unit & 0xff;
    out[order === 'le' ? at + 1 : at] = unit >> 8;
  }
  return out;
}

/**
 * A single-byte encoder built from the runtime's decoder table (bytes 0x80–0xFF). Characters the
 * encoding lacks become `fallback` (Uzbek қ ғ ҳ are in neither Windows-1251 nor KOI8-R).
 */
export function singleByteEncoder(label: 'windows-1251' | 'koi8-r'): (text: string, fallback?: string) => Uint8Array {
  const high = new Uint8Array(128).map((_, i) => 0x80 + i);
  const chars = new TextDecoder(label).decode(high);
  const table = new Map<string, number>();
  [...chars].forEach((ch, i) => table.set(ch, 0x80 + i));
  return (text, fallback = '?') => {
    const bytes: number[] = [];
    for (const ch of text) {
      const code = ch.charCodeAt(0);
      if (code < 0x80) bytes.push(code);
      else bytes.push(table.get(ch) ?? fallback.charCodeAt(0));
    }
    return new Uint8Array(bytes);
  };
}

/** Which characters of `text` a single-byte encoding can represent (the rest would be replaced). */
export function representable(text: string, label: 'windows-1251' | 'koi8-r'): string {
  const chars = new Set(new TextDecoder(label).decode(new Uint8Array(128).map((_, i) => 0x80 + i)));
  return [...text].map((ch) => (ch.charCodeAt(0) < 0x80 || chars.has(ch) ? ch : '?')).join('');
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export function concat(...parts: (Uint8Array | readonly number[])[]): Uint8Array {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
