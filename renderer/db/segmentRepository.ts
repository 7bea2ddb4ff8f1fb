/**
 * Editing a document's segments by hand (split a sentence, join it with the next one, include or
 * leave out a segment) and re-segmenting a project with its own segmentation rules.
 *
 * Alignment beads point at segment ids, so every edit here rewrites the beads that held the
 * segments it replaced, in the same transaction: each segment stays in exactly one bead, and
 * cells stay contiguous runs in document order. Each edit returns what undoes it exactly (the
 * records it removed or changed, with their ids), so the alignment's own history, which refers to
 * segment ids, is valid again after an undo.
 */
import type { Bead } from '../../shared/model';
import type { SegmentationRules } from '../../shared/text/segmentationRules';
import { getDatabase } from './database';
import type { NewSegment } from './repository';
import type { QiyosDatabase } from './schema';
import type { AlignmentRecord, BeadRecord, DocumentRecord, ProjectRecord, SegmentRecord, Stored } from './types';

/** What undoes one segment edit: the records as they were, and the ids the edit created. */
export interface SegmentEditUndo {
  label: 'split' | 'join' | 'include' | 'exclude';
  documentId: number;
  /** The document's segment ids in order before the edit. */
  orderBefore: number[];
  /** Segments the edit removed or changed, as they were. */
  segmentsBefore: Stored<SegmentRecord>[];
  /** Segments the edit created (removed by the undo). */
  createdSegments: number[];
  alignmentId: number | null;
  beadsBefore: Stored<BeadRecord>[];
  /** The edited beads as the edit left them (the undo checks nothing changed them since). */
  beadsAfter: Stored<BeadRecord>[];
}

/** A segment edit that does not apply (split at the edge, join the last segment…). */
export class SegmentEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SegmentEditError';
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

const fail = (message: string): never => {
  throw new SegmentEditError(message);
};

