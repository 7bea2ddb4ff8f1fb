/**
 * The only module that touches the database tables. Every write that spans several tables is one
 * named operation in one `db.transaction('rw', …)`, with nothing but IndexedDB work awaited inside
 * (any other await would let the transaction commit early).
 */
import type { AlignDocumentInput } from '../../shared/align/alignDocuments';
import type { ErrorMessageId } from '../../shared/i18n/errorMessages';
import { englishText, errorText, verbatim, withErrorText, type ErrorText, type LocalizedError } from '../../shared/i18n/localizeError';
import type { Bead, BeadStatus, LangTag, SegmentKind } from '../../shared/model';
import {
  applyPatch,
  describeOp,
  describeTextEdit,
  EditNotApplicableError,
  opWindow,
  planOp,
  sameBead,
  type BeadOp,
  type BeadPatch,
  type EditBead,
  type EditDescription,
} from '../../shared/editing/beadOps';
import { readAlignmentView, type LoadViewOptions } from './alignmentViewRead';
import { getDatabase } from './database';
import type { QiyosDatabase } from './schema';
import type { AlignmentRecord, BeadRecord, DocumentRecord, EditRecord, ProjectRecord, SegmentRecord, Stored } from './types';

/** What an edit, undo or redo changed: rows `start … start + count - 1` hold the result. */
export interface EditOutcome {
  label: string;
  start: number;
  count: number;
  /** How many rows from `start` were replaced by `rows` (the stored result), so a view can patch itself. */
  removed: number;
  rows: Stored<BeadRecord>[];
  /** Set when every row's order was renumbered (a view should reload). */
  renumbered: boolean;
  /** A sentence whose text changed, with its text now and the text it was segmented with (if it differs). */
  text?: { segmentId: number; text: string; originalText?: string };
  /** The alignment's `updatedAt` after the change. */
  stamp: number;
  /** What the edit did (absent for history entries stored before this was kept). */
  op?: EditDescription;
}

/**
 * Where the caller's view has row `row`: its record's id and order. Edits take it as a hint to read
 * only the rows they need (checked against the database; without it they count rows by position).
 */
export type RowLocator = (row: number) => { id: number; order: number } | undefined;

/** What undo and redo would do now: English labels, and what the edits did for labels in the UI's language. */
export interface EditHistoryState {
  undo: string | null;
  redo: string | null;
  undoOp?: EditDescription;
  redoOp?: EditDescription;
}

/** Input for "realign the unconfirmed rest" (see loadRealignInput). */
export interface RealignInput {
  documents: AlignDocumentInput[];
  fixed: Bead[];
  version: number;
}

const toEditBead = (r: BeadRecord): EditBead => ({ cells: r.cells, score: r.score, status: r.status });

/** A segment to store: what the segmenter produced, minus its paragraph index. */
export interface NewSegment {
  text: string;
  kind: SegmentKind;
  start: number;
  reason?: string;
}

export interface NewDocument {
  title: string;
  fileName: string;
  originalText: string;
  lang: LangTag;
  detectedLang: LangTag;
  segments: NewSegment[];
  /** How a file was read (see DocumentRecord); all absent for pasted text. */
  format?: DocumentRecord['format'];
  encoding?: DocumentRecord['encoding'];
  encodingConfident?: boolean;
  originalBytes?: Uint8Array;
}

/** A document's text decoded again from its stored bytes (another encoding), with what detection found. */
export interface RedecodedText {
  originalText: string;
  encoding: NonNullable<DocumentRecord['encoding']>;
  encodingConfident: boolean;
  lang: LangTag;
  detectedLang: LangTag;
}

/** A bead to store with an imported project: per document, segment indices; its review status. */
export interface ImportBead {
  cells: number[][];
  score: number;
  status: BeadStatus;
}

export interface ProjectSummary extends Stored<ProjectRecord> {
  documentCount: number;
  /** The documents' languages in document order, without repeats. */
  languages: LangTag[];
  /** Beads in the project's alignment (0 when not aligned yet). */
  beadCount: number;
}

export interface DocumentSummary extends Stored<DocumentRecord> {
  segmentCount: number;
}

export interface SegmentView {
  id: number;
  text: string;
  kind: SegmentKind;
  reason?: string;
  /** The text as segmented, when the user has edited it since. */
  originalText?: string;
}

export interface BeadView {
  id: number;
  order: number;
  score: number;
  status: BeadStatus;
  /** Per column, the bead's segments (empty: no counterpart). */
  cells: SegmentView[][];
}

export interface AlignmentView {
  alignment: Stored<AlignmentRecord>;
  columns: Stored<DocumentRecord>[];
  beads: BeadView[];
}

export class InvalidSegmentError extends Error implements LocalizedError {
  readonly localized: ErrorText;

  constructor(index: number, problem: ErrorText) {
    const text = errorText('db.invalidSegment', { number: index + 1, problem });
    super(englishText(text));
    this.name = 'InvalidSegmentError';
    this.localized = text;
  }
}

