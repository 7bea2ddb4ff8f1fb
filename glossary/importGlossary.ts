/** One entry point for glossary files: decode the bytes, then read TBX or CSV/TSV by name and content. */
import { errorText } from '../shared/i18n/localizeError';
import { decodeBytes } from '../shared/import/decodeBytes';
import { ImportError } from '../shared/import/errors';
import { importCsv, type ImportCsvOptions } from './importCsv';
import { GlossaryImportError } from './importErrors';
import { importTbx } from './importTbx';
import type { Concept } from './model';

/** The concepts in a glossary file (TBX, CSV, TSV); throws GlossaryImportError with the line when it cannot. */
export function readGlossaryFile(fileName: string, bytes: Uint8Array, options: ImportCsvOptions = {}): Concept[] {
  let text: string;
  try {
    text = decodeBytes(bytes).text;
  } catch (error) {
    if (error instanceof ImportError) throw new GlossaryImportError(error.localized);
    throw error;
  }
  const xml = /\.(tbx|xml)$/i.test(fileName) || /^\s*</.test(text);
  const concepts = xml ? importTbx(text) : importCsv(text, options);
  if (concepts.length === 0) throw new GlossaryImportError(errorText('glossary.noEntries'));
  return concepts;
}
