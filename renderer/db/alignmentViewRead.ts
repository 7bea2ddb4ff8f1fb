/**
 * Reading an alignment view (repository.loadAlignmentView): the alignment, its documents, every
 * bead and the texts of their sentences, in one read-only transaction. A caller that wants the
 * first screen early also gets the first rows and the real row count from small reads asked for
 * before the big ones; IndexedDB answers a transaction's requests in order, so they come back
 * while the whole alignment is still being read, and from the same snapshot.
 */
import type { AlignmentView, BeadView, SegmentView } from './repository';
import type { QiyosDatabase } from './schema';
import type { AlignmentRecord, BeadRecord, DocumentRecord, SegmentRecord, Stored } from './types';

/** The first rows of an alignment, read before the rest: `view.beads` holds only them; `total` is how many rows there are in all. */
export interface AlignmentFirstRows {
  view: AlignmentView;
  total: number;
}

export interface LoadViewOptions {
  /**
   * Called with the first rows (at most `firstRows`) before the whole view is read, when the
   * alignment has more than `firstRowsAbove` rows (a small one is read in a moment anyway). It runs
   * inside the read, so it must not touch the database.
   */
  onFirstRows?: (first: AlignmentFirstRows) => void;
  firstRows?: number;
  firstRowsAbove?: number;
}

/** Enough rows for a tall window and the table's overscan. */
export const FIRST_ROWS = 200;
/** Below this many rows the whole view is read in well under a second on a slow machine. */
export const FIRST_ROWS_ABOVE = 5000;

function segmentViews(lists: readonly SegmentRecord[][]): Map<number, SegmentView> {
  const byId = new Map<number, SegmentView>();
  for (const segments of lists) {
    for (const s of segments) {
      const view: SegmentView = { id: s.id as number, text: s.text, kind: s.kind };
      if (s.reason !== undefined) view.reason = s.reason;
      if (s.originalText !== undefined) view.originalText = s.originalText;
      byId.set(view.id, view);
    }
  }
  return byId;
}

/** The row of `bead`; with `strict`, null when one of its sentences is not in `segments` (else such a sentence is left out). */
function beadView(bead: BeadRecord, segments: Map<number, SegmentView>, strict: boolean): BeadView | null {
  const cells: SegmentView[][] = [];
  for (const ids of bead.cells) {
    const cell: SegmentView[] = [];
    for (const id of ids) {
      const segment = segments.get(id);
      if (segment) cell.push(segment);
      else if (strict) return null;
    }
    cells.push(cell);
  }
  return { id: bead.id as number, order: bead.order, score: bead.score, status: bead.status, cells };
}

/**
 * The first `limit` rows and the row count. Sentences are read as each document's first 2×`limit`
 * (rows follow the documents' order); the rows end before the first one with a sentence not among them.
 */
async function readFirstRows(db: QiyosDatabase, alignment: Stored<AlignmentRecord>, limit: number): Promise<{ rows: BeadView[]; total: number }> {
  const [beads, total, ...segmentLists] = await Promise.all([
    db.beads.where('[alignmentId+order]').between([alignment.id, -Infinity], [alignment.id, Infinity]).limit(limit).toArray(),
    db.beads.where('alignmentId').equals(alignment.id).count(),
    ...alignment.columns.map((documentId) => db.segments.where('[documentId+order]').between([documentId, -Infinity], [documentId, Infinity]).limit(2 * limit).toArray()),
  ]);
  const segments = segmentViews(segmentLists as SegmentRecord[][]);
  const rows: BeadView[] = [];
  for (const bead of beads) {
    const row = beadView(bead, segments, true);
    if (!row) break;
    rows.push(row);
  }
  return { rows, total: total as number };
}

/**
 * A document's segments. Reading a primary key range is a good deal faster than reading through
 * the documentId index, and a document's segments were mostly added together: when the ids from
 * its first to its last segment are not many more than its segments, that range is read and the
 * other documents' segments in it dropped; otherwise (ids spread by later edits) the index is used.
 */
async function readSegments(db: QiyosDatabase, documentId: number): Promise<SegmentRecord[]> {
  const byDocument = db.segments.where('documentId').equals(documentId);
  const [[firstId], [lastId], last] = await Promise.all([
    byDocument.clone().limit(1).primaryKeys(),
    byDocument.clone().reverse().limit(1).primaryKeys(),
    // Orders run 0, 1, 2…: the last one tells how many segments there are.
    db.segments.where('[documentId+order]').between([documentId, -Infinity], [documentId, Infinity]).last(),
  ]);
  if (firstId === undefined || lastId === undefined || !last) return [];
  const span = (lastId as number) - (firstId as number) + 1;
  if (span > (last.order + 1) * 1.25 + 64) return byDocument.toArray();
  const inRange = await db.segments.where(':id').between(firstId, lastId, true, true).toArray();
  return inRange.filter((s) => s.documentId === documentId);
}

/** The project's alignment with its documents and each bead's segment texts; null when not aligned. */
export function readAlignmentView(db: QiyosDatabase, projectId: number, options: LoadViewOptions = {}): Promise<AlignmentView | null> {
  const { onFirstRows, firstRows = FIRST_ROWS, firstRowsAbove = FIRST_ROWS_ABOVE } = options;
  return db.transaction('r', [db.documents, db.segments, db.alignments, db.beads], async () => {
    const found = await db.alignments.where('projectId').equals(projectId).last();
    if (!found) return null;
    const alignment = found as Stored<AlignmentRecord>;
    // Every read is asked for at once, the first screen's small ones first (a transaction's requests
    // are answered in order), so the database reads the next while this thread decodes the last.
    const docsRead = Promise.all(alignment.columns.map((documentId) => db.documents.get(documentId)));
    const firstRead = onFirstRows ? readFirstRows(db, alignment, firstRows) : null;
    // (The segments' ranges are asked for once their bounds are back, so after the beads.)
    const segmentsRead = Promise.all(alignment.columns.map((documentId) => readSegments(db, documentId)));
    // The plain alignmentId index reads faster than [alignmentId+order]; the rows are sorted here
    // (ties keep the primary key order, as in that index).
    const beadsRead = db.beads.where('alignmentId').equals(alignment.id).toArray();
    if (onFirstRows && firstRead) {
      const [docs, first] = await Promise.all([docsRead, firstRead]);
      if (first.total > firstRowsAbove && first.rows.length > 0 && docs.every((doc) => !!doc)) onFirstRows({ view: { alignment, columns: docs as Stored<DocumentRecord>[], beads: first.rows }, total: first.total });
    }
    const [docs, segmentLists, beads] = await Promise.all([docsRead, segmentsRead, beadsRead]);
    if (docs.some((doc) => !doc)) return null;
    const segments = segmentViews(segmentLists);
    beads.sort((a, b) => a.order - b.order);
    const rows = new Array<BeadView>(beads.length);
    for (let k = 0; k < beads.length; k++) rows[k] = beadView(beads[k]!, segments, false)!;
    return { alignment, columns: docs as Stored<DocumentRecord>[], beads: rows };
  });
}