/** The message ids of "… does not exist", by the English name of the missing record. */
const NOT_FOUND: Readonly<Record<string, ErrorMessageId>> = {
  'The project': 'db.projectGone',
  'The document': 'db.documentGone',
  'A document to align': 'db.documentToAlignGone',
  'An aligned document': 'db.alignedDocumentGone',
  'The alignment': 'db.alignmentGone',
  'The segment': 'db.segmentGone',
  'The sentence': 'db.sentenceGone',
};

/** "The project does not exist (it may have been deleted).", translatable when `what` is one of NOT_FOUND. */
export function notFoundText(what: string): ErrorText {
  const id = NOT_FOUND[what];
  return id ? errorText(id) : verbatim(`${what} does not exist (it may have been deleted).`);
}

export class NotFoundError extends Error implements LocalizedError {
  readonly localized: ErrorText;

  constructor(what: string) {
    const text = notFoundText(what);
    super(englishText(text));
    // Not "NotFoundError": Dexie takes an error of that name thrown inside a transaction for
    // IndexedDB's own and wraps it, doubling the message and hiding `localized`.
    this.name = 'RecordNotFoundError';
    this.localized = text;
  }
}

const SEGMENT_KINDS: readonly SegmentKind[] = ['sentence', 'heading', 'boilerplate'];

function toSegmentRecord(segment: NewSegment, index: number, documentId: number): SegmentRecord {
  if (typeof segment.text !== 'string' || segment.text.trim() === '') {
    throw new InvalidSegmentError(index, errorText('db.segmentEmpty'));
  }
  if (!SEGMENT_KINDS.includes(segment.kind)) {
    throw new InvalidSegmentError(index, errorText('db.segmentKind', { kind: String(segment.kind) }));
  }
  if (!Number.isInteger(segment.start) || segment.start < -1) {
    throw new InvalidSegmentError(index, errorText('db.segmentStart', { start: String(segment.start) }));
  }
  const record: SegmentRecord = { documentId, order: index, text: segment.text, kind: segment.kind, start: segment.start };
  if (segment.reason !== undefined) record.reason = segment.reason;
  return record;
}

/** The optional fields of an imported file, only those that are set (IndexedDB keeps undefined values). */
/** The record of a new document at position `order` of its project. */
function documentRecord(projectId: number, order: number, doc: NewDocument, now: number): DocumentRecord {
  return {
    projectId,
    order,
    lang: doc.lang,
    detectedLang: doc.detectedLang,
    title: doc.title.trim() || doc.fileName || 'Untitled',
    fileName: doc.fileName,
    originalText: doc.originalText,
    importedAt: now,
    ...importDetails(doc),
  };
}

function importDetails(doc: NewDocument): Partial<DocumentRecord> {
  const details: Partial<DocumentRecord> = {};
  if (doc.format !== undefined) details.format = doc.format;
  if (doc.encoding !== undefined) details.encoding = doc.encoding;
  if (doc.encodingConfident !== undefined) details.encodingConfident = doc.encodingConfident;
  if (doc.originalBytes !== undefined) details.originalBytes = doc.originalBytes;
  return details;
}

function requireName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw withErrorText(new Error('A project needs a name.'), errorText('db.projectNeedsName'));
  return trimmed;
}

/** The longest document title a user can give (in UTF-16 code units, as an input's maxLength counts). */
export const MAX_DOCUMENT_TITLE = 200;

function requireTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed === '') throw withErrorText(new Error('A document needs a title.'), errorText('db.documentNeedsTitle'));
  if (trimmed.length > MAX_DOCUMENT_TITLE) {
    const text = errorText('db.documentTitleTooLong', { max: MAX_DOCUMENT_TITLE });
    throw withErrorText(new Error(englishText(text)), text);
  }
  return trimmed;
}

function stored<T extends { id?: number }>(record: T | undefined, what: string): Stored<T> {
  if (record === undefined || record.id === undefined) throw new NotFoundError(what);
  return record as Stored<T>;
}

/** Restoring would replace a project of the same name; ask the user, then restore with `replace`. */
export class ProjectExistsError extends Error implements LocalizedError {
  localized: ErrorText;

  constructor(readonly projectName: string) {
    super(`A project named "${projectName}" already exists.`);
    this.name = 'ProjectExistsError';
    this.localized = errorText('db.projectExists', { name: projectName });
  }
}

/** Deletes a project with its documents, segments, alignments, beads and edit history; call inside a rw transaction over those tables. */
export async function deleteProjectTree(db: QiyosDatabase, projectId: number): Promise<void> {
  const documentIds = (await db.documents.where('projectId').equals(projectId).primaryKeys()) as number[];
  await db.segments.where('documentId').anyOf(documentIds).delete();
  await db.documents.bulkDelete(documentIds);
  const alignmentIds = (await db.alignments.where('projectId').equals(projectId).primaryKeys()) as number[];
  await db.beads.where('alignmentId').anyOf(alignmentIds).delete();
  await db.edits.where('alignmentId').anyOf(alignmentIds).delete();
  await db.alignments.bulkDelete(alignmentIds);
  await db.projects.delete(projectId);
}

