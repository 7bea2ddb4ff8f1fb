/**
 * Editing a document's segments by hand (split a sentence, join it with the next one, include or
 * leave out a segment) and re-segmenting a project with its own segmentation rules.
 *
 * Alignment beads point at segment ids, so every edit here rewrites the beads that held the
 * segments it replaced, in the same transaction: each segment stays in exactly one bead, and
 * cells stay contiguous runs in document order. Each edit stores what undoes it exactly (the
 * records it removed or changed, with their ids) in the document's `segmentHistory`, in the same
 * transaction, so the history survives a restart and is never half-written; an undo brings back
 * the same ids, so the alignment's own history, which refers to segment ids, is valid again.
 */
import { englishText, errorText, knownText, type ErrorText, type LocalizedError } from '../../shared/i18n/localizeError';
import type { Bead } from '../../shared/model';
import type { SegmentationRules } from '../../shared/text/segmentationRules';
import { getDatabase } from './database';
import { notFoundText, type NewSegment } from './repository';
import type { QiyosDatabase } from './schema';
import type { AlignmentRecord, BeadRecord, DocumentRecord, ProjectRecord, SegmentHistory, SegmentHistoryEntry, SegmentOp, SegmentRecord, Stored } from './types';

export type { SegmentHistory, SegmentHistoryEntry, SegmentOp } from './types';

/** How many edits a document's history keeps (the oldest are dropped first). */
export const SEGMENT_HISTORY_LIMIT = 200;

/** A segment edit that does not apply (split at the edge, join the last segment…). */
export class SegmentEditError extends Error implements LocalizedError {
  readonly localized: ErrorText;

  constructor(message: string | ErrorText) {
    const text = typeof message === 'string' ? knownText(message) : message;
    super(englishText(text));
    this.name = 'SegmentEditError';
    this.localized = text;
  }
}

/**
 * An undo or redo that no longer applies because the segments or the alignment rows changed since
 * (re-segmented, realigned, edited elsewhere). The entry has been dropped from the history.
 */
export class StaleSegmentEditError extends SegmentEditError {
  constructor(
    readonly direction: 'undo' | 'redo',
    readonly op: SegmentOp,
    message: string | ErrorText,
  ) {
    super(message);
    this.name = 'StaleSegmentEditError';
  }
}

export interface DocumentSegmentsView {
  document: Stored<DocumentRecord>;
  segments: Stored<SegmentRecord>[];
  /** The project's alignment that has this document as a column, if any. */
  alignmentId: number | null;
}

/** A document re-segmented with new rules (its segments in order). */
export interface ResegmentedDocument {
  documentId: number;
  segments: NewSegment[];
}

/** What re-segmenting needs: each document's text and language, and the alignment with its confirmed rows. */
export interface ResegmentInput {
  project: Stored<ProjectRecord>;
  documents: { id: number; lang: string; originalText: string; segments: NewSegment[] }[];
  alignment: { id: number; columns: number[]; version: number; confirmed: { cells: number[][] }[] } | null;
}

const fail = (message: string | ErrorText): never => {
  throw new SegmentEditError(message);
};

function stored<T extends { id?: number }>(record: T | undefined, what: string): Stored<T> {
  if (record === undefined || record.id === undefined) fail(notFoundText(what));
  return record as Stored<T>;
}

const sameSegment = (a: NewSegment, b: NewSegment): boolean => a.text === b.text && a.kind === b.kind && a.start === b.start && a.reason === b.reason;

/** The text between two neighbouring segments when they join: the original white space within a line, else one space. */
function joinedText(doc: DocumentRecord, s: SegmentRecord, t: SegmentRecord): string {
  if (s.start >= 0 && t.start >= 0 && s.originalText === undefined && t.originalText === undefined) {
    const between = doc.originalText.slice(s.start + s.text.length, t.start);
    if (doc.originalText.startsWith(s.text, s.start) && /^[ \t\u00a0]+$/.test(between)) return `${s.text}${between}${t.text}`;
  }
  return `${s.text} ${t.text}`;
}

