/**
 * Document-level alignment: which segments take part (sentences and headings), and where the
 * left-out ones (boilerplate) go, so that every segment of every document is in one bead.
 */
import type { Bead, LangTag, ProgressFn, SegmentKind } from '../model';
import { alignColumns, type AlignOptions } from './align';

/** One document to align: its language and all of its segments in order. */
export interface AlignDocumentInput {
  lang: LangTag;
  segments: { text: string; kind: SegmentKind }[];
}

export interface AlignDocumentsOptions {
  onProgress?: ProgressFn;
  params?: AlignOptions['params'];
  /** Approved glossary concepts used as anchors. */
  terms?: AlignOptions['terms'];
  /**
   * Beads to keep exactly as they are (confirmed by the user), in document order; only the
   * stretches between them are aligned. Cells are contiguous runs of segment indices.
   */
  fixed?: Bead[];
}

/** Whether a segment of this kind takes part in alignment by default. */
export function isAlignable(kind: SegmentKind): boolean {
  return kind !== 'boilerplate';
}

/**
 * Aligns 2 to 4 documents. Sentences and headings are aligned; boilerplate segments are left
 * out and come back as one-segment beads at their place in document order, so that every
 * segment of every document is in exactly one bead. Bead cells hold indices into `segments`.
 */
export function alignDocuments(docs: AlignDocumentInput[], options: AlignDocumentsOptions = {}): Bead[] {
  const { fixed = [], ...rest } = options;
  if (fixed.length === 0) return alignStretch(docs, rest);
  checkFixed(docs, fixed);
  const out: Bead[] = [];
  const cursor = docs.map(() => 0);
  const total = docs.reduce((sum, doc) => sum + doc.segments.length, 0) || 1;
  const alignUpTo = (ends: number[]) => {
    const starts = [...cursor];
    const sub = docs.map((doc, d) => ({ lang: doc.lang, segments: doc.segments.slice(starts[d], ends[d]) }));
    const done = starts.reduce((sum, k) => sum + k, 0);
    options.onProgress?.({ phase: 'align', done, total });
    if (sub.some((doc) => doc.segments.length > 0)) {
      for (const bead of alignStretch(sub, rest)) {
        out.push({ cells: bead.cells.map((cell, d) => cell.map((k) => k + starts[d]!)), score: bead.score });
      }
    }
    ends.forEach((end, d) => (cursor[d] = end));
  };
  for (const bead of fixed) {
    // a column the confirmed bead leaves empty keeps its pending sentences for the next stretch
    alignUpTo(bead.cells.map((cell, d) => (cell.length ? cell[0]! : cursor[d]!)));
    out.push(bead);
    bead.cells.forEach((cell, d) => {
      if (cell.length) cursor[d] = cell[cell.length - 1]! + 1;
    });
  }
  alignUpTo(docs.map((doc) => doc.segments.length));
  options.onProgress?.({ phase: 'align', done: total, total });
  return out;
}

/** Throws a RangeError naming the first fixed bead that is not a contiguous, in-order run of each document. */
function checkFixed(docs: AlignDocumentInput[], fixed: Bead[]): void {
  const next = docs.map(() => 0);
  fixed.forEach((bead, b) => {
    if (bead.cells.length !== docs.length) {
      throw new RangeError(`Confirmed bead ${b + 1} has ${bead.cells.length} cells for ${docs.length} documents`);
    }
    if (bead.cells.every((cell) => cell.length === 0)) throw new RangeError(`Confirmed bead ${b + 1} is empty`);
    bead.cells.forEach((cell, d) => {
      cell.forEach((k, i) => {
        const inOrder = i === 0 ? k >= next[d]! : k === cell[i - 1]! + 1;
        if (!Number.isInteger(k) || !inOrder || k >= docs[d]!.segments.length) {
          throw new RangeError(`Confirmed bead ${b + 1} overlaps another or is out of order in document ${d + 1}`);
        }
      });
      if (cell.length) next[d] = cell[cell.length - 1]! + 1;
    });
  });
}

/** Aligns documents with no constraints. */
function alignStretch(docs: AlignDocumentInput[], options: Omit<AlignDocumentsOptions, 'fixed'>): Bead[] {
  const maps = docs.map((doc) => doc.segments.flatMap((s, k) => (isAlignable(s.kind) ? [k] : [])));
  const columns = docs.map((doc, d) => ({
    lang: doc.lang,
    texts: maps[d]!.map((k) => doc.segments[k]!.text),
    // a bead never spans left-out segments, so every bead stays a contiguous run of its document
    breaks: maps[d]!.map((k, x) => x > 0 && k !== maps[d]![x - 1]! + 1),
  }));
  const aligned = alignColumns(columns, options).map((bead) => ({
    cells: bead.cells.map((cell, d) => cell.map((k) => maps[d]![k]!)),
    score: bead.score,
  }));
  return interleaveLeftOut(docs, aligned);
}

/**
 * A bead whose cell in some document skips left-out segments (rare: only when pairwise
 * alignments of three or four documents disagree) is cut at the gap, so that every bead is a
 * contiguous run of each document and the beads can be listed in document order.
 */
function splitAtGaps(bead: Bead): Bead[] {
  const runs = bead.cells.map((cell) => {
    const out: number[][] = [];
    for (const k of cell) {
      const run = out[out.length - 1];
      if (run && run[run.length - 1] === k - 1) run.push(k);
      else out.push([k]);
    }
    return out;
  });
  if (runs.every((r) => r.length <= 1)) return [bead];
  const pieces: Bead[] = [{ cells: runs.map((r) => r[0] ?? []), score: bead.score }];
  runs.forEach((r, d) => {
    for (const run of r.slice(1)) {
      const cells = runs.map((): number[] => []);
      cells[d] = run;
      pieces.push({ cells, score: Math.min(bead.score, 0.3) });
    }
  });
  return pieces;
}

/** Puts each left-out segment in its own bead, right after the bead holding its predecessor in the same document. */
function interleaveLeftOut(docs: AlignDocumentInput[], aligned: Bead[]): Bead[] {
  const out: Bead[] = [];
  const next = docs.map(() => 0);
  const single = (d: number, k: number) => {
    const cells = docs.map((): number[] => []);
    cells[d]!.push(k);
    out.push({ cells, score: 1 });
  };
  for (const bead of aligned.flatMap(splitAtGaps)) {
    bead.cells.forEach((cell, d) => {
      for (; cell.length && next[d]! < cell[0]!; next[d]!++) single(d, next[d]!);
    });
    out.push(bead);
    bead.cells.forEach((cell, d) => {
      if (cell.length) next[d] = cell[cell.length - 1]! + 1;
    });
  }
  docs.forEach((doc, d) => {
    for (; next[d]! < doc.segments.length; next[d]!++) single(d, next[d]!);
  });
  return out;
}
