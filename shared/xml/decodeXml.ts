/**
 * Decodes the bytes of an XML file the way XML says to (appendix F): byte-order mark first, then
 * the encoding named in the XML declaration, else UTF-8. TMX from Trados is often UTF-16 with a BOM.
 */
import { XmlError } from './safeXml';
import { errorText } from '../i18n/localizeError';

interface TextDecoderLike {
  decode(bytes: Uint8Array): string;
}
type TextDecoderClass = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike;

/** Returns the document as a string without its BOM; throws XmlError for undecodable bytes. */
export function decodeXmlBytes(bytes: Uint8Array): string {
  const encoding = sniffEncoding(bytes);
  const Decoder = (globalThis as unknown as { TextDecoder?: TextDecoderClass }).TextDecoder;
  if (!Decoder) throw new XmlError('malformed', errorText('xml.noDecoder'));
  let decoder: TextDecoderLike;
  try {
    decoder = new Decoder(encoding, { fatal: true });
  } catch {
    throw new XmlError('malformed', errorText('xml.encodingUnsupported', { encoding }));
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new XmlError('malformed', errorText('xml.encodingInvalid', { encoding: encoding.toUpperCase() }));
  }
}

/** The encoding label to use for `bytes`. */
export function sniffEncoding(bytes: Uint8Array): string {
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8';
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00) return 'utf-16le';
  if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f) return 'utf-16be';
  // The declaration is ASCII in every ASCII-compatible encoding.
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 200); i++) head += String.fromCharCode(bytes[i]!);
  const declared = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1]?.toLowerCase();
  if (!declared || declared === 'utf-16' || declared === 'utf8') return 'utf-8';
  return declared;
}
