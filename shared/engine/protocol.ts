/**
 * The typed contract of the engine worker: long work (segmentation, alignment, export) runs
 * off the UI thread. The renderer sends a request, receives progress messages, then exactly one
 * result or error; it may cancel a request at any time.
 */
import type { Bead, LangTag, Progress } from '../model';
import type { AlignDocumentInput } from '../align/alignDocuments';
import type { TermAnchor } from '../align/termAnchors';
import type { GlossaryDocument } from '../../glossary/extract';
import type { Concept } from '../../glossary/model';
import type { CompareSide, WordComparison } from '../compare/wordDiff';
import type { SupportedEncoding } from '../import/decodeBytes';
import type { ImportedText } from '../import/importDocument';
import type { PreparedDocument } from '../pipeline';
import type { SegmentationRules } from '../text/segmentationRules';
import type { ImportTmxArgs, ImportTmxResult } from '../tmx/importTmx';
import type { TmxInput, TmxOutput } from '../tmx/writeTmx';
import type { ErrorText } from '../i18n/localizeError';

export interface EngineCommands {
  /** Decode nothing: `text` is already a string. Detect language, segment, mark boilerplate. */
  prepare: { args: { text: string; lang?: LangTag; presegmented?: boolean; rules?: SegmentationRules }; result: PreparedDocument };
  /**
   * Read a file's bytes (text in any supported encoding, HTML, Markdown, DOCX), then prepare its
   * text. Progress phases: 'decode' (bytes), 'extract', 'segment' (paragraphs). Errors name the file.
   */
  import: {
    args: { bytes: Uint8Array; fileName: string; encoding?: SupportedEncoding; lang?: LangTag; rules?: SegmentationRules };
    result: { imported: ImportedText; prepared: PreparedDocument };
  };
  /** Align 2 to 4 documents; bead cells index each document's segments; `fixed` beads (confirmed) are kept as they are. */
  align: { args: { documents: AlignDocumentInput[]; fixed?: Bead[]; terms?: TermAnchor[] }; result: { beads: Bead[] } };
  /**
   * Extract the name glossary of aligned documents (bead cells index their segments; [] when not
   * aligned), best first. Progress phases: 'extract' (segments), 'link'.
   */
  extractGlossary: { args: { documents: GlossaryDocument[]; beads: Bead[] }; result: { concepts: Concept[] } };
  /** Serialize an alignment as TMX 1.4b. */
  exportTmx: { args: TmxInput; result: TmxOutput };
  /** Decode and parse a TMX file (1.1–1.4b) into documents and confirmed beads; errors carry line numbers. */
  importTmx: { args: ImportTmxArgs; result: ImportTmxResult };
  /** Compare two texts word by word (Uzbek Cyrillic against Latin in Latin), with a similarity figure. */
  compareWords: { args: { left: CompareSide; right: CompareSide }; result: WordComparison };
}

export type EngineCommand = keyof EngineCommands;

export type EngineRequest =
  | { [C in EngineCommand]: { id: number; type: 'run'; command: C; args: EngineCommands[C]['args'] } }[EngineCommand]
  | { id: number; type: 'cancel' };

export type EngineResponse =
  | { id: number; type: 'progress'; progress: Progress }
  | { id: number; type: 'result'; result: unknown }
  /** `text`: the error's translatable message (see shared/i18n/localizeError.ts), when it has one. */
  | { id: number; type: 'error'; message: string; cancelled: boolean; text?: ErrorText };

/** Thrown by long-running algorithms (through their progress callback) when the user cancels. */
export class CancelledError extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'CancelledError';
  }
}
