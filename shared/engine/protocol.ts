/**
 * The typed contract of the engine worker: long work (segmentation, alignment, export) runs
 * off the UI thread. The renderer sends a request, receives progress messages, then exactly one
 * result or error; it may cancel a request at any time.
 */
import type { Bead, LangTag, Progress } from '../model';
import type { AlignDocumentInput } from '../align/alignDocuments';
import type { SupportedEncoding } from '../import/decodeBytes';
import type { ImportedText } from '../import/importDocument';
import type { PreparedDocument } from '../pipeline';
import type { ImportTmxArgs, ImportTmxResult } from '../tmx/importTmx';
import type { TmxInput, TmxOutput } from '../tmx/writeTmx';

export interface EngineCommands {
  /** Decode nothing: `text` is already a string. Detect language, segment, mark boilerplate. */
  prepare: { args: { text: string; lang?: LangTag; presegmented?: boolean }; result: PreparedDocument };
  /**
   * Read a file's bytes (text in any supported encoding, HTML, Markdown, DOCX), then prepare its
   * text. Progress phases: 'decode' (bytes), 'extract', 'segment' (paragraphs). Errors name the file.
   */
  import: {
    args: { bytes: Uint8Array; fileName: string; encoding?: SupportedEncoding; lang?: LangTag };
    result: { imported: ImportedText; prepared: PreparedDocument };
  };
  /** Align 2 to 4 documents; bead cells index each document's segments; `fixed` beads (confirmed) are kept as they are. */
  align: { args: { documents: AlignDocumentInput[]; fixed?: Bead[] }; result: { beads: Bead[] } };
  /** Serialize an alignment as TMX 1.4b. */
  exportTmx: { args: TmxInput; result: TmxOutput };
  /** Decode and parse a TMX file (1.1–1.4b) into documents and confirmed beads; errors carry line numbers. */
  importTmx: { args: ImportTmxArgs; result: ImportTmxResult };
}

export type EngineCommand = keyof EngineCommands;

export type EngineRequest =
  | { [C in EngineCommand]: { id: number; type: 'run'; command: C; args: EngineCommands[C]['args'] } }[EngineCommand]
  | { id: number; type: 'cancel' };

export type EngineResponse =
  | { id: number; type: 'progress'; progress: Progress }
  | { id: number; type: 'result'; result: unknown }
  | { id: number; type: 'error'; message: string; cancelled: boolean };

/** Thrown by long-running algorithms (through their progress callback) when the user cancels. */
export class CancelledError extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'CancelledError';
  }
}
