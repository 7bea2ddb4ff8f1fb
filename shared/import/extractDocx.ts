/**
 * The text of a Word document (.docx): paragraphs of word/document.xml (w:p) with their runs' text
 * (w:t), tabs (w:tab) and line breaks (w:br, w:cr), and the title from docProps/core.xml. Only those
 * two parts are decompressed, each up to a size limit; XML with a DOCTYPE or ENTITY declaration is
 * refused (Word never writes one, and entity expansion is the classic XML bomb), and each part
 * passes the shared XML guards of shared/xml/safeXml.ts before htmlparser2 reads it as a stream.
 */
import { unzipSync } from 'fflate';
import { Parser } from 'htmlparser2';
import { errorText } from '../i18n/localizeError';
import { checkSafeXml, XmlError } from '../xml/safeXml';
import { ImportError } from './errors';
import type { ExtractedText } from './extractHtml';
import { createDecoder } from './textDecoder';

const DOCUMENT_PART = 'word/document.xml';
const CORE_PART = 'docProps/core.xml';
/** Decompressed size limits: the XML of a 50 MB text is about that big again in markup. */
export const MAX_DOCX_XML_BYTES = 128 * 1024 * 1024;
const MAX_CORE_BYTES = 1024 * 1024;

/** Whether `bytes` is a ZIP archive (the container of .docx). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function unzipParts(bytes: Uint8Array): Record<string, Uint8Array> {
  let tooBig: { name: string; size: number } | undefined;
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (file) => {
        if (file.name !== DOCUMENT_PART && file.name !== CORE_PART) return false;
        const limit = file.name === DOCUMENT_PART ? MAX_DOCX_XML_BYTES : MAX_CORE_BYTES;
        if (file.originalSize > limit) {
          tooBig = { name: file.name, size: file.originalSize };
          return false;
        }
        // fflate inflates into a buffer of the declared size, so a lying header cannot make it grow.
        return true;
      },
    });
  } catch {
    throw new ImportError('malformed', errorText('import.docxDamaged'));
  }
  if (tooBig !== undefined) {
    throw new ImportError('too-large', errorText('import.docxPartTooLarge', { part: tooBig.name, size: tooBig.size, limit: MAX_DOCX_XML_BYTES }));
  }
  return parts;
}

function decodeXml(bytes: Uint8Array, part: string): string {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  let xml = createDecoder(utf16 ? (bytes[0] === 0xff ? 'utf-16le' : 'utf-16be') : 'utf-8', false).decode(bytes);
  if (xml.charCodeAt(0) === 0xfeff) xml = xml.slice(1);
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw new ImportError('malformed', errorText('import.docxDoctype', { part }));
  }
  // The guards every importer shares (entity references other than the five XML ones, declarations
  // anywhere); the streaming parser below then never sees anything it could expand.
  try {
    checkSafeXml(xml, { maxLength: MAX_DOCX_XML_BYTES });
  } catch (error) {
    if (error instanceof XmlError) throw new ImportError('malformed', errorText('import.docxBadXml', { part, reason: error.localized }));
    throw error;
  }
  return xml;
}

/** Paragraph texts of word/document.xml. */
function documentParagraphs(xml: string): string[] {
  const paragraphs: string[] = [];
  let current = '';
  let inText = 0;
  let skip = 0;
  const flush = (): void => {
    if (current.trim() !== '') paragraphs.push(current.replace(/[ \u00a0]+$/u, '').replace(/^[ \u00a0]+/u, ''));
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (skip > 0 || name === 'mc:Fallback' || name === 'w:del' || name === 'w:instrText') {
          // Fallback repeats mc:Choice (text boxes); w:del is tracked-deleted text; instrText is field code.
          skip++;
          return;
        }
        if (name === 'w:p') flush();
        else if (name === 'w:t') inText++;
        else if (name === 'w:tab' || name === 'w:ptab') current += '\t';
        else if (name === 'w:br' || name === 'w:cr') current += '\n';
        else if (name === 'w:noBreakHyphen') current += '\u2011';
      },
      onclosetag(name) {
        if (skip > 0) {
          skip--;
          return;
        }
        if (name === 'w:p') flush();
        else if (name === 'w:t') inText--;
      },
      ontext(text) {
        if (skip === 0 && inText > 0) current += text;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  flush();
  return paragraphs;
}

function coreTitle(xml: string): string {
  let title = '';
  let inTitle = false;
  const parser = new Parser(
    {
      onopentag: (name) => void (inTitle = name === 'dc:title'),
      onclosetag: () => void (inTitle = false),
      ontext: (text) => void (inTitle && (title += text)),
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return title.replace(/\s+/g, ' ').trim();
}

/** The title and text of a .docx (see the module comment); paragraphs are separated by blank lines. */
export function extractDocx(bytes: Uint8Array): ExtractedText {
  const parts = unzipParts(bytes);
  const document = parts[DOCUMENT_PART];
  if (document === undefined) throw new ImportError('unsupported', errorText('import.docxNoDocument', { part: DOCUMENT_PART }));
  const paragraphs = documentParagraphs(decodeXml(document, DOCUMENT_PART));
  const core = parts[CORE_PART];
  const title = core === undefined ? '' : coreTitle(decodeXml(core, CORE_PART));
  return { title, text: paragraphs.join('\n\n') };
}