/** The kind of a joined segment: article text wins over boilerplate; two kinds of article text make a sentence. */
function joinedKind(s: SegmentRecord, t: SegmentRecord): Pick<SegmentRecord, 'kind' | 'reason'> {
  if (s.kind === t.kind) return s.kind === 'boilerplate' ? { kind: s.kind, reason: s.reason ?? t.reason } : { kind: s.kind };
  if (s.kind === 'boilerplate') return { kind: t.kind };
  if (t.kind === 'boilerplate') return { kind: s.kind };
  return { kind: 'sentence' };
}

function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

/** Whether a stored segment is still exactly as a history entry left it (its place in the order aside). */
function sameRecord(a: SegmentRecord, b: SegmentRecord): boolean {
  return a.id === b.id && a.documentId === b.documentId && a.text === b.text && a.kind === b.kind && a.start === b.start && a.reason === b.reason && a.originalText === b.originalText;
}

const sameCells = (a: number[][], b: number[][]): boolean => JSON.stringify(a) === JSON.stringify(b);

const emptyHistory = (): SegmentHistory => ({ done: [], undone: [] });

/** The history with `entry` done last; a new edit ends the redo stack, a redo takes its entry off it. */
function pushDone(history: SegmentHistory, entry: SegmentHistoryEntry, redo: boolean): SegmentHistory {
  return { done: [...history.done, entry].slice(-SEGMENT_HISTORY_LIMIT), undone: redo ? history.undone.slice(0, -1) : [] };
}

