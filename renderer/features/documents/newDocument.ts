import type { ImportedText } from '../../../shared/import/importDocument';
import type { PreparedDocument } from '../../../shared/pipeline';
import type { NewDocument } from '../../db/repository';

/** The document to store for a file the engine imported and prepared (its bytes kept for re-decoding). */
export function newDocumentFrom(imported: ImportedText, prepared: PreparedDocument, file: { title: string; fileName: string; bytes: Uint8Array }): NewDocument {
  return {
    title: file.title,
    fileName: file.fileName,
    originalText: imported.text,
    lang: prepared.lang,
    detectedLang: prepared.detected.lang,
    segments: prepared.segments,
    format: imported.format,
    encoding: imported.encoding,
    encodingConfident: imported.encodingConfident,
    originalBytes: file.bytes,
  };
}
