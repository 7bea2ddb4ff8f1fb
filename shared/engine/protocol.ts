/**
 * The typed contract of the engine worker: long work (segmentation, alignment, export) runs
 * off the UI thread. The renderer sends a request, receives progress messages, then exactly one
 * result or error; it may cancel a request at any time.
 */
import type { Bead, LangTag, Progress } from '../model';
import type { AlignDocumentInput } from '../align/alignDocuments';
import type { PreparedDocument } from '../pipeline';
import type { TmxInput } from '../tmx/writeTmx';

export interface EngineCommands {
  /** Decode nothing: `text` is already a string. Detect language, segment, mark boilerplate. */
  prepare: { args: { text: string; lang?: LangTag; presegmented?: boolean }; result: PreparedDocument };
  /** Align 2 to 4 documents; bead cells index each document's segments; `fixed` beads (confirmed) are kept as they are. */
  align: { args: { documents: AlignDocumentInput[]; fixed?: Bead[] }; result: { beads: Bead[] } };
  /** Serialize an alignment as TMX 1.4b. */
  exportTmx: { args: TmxInput; result: { xml: string; dropped: number } };
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