/** Repository bound to a database; `segmentRepository` below is the app's instance. */
export function createSegmentRepository(getDb: () => QiyosDatabase) {
  const tables = (db: QiyosDatabase) => [db.projects, db.documents, db.segments, db.alignments, db.beads, db.edits];

  async function segmentsInOrder(db: QiyosDatabase, documentId: number): Promise<Stored<SegmentRecord>[]> {
    return (await db.segments.where('[documentId+order]').between([documentId, -Infinity], [documentId, Infinity]).toArray()) as Stored<SegmentRecord>[];
  }

  async function alignmentWith(db: QiyosDatabase, doc: Stored<DocumentRecord>): Promise<Stored<AlignmentRecord> | null> {
    const alignments = await db.alignments.where('projectId').equals(doc.projectId).toArray();
    return (alignments.find((a) => a.columns.includes(doc.id)) as Stored<AlignmentRecord> | undefined) ?? null;
  }

  async function beadsInOrder(db: QiyosDatabase, alignmentId: number): Promise<Stored<BeadRecord>[]> {
    return (await db.beads.where('[alignmentId+order]').between([alignmentId, -Infinity], [alignmentId, Infinity]).toArray()) as Stored<BeadRecord>[];
  }

  /** Writes the document's segment orders as 0, 1, 2… following `ids` (only the records whose order changes). */
  async function renumber(db: QiyosDatabase, ids: number[], records: Map<number, SegmentRecord>): Promise<void> {
    const puts: SegmentRecord[] = [];
    ids.forEach((id, order) => {
      const record = records.get(id);
      if (record !== undefined && record.order !== order) puts.push({ ...record, order });
    });
    if (puts.length) await db.segments.bulkPut(puts);
  }

  async function touch(db: QiyosDatabase, doc: Stored<DocumentRecord>, alignment: Stored<AlignmentRecord> | null): Promise<void> {
    const now = Date.now();
    if (alignment !== null) await db.alignments.update(alignment.id, { updatedAt: Math.max(now, alignment.updatedAt + 1) });
    await db.projects.update(doc.projectId, { updatedAt: now });
  }

  /** What an edit's plan gets: the document's segments in order, and where the edited one is. */
  interface PlanContext {
    doc: Stored<DocumentRecord>;
    segments: Stored<SegmentRecord>[];
    index: number;
  }

  interface Plan {
    replace: { from: number; count: number; with: SegmentRecord[] };
    /** Given the new ids of `with`, the edited beads (null: no alignment change). */
    beads: (created: number[], beads: Stored<BeadRecord>[], column: number) => { before: Stored<BeadRecord>[]; after: Stored<BeadRecord>[] } | null;
  }

  /**
   * Runs one segment edit inside the caller's transaction: `plan` gets the document's segments in
   * order and returns the new ordered list (records without id are created) and which bead
   * changes to make. The edit and its history entry are written together. `expect` (a redo): the
   * segments the edit replaces must be exactly these, else nothing is written.
   */
  async function edit(db: QiyosDatabase, op: SegmentOp, plan: (ctx: PlanContext) => Plan, expect?: Stored<SegmentRecord>[]): Promise<SegmentHistoryEntry> {
    const segment = stored(await db.segments.get(op.segmentId), 'The segment');
    const doc = stored(await db.documents.get(segment.documentId), 'The document');
    const segments = await segmentsInOrder(db, doc.id);
    const index = segments.findIndex((s) => s.id === op.segmentId);
    const { replace, beads: planBeads } = plan({ doc, segments, index });
    const removed = segments.slice(replace.from, replace.from + replace.count);
    if (expect !== undefined && (removed.length !== expect.length || removed.some((r, k) => !sameRecord(r, expect[k]!)))) {
      fail('The segments changed since this edit was undone; it cannot be redone.');
    }
    const created: number[] = [];
    const kept = new Map<number, SegmentRecord>();
    // A record in `with` that carries an id is a changed existing segment; the others are new.
    for (const record of replace.with) {
      if (record.id !== undefined) {
        await db.segments.put(record);
        kept.set(record.id, record);
      } else {
        created.push((await db.segments.add(withoutUndefined(record))) as number);
      }
    }
    const toDelete = removed.filter((r) => !kept.has(r.id)).map((r) => r.id);
    if (toDelete.length) await db.segments.bulkDelete(toDelete);
    const newIds = replace.with.map((r) => r.id ?? created.shift()!);
    const ids = [...segments.slice(0, replace.from).map((s) => s.id), ...newIds, ...segments.slice(replace.from + replace.count).map((s) => s.id)];
    const records = new Map<number, SegmentRecord>(segments.map((s) => [s.id, s]));
    replace.with.forEach((r, k) => records.set(newIds[k]!, withoutUndefined({ ...r, id: newIds[k]! })));
    await renumber(db, ids, records);

    const alignment = await alignmentWith(db, doc);
    let beadsBefore: Stored<BeadRecord>[] = [];
    let beadsAfter: Stored<BeadRecord>[] = [];
    if (alignment !== null) {
      const change = planBeads(newIds, await beadsInOrder(db, alignment.id), alignment.columns.indexOf(doc.id));
      if (change !== null) {
        beadsBefore = change.before;
        beadsAfter = change.after;
        const gone = change.before.filter((b) => !change.after.some((a) => a.id === b.id)).map((b) => b.id);
        if (gone.length) await db.beads.bulkDelete(gone);
        await db.beads.bulkPut(change.after);
      }
    }
    await touch(db, doc, alignment);
    const entry: SegmentHistoryEntry = {
      op,
      at: Date.now(),
      segmentsBefore: removed,
      segmentsAfter: newIds.map((id, k) => ({ ...(records.get(id) as Stored<SegmentRecord>), order: replace.from + k })),
      alignmentId: alignment?.id ?? null,
      beadsBefore,
      beadsAfter,
    };
    await db.documents.update(doc.id, { segmentHistory: pushDone(doc.segmentHistory ?? emptyHistory(), entry, expect !== undefined) });
    return entry;
  }

  /**
   * Why `entry` can no longer be undone (null: it can): the segments it left must still be there
   * in one run, unchanged, the ones it replaced gone, and the alignment rows it rewrote as it left them.
   */
  async function undoProblem(db: QiyosDatabase, doc: Stored<DocumentRecord>, entry: SegmentHistoryEntry, segments: Stored<SegmentRecord>[]): Promise<string | null> {
    const changed = 'The segments changed since this edit (segmented again or edited elsewhere); it cannot be undone.';
    const at = segments.findIndex((s) => s.id === entry.segmentsAfter[0]?.id);
    const run = at < 0 ? [] : segments.slice(at, at + entry.segmentsAfter.length);
    if (run.length !== entry.segmentsAfter.length || run.some((s, k) => !sameRecord(s, entry.segmentsAfter[k]!))) return changed;
    const revived = entry.segmentsBefore.filter((b) => !entry.segmentsAfter.some((a) => a.id === b.id));
    if ((await db.segments.bulkGet(revived.map((s) => s.id))).some((s) => s !== undefined)) return changed;
    // Including or leaving out keeps the ids and changes no row, whatever alignment there is now.
    if (revived.length === 0 && entry.segmentsBefore.length === entry.segmentsAfter.length && entry.beadsAfter.length === 0) return null;
    const alignment = await alignmentWith(db, doc);
    if ((alignment?.id ?? null) !== entry.alignmentId) return 'The document was aligned again since this edit; it cannot be undone.';
    if (alignment === null || entry.beadsAfter.length === 0) return null;
    const now = await db.beads.bulkGet(entry.beadsAfter.map((b) => b.id));
    const same = now.every((b, k) => b !== undefined && b.alignmentId === alignment.id && sameCells(b.cells, entry.beadsAfter[k]!.cells) && b.status === entry.beadsAfter[k]!.status);
    return same ? null : 'The alignment rows changed since this edit (realigned or edited); it cannot be undone.';
  }

  /** Puts back the rows an edit replaced, in place of `after`; orders are kept when they still fit, else the alignment is numbered again. */
  async function restoreBeads(db: QiyosDatabase, alignmentId: number, before: BeadRecord[], after: Stored<BeadRecord>[]): Promise<void> {
    const beads = await beadsInOrder(db, alignmentId);
    const at = beads.findIndex((b) => b.id === after[0]!.id);
    const lo = beads[at - 1]?.order ?? -Infinity;
    const hi = beads[at + after.length]?.order ?? Infinity;
    const orders = before.map((b) => b.order);
    const fits = orders.every((o, k) => o > (k === 0 ? lo : orders[k - 1]!) && o < hi);
    const gone = after.filter((a) => !before.some((b) => b.id === a.id)).map((a) => a.id);
    if (gone.length) await db.beads.bulkDelete(gone);
    if (fits) {
      await db.beads.bulkPut(before.map((b) => ({ ...b, alignmentId })));
      return;
    }
    const rows = [...beads.slice(0, at), ...before, ...beads.slice(at + after.length)].map((b, order) => ({ ...b, alignmentId, order }));
    await db.beads.bulkPut(rows);
  }

  /** Runs an op inside the caller's transaction: a new edit, or a redo when `expect` is given. */
  function perform(db: QiyosDatabase, op: SegmentOp, expect?: Stored<SegmentRecord>[]): Promise<SegmentHistoryEntry> {
    switch (op.kind) {
      case 'split':
        return edit(db, op, splitPlan(op.offset), expect);
      case 'join':
        return edit(db, op, joinPlan, expect);
      case 'include':
        return edit(db, op, includePlan(op.included), expect);
    }
  }

  /** Drops the last entry of one stack of the document's history, if it is still `entry` (an undo or redo that failed). */
  async function dropEntry(documentId: number, stack: keyof SegmentHistory, entry: SegmentHistoryEntry): Promise<void> {
    const db = getDb();
    await db.transaction('rw', db.documents, async () => {
      const doc = await db.documents.get(documentId);
      const history = doc?.segmentHistory;
      const last = history?.[stack].at(-1);
      if (!history || !last || last.at !== entry.at || JSON.stringify(last.op) !== JSON.stringify(entry.op)) return;
      await db.documents.update(documentId, { segmentHistory: { ...history, [stack]: history[stack].slice(0, -1) } });
    });
  }

  /** The bead holding `segmentId` in `column`, with its index. */
  function beadOf(beads: Stored<BeadRecord>[], column: number, segmentId: number): { bead: Stored<BeadRecord>; index: number } {
    const index = beads.findIndex((b) => b.cells[column]?.includes(segmentId));
    if (index < 0) fail('The alignment has no row with this sentence; align the project again.');
    return { bead: beads[index]!, index };
  }

  /** Split at `offset` (a UTF-16 index into the text); white space at the cut goes with neither part. */
  function splitPlan(offset: number) {
    return ({ segments, index }: PlanContext): Plan => {
      const s = segments[index]!;
      const left = s.text.slice(0, offset).trimEnd();
      const rightRaw = s.text.slice(offset);
      const right = rightRaw.trimStart();
      if (!Number.isInteger(offset) || left.trim() === '' || right.trim() === '') fail('A sentence can only be split between two non-empty parts.');
      const { id: _id, originalText: _original, ...rest } = s;
      const fromOriginal = s.start >= 0 && s.originalText === undefined;
      const first: SegmentRecord = { ...rest, text: left };
      const second: SegmentRecord = { ...rest, text: right, start: fromOriginal ? s.start + offset + (rightRaw.length - right.length) : -1 };
      return {
        replace: { from: index, count: 1, with: [first, second] },
        beads: ([a, b], beads, column) => {
          const { bead } = beadOf(beads, column, s.id);
          const cells = bead.cells.map((cell, c) => (c === column ? cell.flatMap((id) => (id === s.id ? [a!, b!] : [id])) : cell));
          return { before: [bead], after: [{ ...bead, cells }] };
        },
      };
    };
  }

  function joinPlan({ doc, segments, index }: PlanContext): Plan {
    const s = segments[index]!;
    const t = segments[index + 1] ?? fail('The last segment has no next segment to join with.');
    const { id: _id, originalText: _original, reason: _reason, kind: _kind, ...rest } = s;
    const joined: SegmentRecord = { ...rest, text: joinedText(doc, s, t), ...joinedKind(s, t) };
    return {
      replace: { from: index, count: 2, with: [joined] },
      beads: ([u], beads, column) => {
        const first = beadOf(beads, column, s.id);
        const last = beadOf(beads, column, t.id);
        const span = beads.slice(first.index, last.index + 1);
        const cells = span[0]!.cells.map((_, c) => span.flatMap((b) => b.cells[c]!).flatMap((id) => (id === s.id ? [u!] : id === t.id ? [] : [id])));
        const merged: Stored<BeadRecord> = span.length === 1 ? { ...span[0]!, cells } : { ...span[0]!, cells, status: 'auto', score: Math.min(...span.map((b) => b.score)) };
        return { before: span, after: [merged] };
      },
    };
  }

  function includePlan(included: boolean) {
    return ({ segments, index }: PlanContext): Plan => {
      const s = segments[index]!;
      if ((s.kind !== 'boilerplate') === included) fail(included ? 'This segment is already aligned.' : 'This segment is already left out.');
      const { reason: _reason, ...rest } = s;
      const changed: SegmentRecord = included ? { ...rest, kind: 'sentence' } : { ...rest, kind: 'boilerplate', reason: 'user' };
      return { replace: { from: index, count: 1, with: [changed] }, beads: () => null };
    };
  }

  /** Runs a new edit in its own transaction (it ends the redo stack). */
  function run(op: SegmentOp): Promise<SegmentHistoryEntry> {
    const db = getDb();
    return db.transaction('rw', tables(db), () => perform(db, op));
  }

  return {
    /** The document with its segments in order, and the id of the alignment using it (null: none). */
    async loadDocumentSegments(documentId: number): Promise<DocumentSegmentsView | null> {
      const db = getDb();
      return db.transaction('r', [db.documents, db.segments, db.alignments], async () => {
        const doc = (await db.documents.get(documentId)) as Stored<DocumentRecord> | undefined;
        if (doc === undefined) return null;
        const alignment = await alignmentWith(db, doc);
        return { document: doc, segments: await segmentsInOrder(db, documentId), alignmentId: alignment?.id ?? null };
      });
    },

    /** Runs an edit as the user asked for it; it joins the document's history. */
    runSegmentOp: run,

    /**
     * Splits a segment at `offset` (a UTF-16 index into its text) into two; both take its place in
     * its alignment row. White space at the cut goes with neither part.
     */
    splitSegment(segmentId: number, offset: number): Promise<SegmentHistoryEntry> {
      return run({ kind: 'split', segmentId, offset });
    },

    /**
     * Joins a segment with the next one of its document. In one alignment row they become one
     * segment there; in different rows, the rows from the first's through the next's are merged
     * into one unconfirmed row.
     */
    joinWithNext(segmentId: number): Promise<SegmentHistoryEntry> {
      return run({ kind: 'join', segmentId });
    },

    /** Includes a segment in alignment (a sentence) or leaves it out (boilerplate, reason 'user'). */
    setIncluded(segmentId: number, included: boolean): Promise<SegmentHistoryEntry> {
      return run({ kind: 'include', segmentId, included });
    },

    /**
     * Undoes the document's last segment edit exactly (the same ids come back, so the alignment's
     * history stays valid) and returns it; null when there is nothing to undo. When the segments or
     * the edited rows changed since, nothing is changed but the entry is dropped from the history
     * and StaleSegmentEditError is thrown.
     */
    async undoSegmentEdit(documentId: number): Promise<SegmentHistoryEntry | null> {
      const db = getDb();
      const outcome = await db.transaction('rw', tables(db), async () => {
        const doc = stored(await db.documents.get(documentId), 'The document');
        const history = doc.segmentHistory ?? emptyHistory();
        const entry = history.done.at(-1);
        if (entry === undefined) return null;
        const segments = await segmentsInOrder(db, doc.id);
        const problem = await undoProblem(db, doc, entry, segments);
        if (problem !== null) {
          await db.documents.update(doc.id, { segmentHistory: { done: history.done.slice(0, -1), undone: history.undone } });
          return { entry, problem };
        }
        const at = segments.findIndex((s) => s.id === entry.segmentsAfter[0]!.id);
        const restored = entry.segmentsBefore.map((s, k) => ({ ...s, order: at + k }));
        const gone = entry.segmentsAfter.filter((a) => !restored.some((r) => r.id === a.id)).map((a) => a.id);
        if (gone.length) await db.segments.bulkDelete(gone);
        await db.segments.bulkPut(restored);
        const ids = [...segments.slice(0, at).map((s) => s.id), ...restored.map((s) => s.id), ...segments.slice(at + entry.segmentsAfter.length).map((s) => s.id)];
        const records = new Map<number, SegmentRecord>(segments.map((s) => [s.id, s]));
        restored.forEach((r) => records.set(r.id, r));
        await renumber(db, ids, records);
        // The same alignment as the edit's when it changed rows (undoProblem checked).
        const alignment = await alignmentWith(db, doc);
        if (alignment !== null && entry.beadsAfter.length > 0) await restoreBeads(db, alignment.id, entry.beadsBefore, entry.beadsAfter);
        await touch(db, doc, alignment);
        await db.documents.update(doc.id, { segmentHistory: { done: history.done.slice(0, -1), undone: [...history.undone, entry] } });
        return { entry, problem: null };
      });
      if (outcome?.problem) throw new StaleSegmentEditError('undo', outcome.entry.op, outcome.problem);
      return outcome?.entry ?? null;
    },

    /**
     * Runs the last undone edit again and returns its new entry; null when there is nothing to
     * redo. When it no longer applies to the segments as they are, nothing is changed, the entry is
     * dropped from the redo list and StaleSegmentEditError is thrown.
     */
    async redoSegmentEdit(documentId: number): Promise<SegmentHistoryEntry | null> {
      const db = getDb();
      let entry: SegmentHistoryEntry | undefined;
      try {
        return await db.transaction('rw', tables(db), async () => {
          const doc = stored(await db.documents.get(documentId), 'The document');
          entry = doc.segmentHistory?.undone.at(-1);
          if (entry === undefined) return null;
          return perform(db, entry.op, entry.segmentsBefore);
        });
      } catch (error) {
        if (!(error instanceof SegmentEditError) || entry === undefined) throw error;
        // The redo's transaction wrote nothing; only the entry that cannot apply any more goes.
        await dropEntry(documentId, 'undone', entry);
        throw new StaleSegmentEditError('redo', entry.op, error.localized);
      }
    },

    /** Every document of the project with its text and segments, and the alignment's confirmed rows (as per-document indices). */
    async loadResegmentInput(projectId: number): Promise<ResegmentInput> {
      const db = getDb();
      return db.transaction('r', [db.projects, db.documents, db.segments, db.alignments, db.beads], async () => {
        const project = stored(await db.projects.get(projectId), 'The project');
        const docs = (await db.documents.where('[projectId+order]').between([projectId, -Infinity], [projectId, Infinity]).toArray()) as Stored<DocumentRecord>[];
        const indexOf = new Map<number, number>();
        const documents: ResegmentInput['documents'] = [];
        for (const doc of docs) {
          const segments = await segmentsInOrder(db, doc.id);
          segments.forEach((s, k) => indexOf.set(s.id, k));
          documents.push({ id: doc.id, lang: doc.lang, originalText: doc.originalText, segments: segments.map(({ text, kind, start, reason }) => withoutUndefined({ text, kind, start, reason })) });
        }
        const record = (await db.alignments.where('projectId').equals(projectId).last()) as Stored<AlignmentRecord> | undefined;
        let alignment: ResegmentInput['alignment'] = null;
        if (record !== undefined) {
          const confirmed = (await beadsInOrder(db, record.id)).filter((b) => b.status === 'confirmed').map((b) => ({ cells: b.cells.map((cell) => cell.map((id) => indexOf.get(id)!)) }));
          alignment = { id: record.id, columns: record.columns, version: record.updatedAt, confirmed };
        }
        return { project, documents, alignment };
      });
    },

    /**
     * Stores the project's new rules with the documents they re-segmented (others are untouched)
     * and, when an aligned document changed, the alignment's new rows `beads` (per-document indices;
     * rows equal to a confirmed row stay confirmed) — one transaction. The alignment's edit history,
     * and the segment edit history of each changed document, are dropped with the old segments they referred to. Throws when the alignment changed since `version`.
     */
    async applyResegmentation(
      projectId: number,
      rules: SegmentationRules,
      changed: ResegmentedDocument[],
      alignment?: { id: number; version: number; beads: Bead[]; confirmed: { cells: number[][] }[] },
    ): Promise<void> {
      const db = getDb();
      await db.transaction('rw', tables(db), async () => {
        stored(await db.projects.get(projectId), 'The project');
        const newIds = new Map<number, number[]>();
        for (const { documentId, segments } of changed) {
          const doc = stored(await db.documents.get(documentId), 'The document');
          if (doc.projectId !== projectId) fail('A document belongs to another project.');
          if (segments.length === 0) fail(errorText('segment.noSegments', { title: doc.title }));
          await db.segments.where('documentId').equals(documentId).delete();
          const records = segments.map((s, order): SegmentRecord => withoutUndefined({ documentId, order, text: s.text, kind: s.kind, start: s.start, reason: s.reason }));
          newIds.set(documentId, (await db.segments.bulkAdd(records, { allKeys: true })) as number[]);
          // Its hand edits referred to the segments just replaced: they can no longer be undone.
          if (doc.segmentHistory !== undefined) await db.documents.update(documentId, { segmentHistory: undefined });
        }
        if (alignment !== undefined) {
          const record = stored(await db.alignments.get(alignment.id), 'The alignment');
          if (record.updatedAt !== alignment.version) fail('The alignment changed while the documents were segmented again; try again.');
          const idsByColumn: number[][] = [];
          for (const documentId of record.columns) {
            idsByColumn.push(newIds.get(documentId) ?? (await segmentsInOrder(db, documentId)).map((s) => s.id));
          }
          const confirmed = new Set(alignment.confirmed.map((b) => JSON.stringify(b.cells)));
          const beads: BeadRecord[] = alignment.beads.map((bead, order) => {
            const cells = bead.cells.map((cell, c) => cell.map((k) => idsByColumn[c]?.[k] ?? fail(errorText('segment.missingSentence', { row: order + 1 }))));
            return confirmed.has(JSON.stringify(bead.cells)) ? { alignmentId: record.id, order, cells, score: 1, status: 'confirmed' } : { alignmentId: record.id, order, cells, score: bead.score, status: 'auto' };
          });
          await db.beads.where('alignmentId').equals(record.id).delete();
          await db.edits.where('alignmentId').equals(record.id).delete();
          await db.beads.bulkAdd(beads);
          await db.alignments.update(record.id, { updatedAt: Math.max(Date.now(), record.updatedAt + 1) });
        }
        await db.projects.update(projectId, { segmentationRules: rules, updatedAt: Date.now() });
      });
    },
  };
}

export type SegmentRepository = ReturnType<typeof createSegmentRepository>;

/** The app's segment repository over the app's database. */
export const segmentRepository: SegmentRepository = createSegmentRepository(getDatabase);

/** Whether re-segmenting produced other segments than the document has (texts, kinds, offsets, reasons). */
export function segmentsChanged(before: NewSegment[], after: NewSegment[]): boolean {
  return before.length !== after.length || before.some((s, k) => !sameSegment(s, after[k]!));
}
