/** Record types of the renderer's IndexedDB database (one interface per table). */
import type { SupportedEncoding } from '../../shared/import/decodeBytes';
import type { ImportFormat } from '../../shared/import/importDocument';
import type { Concept } from '../../glossary/model';
import type { BeadStatus, LangTag, SegmentKind } from '../../shared/model';
import type { EditDescription } from '../../shared/editing/beadOps';
import type { SegmentationRules } from '../../shared/text/segmentationRules';

export interface ProjectRecord {
  id?: number;
  name: string;
  createdAt: number;
  updatedAt: number;
  /** The project's own segmentation rules on top of the built-in ones (not indexed); absent: none. */
  segmentationRules?: SegmentationRules;
}

export interface DocumentRecord {
  id?: number;
  projectId: number;
  /** Position in the project's document list (0-based, gaps allowed after removals). */
  order: number;
  /** The language the user works with (detected, or overridden by the user). */
  lang: LangTag;
  /** What the detector said at import, kept to show when the user overrode it. */
  detectedLang: LangTag;
  title: string;
  /** Empty for pasted text. */
  fileName: string;
  originalText: string;
  importedAt: number;
  /** How the file was read; absent for pasted text (and documents stored before formats were kept). */
  format?: ImportFormat;
  /** The encoding the file was decoded with; absent for pasted text and DOCX. */
  encoding?: SupportedEncoding;
  /** False when the encoding was a close guess the user should check. */
  encodingConfident?: boolean;
  /** The file's bytes as imported (not indexed), so it can be decoded again with another encoding. */
  originalBytes?: Uint8Array;
  /** Undo/redo of the hand edits of its segments (not indexed; absent: none); see SegmentHistory. */
  segmentHistory?: SegmentHistory;
}

/** One hand edit of a document's segments, as the user asked for it (redo runs it again). */
export type SegmentOp =
  | { kind: 'split'; segmentId: number; offset: number }
  | { kind: 'join'; segmentId: number }
  | { kind: 'include'; segmentId: number; included: boolean };

/**
 * One segment edit with what undoes it exactly: the segments it replaced (a contiguous run, with
 * their ids) and the ones it left in their place, and likewise the alignment rows it rewrote. An
 * undo checks the "after" records are still there unchanged before it puts the "before" ones back.
 */
export interface SegmentHistoryEntry {
  op: SegmentOp;
  at: number;
  /** The segments the edit removed or changed, as they were, in document order. */
  segmentsBefore: Stored<SegmentRecord>[];
  /** The segments that took their place, as the edit left them, in document order. */
  segmentsAfter: Stored<SegmentRecord>[];
  /** The alignment that had the document as a column at the time (null: none). */
  alignmentId: number | null;
  /** The rows the edit replaced (an id may be missing in a copied project: the undo adds the row anew). */
  beadsBefore: BeadRecord[];
  /** The rows as the edit left them. */
  beadsAfter: Stored<BeadRecord>[];
}

/** A document's segment edit history: `done` ends with the edit an undo reverts, `undone` with the one a redo runs again. */
export interface SegmentHistory {
  done: SegmentHistoryEntry[];
  undone: SegmentHistoryEntry[];
}

export interface SegmentRecord {
  id?: number;
  documentId: number;
  order: number;
  text: string;
  kind: SegmentKind;
  /** Character offset in the document's original text; -1 when not from it. */
  start: number;
  reason?: string;
  /** The text as segmented, kept (not indexed) the first time the user edits `text`. */
  originalText?: string;
}

export interface AlignmentRecord {
  id?: number;
  projectId: number;
  /** The aligned documents, one per column, in column order. */
  columns: number[];
  createdAt: number;
  updatedAt: number;
}

export interface BeadRecord {
  id?: number;
  alignmentId: number;
  order: number;
  /** Per column, the ids of that bead's segments in document order (empty: no counterpart). */
  cells: number[][];
  score: number;
  status: BeadStatus;
}

/**
 * One undoable edit of an alignment: rows `start …` were `before` and became `after` (cells hold
 * segment ids). `undone` entries form the redo stack; a new edit deletes them.
 */
export interface EditRecord {
  id?: number;
  alignmentId: number;
  /** Position in the alignment's history, increasing. */
  seq: number;
  label: string;
  start: number;
  before: EditBeadRecord[];
  after: EditBeadRecord[];
  undone: boolean;
  at: number;
  /** What the edit did, for a label in the UI's language (not indexed; absent in entries stored before it was kept). */
  op?: EditDescription;
  /** For an edit of a sentence's text (not indexed; `before`/`after` are then empty): its text before and after. */
  text?: EditTextRecord;
}

export interface EditTextRecord {
  segmentId: number;
  before: string;
  after: string;
}

export interface EditBeadRecord {
  cells: number[][];
  score: number;
  status: BeadStatus;
}

/** Where a glossary concept stands in review. Rejected ones are kept so re-extraction skips them. */
export type GlossaryConceptStatus = 'candidate' | 'approved' | 'rejected';

/** One concept of a project's glossary (see glossary/model.ts), with its review state. */
export interface GlossaryConceptRecord {
  id?: number;
  projectId: number;
  /** Stable identity of the candidate across extractions (e.g. its type and sorted base terms). */
  key: string;
  status: GlossaryConceptStatus;
  concept: Concept;
  createdAt: number;
  updatedAt: number;
  /** The reviewer changed this candidate (not indexed): a new extraction keeps it instead of replacing it. */
  edited?: boolean;
  /** Terms the reviewer removed, as glossary/conceptOps termKey()s (not indexed): extraction does not bring them back. */
  removedTerms?: string[];
}

/** One app-wide setting (UI language, …), by name. */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/** A stored record: its id is always set. */
export type Stored<T extends { id?: number }> = T & { id: number };
