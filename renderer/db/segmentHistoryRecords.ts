/**
 * A document's segment edit history (DocumentRecord.segmentHistory) as plain data: checking one
 * read from a backup, and copying one into a project written with new ids (duplicate, restore).
 * Pure: no database access.
 */
import type { BeadRecord, SegmentHistory, SegmentHistoryEntry, SegmentRecord, Stored } from './types';

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const isId = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0;
const isList = (value: unknown, item: (v: unknown) => boolean): boolean => Array.isArray(value) && value.every(item);
const isCells = (value: unknown): boolean => isList(value, (cell) => isList(cell, isId));

function isOp(op: unknown): boolean {
  if (!isObject(op) || !isId(op.segmentId)) return false;
  if (op.kind === 'split') return Number.isInteger(op.offset);
  if (op.kind === 'join') return true;
  return op.kind === 'include' && typeof op.included === 'boolean';
}

/** Whether `history` is well formed for the document `documentId` (ids may name segments no longer stored: an undo brings them back). */
export function isSegmentHistory(history: unknown, documentId: number): boolean {
  const isSegment = (s: unknown): boolean =>
    isObject(s) && isId(s.id) && s.documentId === documentId && typeof s.text === 'string' && Number.isFinite(s.order) && Number.isInteger(s.start) && ['sentence', 'heading', 'boilerplate'].includes(s.kind as string);
  const isBead = (b: unknown, needsId: boolean): boolean =>
    isObject(b) && (needsId ? isId(b.id) : b.id === undefined || isId(b.id)) && isCells(b.cells) && Number.isFinite(b.order) && typeof b.score === 'number' && (b.status === 'auto' || b.status === 'confirmed');
  const isEntry = (e: unknown): boolean =>
    isObject(e) &&
    isOp(e.op) &&
    Number.isFinite(e.at) &&
    isList(e.segmentsBefore, isSegment) &&
    isList(e.segmentsAfter, isSegment) &&
    (e.segmentsAfter as unknown[]).length > 0 &&
    (e.alignmentId === null || isId(e.alignmentId)) &&
    isList(e.beadsBefore, (b) => isBead(b, false)) &&
    isList(e.beadsAfter, (b) => isBead(b, true));
  return isObject(history) && isList(history.done, isEntry) && isList(history.undone, isEntry);
}

/** Every segment id a history names, stored or not. */
export function segmentIdsInHistory(history: SegmentHistory): number[] {
  return [...history.done, ...history.undone].flatMap((e) => [
    e.op.segmentId,
    ...e.segmentsBefore.map((s) => s.id),
    ...e.segmentsAfter.map((s) => s.id),
    ...[...e.beadsBefore, ...e.beadsAfter].flatMap((b) => b.cells.flat()),
  ]);
}

/** The new ids of a copied project, by old id (undefined: not copied). */
export interface HistoryIdMaps {
  /** The document's new id. */
  documentId: number;
  /** Every segment id the history names must have one (ids of removed segments get reserved ones). */
  segment: (oldId: number) => number | undefined;
  bead: (oldId: number) => number | undefined;
  alignment: (oldId: number) => number | undefined;
}

/**
 * The history with the copy's ids. An undoable entry whose rows were not copied (its alignment
 * or rows are gone, so it could not be undone anyway) is left out; a redoable one keeps what its
 * redo needs (the op and the segments it expects). Rows the edit removed lose their id: an undo
 * adds them anew.
 */
export function copySegmentHistory(history: SegmentHistory, ids: HistoryIdMaps): SegmentHistory {
  const segmentId = (id: number): number => {
    const copy = ids.segment(id);
    if (copy === undefined) throw new Error(`The edit history refers to a missing sentence (${id}).`);
    return copy;
  };
  const segments = (list: Stored<SegmentRecord>[]) => list.map((s) => ({ ...s, id: segmentId(s.id), documentId: ids.documentId }));
  const op = (entry: SegmentHistoryEntry) => ({ ...entry.op, segmentId: segmentId(entry.op.segmentId) });

  const done: SegmentHistoryEntry[] = [];
  for (const entry of history.done) {
    const alignmentId = entry.alignmentId === null ? null : ids.alignment(entry.alignmentId);
    if (alignmentId === undefined) continue;
    const row = (b: BeadRecord) => ({ ...b, alignmentId: alignmentId ?? b.alignmentId, cells: b.cells.map((cell) => cell.map(segmentId)) });
    const beadsAfter = entry.beadsAfter.map((b) => ({ ...row(b), id: ids.bead(b.id) }));
    if (beadsAfter.some((b) => b.id === undefined)) continue;
    const beadsBefore = entry.beadsBefore.map(({ id, ...b }) => {
      const copy = id === undefined ? undefined : ids.bead(id);
      return copy === undefined ? row(b) : { ...row(b), id: copy };
    });
    done.push({ ...entry, op: op(entry), segmentsBefore: segments(entry.segmentsBefore), segmentsAfter: segments(entry.segmentsAfter), alignmentId, beadsBefore, beadsAfter: beadsAfter as Stored<BeadRecord>[] });
  }
  const undone = history.undone.map(
    (entry): SegmentHistoryEntry => ({ ...entry, op: op(entry), segmentsBefore: segments(entry.segmentsBefore), segmentsAfter: segments(entry.segmentsAfter), alignmentId: null, beadsBefore: [], beadsAfter: [] }),
  );
  return { done, undone };
}