/** Repository bound to a database; `repository` below is the app's instance. */
export function createRepository(getDb: () => QiyosDatabase) {
  async function deleteAlignments(db: QiyosDatabase, alignmentIds: number[]): Promise<void> {
    if (alignmentIds.length === 0) return;
    await db.beads.where('alignmentId').anyOf(alignmentIds).delete();
    await db.edits.where('alignmentId').anyOf(alignmentIds).delete();
    await db.alignments.bulkDelete(alignmentIds);
  }

  async function alignmentIdsUsing(db: QiyosDatabase, projectId: number, documentId: number): Promise<number[]> {
    const alignments = await db.alignments.where('projectId').equals(projectId).toArray();
    return alignments.filter((a) => a.columns.includes(documentId)).map((a) => a.id as number);
  }

  /** Updates a document's fields and replaces its segments in one transaction, dropping alignments that used it. */
  async function replaceSegments(documentId: number, changes: Partial<DocumentRecord>, segments: NewSegment[]): Promise<void> {
    const db = getDb();
    await db.transaction('rw', [db.projects, db.documents, db.segments, db.alignments, db.beads, db.edits], async () => {
      const doc = stored(await db.documents.get(documentId), 'The document');
      const records = segments.map((s, i) => toSegmentRecord(s, i, documentId));
      await db.segments.where('documentId').equals(documentId).delete();
      await db.segments.bulkAdd(records);
      // The document's segment edit history referred to the replaced segments: it goes with them.
      await db.documents.update(documentId, { ...changes, segmentHistory: undefined });
      await deleteAlignments(db, await alignmentIdsUsing(db, doc.projectId, documentId));
      await db.projects.update(doc.projectId, { updatedAt: Date.now() });
    });
  }

  async function segmentIdsInOrder(db: QiyosDatabase, documentId: number): Promise<number[]> {
    const segments = await db.segments.where('[documentId+order]').between([documentId, -Infinity], [documentId, Infinity]).toArray();
    return segments.map((s) => s.id as number);
  }

  async function beadRecordsInOrder(db: QiyosDatabase, alignmentId: number): Promise<Stored<BeadRecord>[]> {
    return (await db.beads.where('[alignmentId+order]').between([alignmentId, -Infinity], [alignmentId, Infinity]).toArray()) as Stored<BeadRecord>[];
  }

  /**
   * Writes `patch` over the ordered rows `records`: rows are reused in place, extra rows get
   * orders between their neighbours (fractions), so an edit writes only the rows it changes.
   */
  async function writePatch(db: QiyosDatabase, alignmentId: number, records: Stored<BeadRecord>[], patch: BeadPatch, reverse: boolean): Promise<{ rows: Stored<BeadRecord>[]; renumbered: boolean }> {
    const from = reverse ? patch.after : patch.before;
    const to = reverse ? patch.before : patch.after;
    // Throws when the stored rows are not what the patch expects.
    applyPatch(records.slice(patch.start, patch.start + from.length).map(toEditBead), { start: 0, before: from, after: to });
    const old = records.slice(patch.start, patch.start + from.length);
    const reused = Math.min(old.length, to.length);
    const puts: BeadRecord[] = to.slice(0, reused).map((bead, k) => ({ ...old[k]!, cells: bead.cells, score: bead.score, status: bead.status }));
    if (old.length > reused) await db.beads.bulkDelete(old.slice(reused).map((r) => r.id));
    const extra = to.slice(reused);
    if (extra.length) {
      const lo = (reused ? old[reused - 1]! : records[patch.start - 1])?.order ?? -1;
      const hi = records[patch.start + from.length]?.order ?? lo + extra.length + 1;
      const step = (hi - lo) / (extra.length + 1);
      if (step > 1e-6) {
        extra.forEach((bead, k) => puts.push({ alignmentId, order: lo + step * (k + 1), cells: bead.cells, score: bead.score, status: bead.status }));
      } else {
        // Fractions ran out of room here (many inserts at one place): number the whole alignment again.
        const all = await beadRecordsInOrder(db, alignmentId);
        const rows: BeadRecord[] = [...all.slice(0, patch.start), ...puts, ...extra.map((bead) => ({ alignmentId, order: 0, ...bead })), ...all.slice(patch.start + from.length)].map((row, order) => ({ ...row, order }));
        const keys = (await db.beads.bulkPut(rows, { allKeys: true })) as number[];
        return { rows: rows.slice(patch.start, patch.start + to.length).map((row, k) => ({ ...row, id: keys[patch.start + k]! })), renumbered: true };
      }
    }
    const keys = (await db.beads.bulkPut(puts, { allKeys: true })) as number[];
    return { rows: puts.map((row, k) => ({ ...row, id: keys[k]! })), renumbered: false };
  }

  /**
   * The alignment's rows as a sparse array in which only positions `from … to` are read (by
   * position on the order index): an edit near one row then costs about the same in a project of
   * 100 or 100,000 rows.
   */
  async function beadWindow(db: QiyosDatabase, alignmentId: number, from: number, to: number, locate?: RowLocator): Promise<Stored<BeadRecord>[]> {
    const lo = Math.max(0, from);
    const limit = Math.max(1, to - lo + 1);
    let got: Stored<BeadRecord>[] | null = null;
    // Where the caller's view says row `lo` is: read from its order on (a bounded read), if that row is still there.
    const hint = locate?.(lo);
    if (hint) {
      const found = (await db.beads.where('[alignmentId+order]').between([alignmentId, hint.order], [alignmentId, Infinity]).limit(limit).toArray()) as Stored<BeadRecord>[];
      if (found[0]?.id === hint.id) got = found;
    }
    got ??= (await db.beads.where('[alignmentId+order]').between([alignmentId, -Infinity], [alignmentId, Infinity]).offset(lo).limit(limit).toArray()) as Stored<BeadRecord>[];
    // No count: a full window means the alignment goes on past it (one more slot stands for that), a short one that it ends there.
    const rows = new Array<Stored<BeadRecord>>(lo + got.length + (got.length === limit ? 1 : 0));
    got.forEach((record, k) => (rows[lo + k] = record));
    return rows;
  }

  async function historyEnds(db: QiyosDatabase, alignmentId: number) {
    const entries = await db.edits.where('[alignmentId+seq]').between([alignmentId, -Infinity], [alignmentId, Infinity]).toArray();
    const lastDone = entries.filter((e) => !e.undone).at(-1);
    const firstUndone = entries.find((e) => e.undone);
    return { entries, lastDone, firstUndone };
  }

  async function recordEdit(db: QiyosDatabase, alignmentId: number, records: Stored<BeadRecord>[], patch: BeadPatch, label: string, op: EditDescription): Promise<EditOutcome> {
    const written = await writePatch(db, alignmentId, records, patch, false);
    await dropRedo(db, alignmentId, { label, op, start: patch.start, before: patch.before, after: patch.after });
    const stamp = await touchAlignment(db, alignmentId, Date.now());
    return { label, op, start: patch.start, count: patch.after.length, removed: patch.before.length, ...written, stamp };
  }

  /** Appends a history entry, dropping the redo stack (a new edit ends it). */
  async function dropRedo(db: QiyosDatabase, alignmentId: number, entry: Pick<EditRecord, 'label' | 'op' | 'start' | 'before' | 'after' | 'text'>): Promise<void> {
    const { entries } = await historyEnds(db, alignmentId);
    await db.edits.bulkDelete(entries.filter((e) => e.undone).map((e) => e.id as number));
    await db.edits.add({ alignmentId, seq: (entries.at(-1)?.seq ?? 0) + 1, ...entry, undone: false, at: Date.now() });
  }

  /** Sets a sentence's text, keeping the text it was segmented with; returns what a view needs to show it. */
  async function writeSegmentText(db: QiyosDatabase, segmentId: number, text: string, fallbackOriginal: string): Promise<NonNullable<EditOutcome['text']>> {
    const segment = stored(await db.segments.get(segmentId), 'The sentence');
    const original = segment.originalText ?? fallbackOriginal;
    // Back to the segmented text: it no longer counts as edited (undefined removes the field).
    await db.segments.update(segmentId, { text, originalText: text === original ? undefined : original });
    return text === original ? { segmentId, text } : { segmentId, text, originalText: original };
  }

  /** A fresh, increasing stamp on the alignment, so a realign started before an edit notices it; returns it. */
  async function touchAlignment(db: QiyosDatabase, alignmentId: number, now: number): Promise<number> {
    const alignment = stored(await db.alignments.get(alignmentId), 'The alignment');
    const stamp = Math.max(now, alignment.updatedAt + 1);
    await db.alignments.update(alignmentId, { updatedAt: stamp });
    return stamp;
  }

  async function stepHistory(alignmentId: number, direction: 'undo' | 'redo', locate?: RowLocator): Promise<EditOutcome | null> {
    const db = getDb();
    return db.transaction('rw', [db.alignments, db.beads, db.edits, db.segments], async () => {
      const { lastDone, firstUndone } = await historyEnds(db, alignmentId);
      const entry = direction === 'undo' ? lastDone : firstUndone;
      if (!entry) return null;
      const undo = direction === 'undo';
      await db.edits.update(entry.id as number, { undone: undo });
      const base = { label: entry.label, start: entry.start, renumbered: false, ...(entry.op ? { op: entry.op } : {}) };
      if (entry.text) {
        const text = await writeSegmentText(db, entry.text.segmentId, undo ? entry.text.before : entry.text.after, entry.text.before);
        return { ...base, count: 1, removed: 0, rows: [], text, stamp: await touchAlignment(db, alignmentId, Date.now()) };
      }
      const records = await beadWindow(db, alignmentId, entry.start - 1, entry.start + Math.max(entry.before.length, entry.after.length), locate);
      const written = await writePatch(db, alignmentId, records, entry, undo);
      const stamp = await touchAlignment(db, alignmentId, Date.now());
      return { ...base, ...written, count: (undo ? entry.before : entry.after).length, removed: (undo ? entry.after : entry.before).length, stamp };
    });
  }

  return {
    async createProject(name: string): Promise<number> {
      const now = Date.now();
      return (await getDb().projects.add({ name: requireName(name), createdAt: now, updatedAt: now })) as number;
    },

    async renameProject(projectId: number, name: string): Promise<void> {
      const changed = await getDb().projects.update(projectId, { name: requireName(name), updatedAt: Date.now() });
      if (changed === 0) throw new NotFoundError('The project');
    },

    /** Deletes a project with its documents, segments, alignment and beads. */
    async deleteProject(projectId: number): Promise<void> {
      const db = getDb();
      await db.transaction('rw', [db.projects, db.documents, db.segments, db.alignments, db.beads, db.edits], async () => {
        const documentIds = (await db.documents.where('projectId').equals(projectId).primaryKeys()) as number[];
        await db.segments.where('documentId').anyOf(documentIds).delete();
        await db.documents.bulkDelete(documentIds);
        const alignmentIds = (await db.alignments.where('projectId').equals(projectId).primaryKeys()) as number[];
        await deleteAlignments(db, alignmentIds);
        await db.projects.delete(projectId);
      });
    },

    /** Stores a document and all its segments at the end of the project's list, all or nothing. */
    async addDocument(projectId: number, doc: NewDocument): Promise<number> {
      const db = getDb();
      return db.transaction('rw', [db.projects, db.documents, db.segments], async () => {
        stored(await db.projects.get(projectId), 'The project');
        const last = await db.documents.where('[projectId+order]').between([projectId, -Infinity], [projectId, Infinity]).last();
        const now = Date.now();
        const documentId = (await db.documents.add(documentRecord(projectId, last ? last.order + 1 : 0, doc, now))) as number;
        // Validation throws mid-transaction on purpose: the document row above is rolled back with it.
        await db.segments.bulkAdd(doc.segments.map((s, i) => toSegmentRecord(s, i, documentId)));
        await db.projects.update(projectId, { updatedAt: now });
        return documentId;
      });
    },

    /**
     * Sets a document's language and replaces its segments (re-segmented for that language).
     * An alignment that used the document is dropped: its beads pointed at the old segments.
     */
    async setDocumentLanguage(documentId: number, lang: LangTag, segments: NewSegment[]): Promise<void> {
      await replaceSegments(documentId, { lang }, segments);
    },

    /**
     * Replaces a document's text with its bytes decoded again in another encoding, and its segments;
     * like a language change, this drops any alignment that used the document. All or nothing.
     */
    async redecodeDocument(documentId: number, text: RedecodedText, segments: NewSegment[]): Promise<void> {
      await replaceSegments(documentId, { ...text }, segments);
    },

    /** Removes a document, its segments and any alignment that used it. */
    async removeDocument(documentId: number): Promise<void> {
      const db = getDb();
      await db.transaction('rw', [db.projects, db.documents, db.segments, db.alignments, db.beads, db.edits], async () => {
        const doc = stored(await db.documents.get(documentId), 'The document');
        await db.segments.where('documentId').equals(documentId).delete();
        await db.documents.delete(documentId);
        await deleteAlignments(db, await alignmentIdsUsing(db, doc.projectId, documentId));
        await db.projects.update(doc.projectId, { updatedAt: Date.now() });
      });
    },

    /**
     * Gives a document a new title (trimmed; refused when empty or longer than MAX_DOCUMENT_TITLE).
     * An alignment showing the document gets a fresh stamp: its view reads the column titles with
     * its rows, and only that stamp is watched live, so this is what makes the headers follow.
     */
    async renameDocument(documentId: number, title: string): Promise<void> {
      const clean = requireTitle(title);
      const db = getDb();
      const found = await db.transaction('rw', [db.projects, db.documents, db.alignments], async () => {
        const doc = await db.documents.get(documentId);
        if (doc === undefined) return false;
        if (doc.title === clean) return true;
        const now = Date.now();
        await db.documents.update(documentId, { title: clean });
        for (const alignmentId of await alignmentIdsUsing(db, doc.projectId, documentId)) await touchAlignment(db, alignmentId, now);
        await db.projects.update(doc.projectId, { updatedAt: now });
        return true;
      });
      // Thrown out here: Dexie wraps an error named NotFoundError thrown inside a transaction in its
      // own, which would hide the translatable message.
      if (!found) throw new NotFoundError('The document');
    },

    /** The documents' languages and segments, ready for the aligner, in the order given. */
    async loadAlignInput(documentIds: number[]): Promise<AlignDocumentInput[]> {
      const db = getDb();
      return db.transaction('r', [db.documents, db.segments], async () => {
        const inputs: AlignDocumentInput[] = [];
        for (const id of documentIds) {
          const doc = stored(await db.documents.get(id), 'A document to align');
          const segments = await db.segments.where('[documentId+order]').between([id, -Infinity], [id, Infinity]).toArray();
          inputs.push({ lang: doc.lang, segments: segments.map((s) => ({ text: s.text, kind: s.kind })) });
        }
        return inputs;
      });
    },

    async getDocument(documentId: number): Promise<Stored<DocumentRecord>> {
      return stored(await getDb().documents.get(documentId), 'The document');
    },

    /**
     * Replaces the project's alignment with `beads` over the documents `columns` (in column order).
     * Bead cells come as per-document segment indices and are stored as segment ids.
     */
    async saveAlignment(projectId: number, columns: number[], beads: Bead[]): Promise<number> {
      const db = getDb();
      return db.transaction('rw', [db.projects, db.documents, db.segments, db.alignments, db.beads, db.edits], async () => {
        stored(await db.projects.get(projectId), 'The project');
        const idsByColumn: number[][] = [];
        for (const documentId of columns) {
          const doc = stored(await db.documents.get(documentId), 'An aligned document');
          if (doc.projectId !== projectId) throw new Error(`Document ${documentId} belongs to another project.`);
          idsByColumn.push(await segmentIdsInOrder(db, documentId));
        }
        const previous = (await db.alignments.where('projectId').equals(projectId).primaryKeys()) as number[];
        await deleteAlignments(db, previous);
        const now = Date.now();
        const alignmentId = (await db.alignments.add({ projectId, columns: [...columns], createdAt: now, updatedAt: now })) as number;
        const records: BeadRecord[] = beads.map((bead, order) => {
          if (bead.cells.length !== columns.length) {
            throw new Error(`Bead ${order + 1} has ${bead.cells.length} cells for ${columns.length} columns.`);
          }
          const cells = bead.cells.map((cell, c) =>
            cell.map((index) => {
              const id = idsByColumn[c]?.[index];
              if (id === undefined) throw new Error(`Bead ${order + 1} points at missing segment ${index} of column ${c + 1}.`);
              return id;
            }),
          );
          return { alignmentId, order, cells, score: bead.score, status: 'auto' };
        });
        await db.beads.bulkAdd(records);
        await db.projects.update(projectId, { updatedAt: now });
        return alignmentId;
      });
    },

    /**
     * Creates a project with its documents and an alignment over them (column order = document
     * order), all in one transaction: on any error nothing is stored. Used by TMX import.
     * Bead cells come as per-document segment indices.
     */
    async importProject(name: string, documents: NewDocument[], beads: ImportBead[]): Promise<number> {
      const db = getDb();
      const projectName = requireName(name);
      return db.transaction('rw', [db.projects, db.documents, db.segments, db.alignments, db.beads, db.edits], async () => {
        const now = Date.now();
        const projectId = (await db.projects.add({ name: projectName, createdAt: now, updatedAt: now })) as number;
        const columns: number[] = [];
        const idsByColumn: number[][] = [];
        for (const [order, doc] of documents.entries()) {
          const documentId = (await db.documents.add(documentRecord(projectId, order, doc, now))) as number;
          const ids = (await db.segments.bulkAdd(
            doc.segments.map((s, i) => toSegmentRecord(s, i, documentId)),
            { allKeys: true },
          )) as number[];
          columns.push(documentId);
          idsByColumn.push(ids);
        }
        const alignmentId = (await db.alignments.add({ projectId, columns, createdAt: now, updatedAt: now })) as number;
        const records: BeadRecord[] = beads.map((bead, order) => {
          if (bead.cells.length !== columns.length) throw new Error(`Row ${order + 1} has ${bead.cells.length} cells for ${columns.length} documents.`);
          const cells = bead.cells.map((cell, c) =>
            cell.map((index) => {
              const id = idsByColumn[c]?.[index];
              if (id === undefined) throw new Error(`Row ${order + 1} points at missing sentence ${index + 1} of document ${c + 1}.`);
              return id;
            }),
          );
          return { alignmentId, order, cells, score: bead.score, status: bead.status };
        });
        await db.beads.bulkAdd(records);
        return projectId;
      });
    },

    // Backups and restores: see backupRepository.ts.

    /**
     * The project's alignment with its documents and each bead's segment texts; null when not
     * aligned. `options.onFirstRows` gets the first rows and the row count early (alignmentViewRead.ts).
     */
    loadAlignmentView(projectId: number, options?: LoadViewOptions): Promise<AlignmentView | null> {
      return readAlignmentView(getDb(), projectId, options);
    },

    /**
     * Applies an edit to the alignment: loads its rows, runs the pure operation, writes the changed
     * rows and the history entry in one transaction; the redo stack is dropped. Returns the
     * patched row range (for the cursor). Throws EditNotApplicableError when the edit does not apply.
     */
    async applyEdit(alignmentId: number, op: BeadOp, locate?: RowLocator): Promise<EditOutcome> {
      const db = getDb();
      return db.transaction('rw', [db.alignments, db.beads, db.edits], async () => {
        const [from, to] = opWindow(op);
        const records = await beadWindow(db, alignmentId, from, to, locate);
        const patch = planOp(records.map(toEditBead), op);
        return recordEdit(db, alignmentId, records, patch, describeOp(op), { kind: op.kind, row: op.row });
      });
    },

    /**
     * Changes the text of one sentence of row `row` (a typo fix) as an undoable edit; the text it
     * was segmented with is kept as `originalText`. Line breaks and outer spaces are dropped.
     * Throws EditNotApplicableError for an empty or unchanged text.
     */
    async editSegmentText(alignmentId: number, row: number, segmentId: number, text: string, locate?: RowLocator): Promise<EditOutcome> {
      const clean = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
      if (clean === '') throw new EditNotApplicableError('A sentence cannot be empty: merge the row or use "no counterpart" instead.', { code: 'emptyText' });
      const db = getDb();
      return db.transaction('rw', [db.alignments, db.beads, db.edits, db.segments], async () => {
        const bead = (await beadWindow(db, alignmentId, row, row, locate))[row];
        if (!bead?.cells.some((cell) => cell.includes(segmentId))) throw new EditNotApplicableError(`Row ${row + 1} does not hold this sentence any more.`, { code: 'sentenceMoved', row });
        const segment = stored(await db.segments.get(segmentId), 'The sentence');
        if (segment.text === clean) throw new EditNotApplicableError('The text did not change.', { code: 'textUnchanged' });
        const label = describeTextEdit(row);
        const change = await writeSegmentText(db, segmentId, clean, segment.text);
        const op: EditDescription = { kind: 'text', row };
        await dropRedo(db, alignmentId, { label, op, start: row, before: [], after: [], text: { segmentId, before: segment.text, after: clean } });
        const stamp = await touchAlignment(db, alignmentId, Date.now());
        return { label, op, start: row, count: 1, removed: 0, rows: [], renumbered: false, text: change, stamp };
      });
    },

    /** A cheap stamp of the project's alignment (id and last change), for views that patch themselves. */
    async alignmentStamp(projectId: number): Promise<string | null> {
      const alignment = await getDb().alignments.where('projectId').equals(projectId).last();
      return alignment ? `${alignment.id}:${alignment.updatedAt}:${alignment.columns.join(',')}` : null;
    },

    /** Undoes the alignment's last edit; null when there is nothing to undo. */
    async undo(alignmentId: number, locate?: RowLocator): Promise<EditOutcome | null> {
      return stepHistory(alignmentId, 'undo', locate);
    },

    /** Redoes the last undone edit; null when there is nothing to redo. */
    async redo(alignmentId: number, locate?: RowLocator): Promise<EditOutcome | null> {
      return stepHistory(alignmentId, 'redo', locate);
    },

    /** What undo and redo would do now (labels), for menus and buttons. */
    async editHistory(alignmentId: number): Promise<EditHistoryState> {
      const db = getDb();
      return db.transaction('r', [db.edits], async () => {
        const { lastDone, firstUndone } = await historyEnds(db, alignmentId);
        const state: EditHistoryState = { undo: lastDone?.label ?? null, redo: firstUndone?.label ?? null };
        if (lastDone?.op) state.undoOp = lastDone.op;
        if (firstUndone?.op) state.redoOp = firstUndone.op;
        return state;
      });
    },

    /**
     * What "realign the unconfirmed rest" needs: the documents as the aligner takes them, the
     * confirmed rows as per-document indices, and a version stamp for replaceUnconfirmed.
     */
    async loadRealignInput(alignmentId: number): Promise<RealignInput> {
      const db = getDb();
      return db.transaction('r', [db.alignments, db.documents, db.segments, db.beads], async () => {
        const alignment = stored(await db.alignments.get(alignmentId), 'The alignment');
        const documents: AlignDocumentInput[] = [];
        const indexOf = new Map<number, number>();
        for (const documentId of alignment.columns) {
          const doc = stored(await db.documents.get(documentId), 'An aligned document');
          const segments = await db.segments.where('[documentId+order]').between([documentId, -Infinity], [documentId, Infinity]).toArray();
          segments.forEach((s, k) => indexOf.set(s.id as number, k));
          documents.push({ lang: doc.lang, segments: segments.map((s) => ({ text: s.text, kind: s.kind })) });
        }
        const records = await beadRecordsInOrder(db, alignmentId);
        const fixed = records
          .filter((r) => r.status === 'confirmed')
          .map((r) => ({ cells: r.cells.map((cell) => cell.map((id) => indexOf.get(id)!)), score: r.score }));
        return { documents, fixed, version: alignment.updatedAt };
      });
    },

    /**
     * Replaces the alignment's rows with `beads` (per-document indices, from the aligner run with
     * the confirmed rows fixed) as one undoable edit. Rows equal to a confirmed row stay confirmed.
     * Throws when the alignment was edited since `version` (loadRealignInput).
     */
    async replaceUnconfirmed(alignmentId: number, beads: Bead[], version: number): Promise<EditOutcome> {
      const db = getDb();
      return db.transaction('rw', [db.alignments, db.segments, db.beads, db.edits], async () => {
        const alignment = stored(await db.alignments.get(alignmentId), 'The alignment');
        if (alignment.updatedAt !== version) throw new Error('The alignment changed while realigning; realign again.');
        const idsByColumn: number[][] = [];
        for (const documentId of alignment.columns) idsByColumn.push(await segmentIdsInOrder(db, documentId));
        const records = await beadRecordsInOrder(db, alignmentId);
        const confirmed = new Set(records.filter((r) => r.status === 'confirmed').map((r) => JSON.stringify(r.cells)));
        const after: EditBead[] = beads.map((bead, order) => {
          const cells = bead.cells.map((cell, c) =>
            cell.map((index) => {
              const id = idsByColumn[c]?.[index];
              if (id === undefined) throw new Error(`Row ${order + 1} points at missing segment ${index} of column ${c + 1}.`);
              return id;
            }),
          );
          return confirmed.has(JSON.stringify(cells)) ? { cells, score: 1, status: 'confirmed' } : { cells, score: bead.score, status: 'auto' };
        });
        const before = records.map(toEditBead);
        // Only the stretch that changed is stored (and written): rows equal at both ends are left alone.
        let head = 0;
        while (head < before.length && head < after.length && sameBead(before[head]!, after[head]!)) head++;
        let tail = 0;
        while (tail < before.length - head && tail < after.length - head && sameBead(before[before.length - 1 - tail]!, after[after.length - 1 - tail]!)) tail++;
        const patch: BeadPatch = { start: head, before: before.slice(head, before.length - tail), after: after.slice(head, after.length - tail) };
        return recordEdit(db, alignmentId, records, patch, 'Realign unconfirmed rows', { kind: 'realign', row: patch.start });
      });
    },

    /**
     * Every project's id and name, most recently changed first, for the recent-projects menu: it reads
     * the projects table only, so the live query does not run again after every edit of an alignment.
     */
    async listRecentProjects(): Promise<{ id: number; name: string }[]> {
      const projects = await getDb().projects.orderBy('updatedAt').reverse().toArray();
      return projects.map((p) => ({ id: p.id as number, name: p.name }));
    },

    /** All projects, most recently changed first, with document and bead counts. */
    async listProjects(): Promise<ProjectSummary[]> {
      const db = getDb();
      return db.transaction('r', [db.projects, db.documents, db.alignments, db.beads], async () => {
        const projects = await db.projects.orderBy('updatedAt').reverse().toArray();
        const summaries: ProjectSummary[] = [];
        for (const project of projects) {
          const id = project.id as number;
          const docs = await db.documents.where('[projectId+order]').between([id, -Infinity], [id, Infinity]).toArray();
          const alignmentIds = (await db.alignments.where('projectId').equals(id).primaryKeys()) as number[];
          // One index count per alignment: anyOf(…).count() walks a cursor row by row (seconds at 100,000 rows, after every edit).
          const beadCount = (await Promise.all(alignmentIds.map((alignmentId) => db.beads.where('alignmentId').equals(alignmentId).count()))).reduce((sum, n) => sum + n, 0);
          summaries.push({
            ...(project as Stored<ProjectRecord>),
            documentCount: docs.length,
            languages: [...new Set(docs.map((d) => d.lang))],
            beadCount,
          });
        }
        return summaries;
      });
    },

    async getProject(projectId: number): Promise<Stored<ProjectRecord> | undefined> {
      return (await getDb().projects.get(projectId)) as Stored<ProjectRecord> | undefined;
    },

    /** The project's documents in list order, each with its segment count. */
    async listDocuments(projectId: number): Promise<DocumentSummary[]> {
      const db = getDb();
      return db.transaction('r', [db.documents, db.segments], async () => {
        const docs = await db.documents.where('[projectId+order]').between([projectId, -Infinity], [projectId, Infinity]).toArray();
        // The counts are asked for together: they then queue as one in front of other reads (an alignment being opened).
        const counts = await Promise.all(docs.map((doc) => db.segments.where('documentId').equals(doc.id as number).count()));
        return docs.map((doc, k): DocumentSummary => ({ ...(doc as Stored<DocumentRecord>), segmentCount: counts[k]! }));
      });
    },
  };
}

export type Repository = ReturnType<typeof createRepository>;

/** The app's repository over the app's database. */
export const repository: Repository = createRepository(getDatabase);
