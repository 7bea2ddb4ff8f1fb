/** Import then prepare: what the engine worker's `import` command and the benchmark run. */
import { errorText } from '../i18n/localizeError';
import type { LangTag, ProgressFn } from '../model';
import type { SegmentationRules } from '../text/segmentationRules';
import { prepareDocument, type PreparedDocument } from '../pipeline';
import type { SupportedEncoding } from './decodeBytes';
import { ImportError } from './errors';
import { importDocument, type ImportedText } from './importDocument';

export interface ImportAndPrepareOptions {
  encoding?: SupportedEncoding;
  /** The document's language; detected when absent. */
  lang?: LangTag;
  /** Phases 'decode', 'extract', 'segment'; throwing from it aborts. */
  onProgress?: ProgressFn;
  /** The project's own segmentation rules (see prepareDocument). */
  rules?: SegmentationRules;
}

/** Reads a file (importDocument) and segments its text (prepareDocument); a file without any segment is an ImportError. */
export function importAndPrepare(bytes: Uint8Array, fileName: string, options: ImportAndPrepareOptions = {}): { imported: ImportedText; prepared: PreparedDocument } {
  const imported = importDocument(bytes, fileName, { encoding: options.encoding, onProgress: options.onProgress });
  const prepared = prepareDocument(imported.text, { lang: options.lang, onProgress: options.onProgress, rules: options.rules });
  if (prepared.segments.length === 0) throw new ImportError('empty', errorText('import.noSentences'), fileName);
  return { imported, prepared };
}