function stored<T extends { id?: number }>(record: T | undefined, what: string): Stored<T> {
  if (record === undefined || record.id === undefined) fail(`${what} does not exist (it may have been deleted).`);
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

  /**
   * Runs one segment edit in one transaction: `plan` gets the document's segments in order and
   * returns the new ordered list (records without id are created) and which bead changes to make.
   */
  async function edit(
    label: SegmentEditUndo['label'],
    segmentId: number,
    plan: (ctx: { doc: Stored<DocumentRecord>; segments: Stored<SegmentRecord>[]; index: number }) => {
      replace: { from: number; count: number; with: SegmentRecord[] };
      /** Given the new ids of `with`, the edited beads (null: no alignment change). */
      beads: (created: number[], beads: Stored<BeadRecord>[], column: number) => { before: Stored<BeadRecord>[]; after: Stored<BeadRecord>[] } | null;
    },
  ): Promise<SegmentEditUndo> {
    const db = getDb();
    return db.transaction('rw', tables(db), async () => {
      const segment = stored(await db.segments.get(segmentId), 'The segment');
      const doc = stored(await db.documents.get(segment.documentId), 'The document');
      const segments = await segmentsInOrder(db, doc.id);
      const index = segments.findIndex((s) => s.id === segmentId);
      const { replace, beads: planBeads } = plan({ doc, segments, index });
      const removed = segments.slice(replace.from, replace.from + replace.count);
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
      const createdIds = newIds.filter((id) => !removed.some((r) => r.id === id));
      const ids = [...segments.slice(0, replace.from).map((s) => s.id), ...newIds, ...segments.slice(replace.from + replace.count).map((s) => s.id)];
      const records = new Map<number, SegmentRecord>(segments.map((s) => [s.id, s]));
      replace.with.forEach((r, k) => records.set(newIds[k]!, { ...r, id: newIds[k]! }));
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
      return {
        label,
        documentId: doc.id,
        orderBefore: segments.map((s) => s.id),
        segmentsBefore: removed,
        createdSegments: createdIds,
        alignmentId: alignment?.id ?? null,
        beadsBefore,
        beadsAfter,
      };
    });
  }

  /** The bead holding `segmentId` in `column`, with its index. */
  function beadOf(beads: Stored<BeadRecord>[], column: number, segmentId: number): { bead: Stored<BeadRecord>; index: number } {
    const index = beads.findIndex((b) => b.cells[column]?.includes(segmentId));
    if (index < 0) fail('The alignment has no row with this sentence; align the project again.');
    return { bead: beads[index]!, index };
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

    /**
     * Splits a segment at `offset` (a UTF-16 index into its text) into two; both take its place in
     * its alignment row. White space at the cut goes with neither part.
     */
    async splitSegment(segmentId: number, offset: number): Promise<SegmentEditUndo> {
      return edit('split', segmentId, ({ segments, index }) => {
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
      });
    },

    /**
     * Joins a segment with the next one of its document. In one alignment row they become one
     * segment there; in different rows, the rows from the first's through the next's are merged
     * into one unconfirmed row.
     */
    async joinWithNext(segmentId: number): Promise<SegmentEditUndo> {
      return edit('join', segmentId, ({ doc, segments, index }) => {
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
      });
    },

    /** Includes a segment in alignment (a sentence) or leaves it out (boilerplate, reason 'user'). */
    async setIncluded(segmentId: number, included: boolean): Promise<SegmentEditUndo> {
      return edit(included ? 'include' : 'exclude', segmentId, ({ segments, index }) => {
        const s = segments[index]!;
        if ((s.kind !== 'boilerplate') === included) fail(included ? 'This segment is already aligned.' : 'This segment is already left out.');
        const { reason: _reason, ...rest } = s;
        const changed: SegmentRecord = included ? { ...rest, kind: 'sentence' } : { ...rest, kind: 'boilerplate', reason: 'user' };
        return { replace: { from: index, count: 1, with: [changed] }, beads: () => null };
      });
    },

    /**
     * Undoes a segment edit exactly (the same ids come back, so the alignment's history stays
     * valid). Throws SegmentEditError when the document or the edited rows changed since.
     */
    async undoSegmentEdit(undo: SegmentEditUndo): Promise<void> {
      const db = getDb();
      await db.transaction('rw', tables(db), async () => {
        const doc = stored(await db.documents.get(undo.documentId), 'The document');
        const created = await db.segments.bulkGet(undo.createdSegments);
        if (created.some((s) => s === undefined || s.documentId !== undo.documentId)) fail('The document changed since this edit; it cannot be undone.');
        if (undo.alignmentId !== null && undo.beadsAfter.length > 0) {
          const now = await db.beads.bulkGet(undo.beadsAfter.map((b) => b.id));
          const same = now.every((b, k) => b !== undefined && JSON.stringify(b.cells) === JSON.stringify(undo.beadsAfter[k]!.cells));
          if (!same) fail('The alignment changed since this edit; it cannot be undone.');
          const gone = undo.beadsAfter.filter((a) => !undo.beadsBefore.some((b) => b.id === a.id)).map((a) => a.id);
          if (gone.length) await db.beads.bulkDelete(gone);
          await db.beads.bulkPut(undo.beadsBefore);
        }
        await db.segments.bulkDelete(undo.createdSegments);
        await db.segments.bulkPut(undo.segmentsBefore);
        const records = new Map<number, SegmentRecord>((await segmentsInOrder(db, doc.id)).map((s) => [s.id, s]));
        await renumber(db, undo.orderBefore, records);
        const alignment = undo.alignmentId === null ? null : ((await db.alignments.get(undo.alignmentId)) as Stored<AlignmentRecord> | undefined) ?? null;
        await touch(db, doc, alignment);
      });
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
     * rows equal to a confirmed row stay confirmed) — one transaction. The alignment's edit history
     * is dropped with the old segments it referred to. Throws when the alignment changed since `version`.
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
          if (segments.length === 0) fail(`No segments were found in "${doc.title}" with these rules.`);
          await db.segments.where('documentId').equals(documentId).delete();
          const records = segments.map((s, order): SegmentRecord => withoutUndefined({ documentId, order, text: s.text, kind: s.kind, start: s.start, reason: s.reason }));
          newIds.set(documentId, (await db.segments.bulkAdd(records, { allKeys: true })) as number[]);
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
            const cells = bead.cells.map((cell, c) => cell.map((k) => idsByColumn[c]?.[k] ?? fail(`Row ${order + 1} points at a missing sentence.`)));
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
