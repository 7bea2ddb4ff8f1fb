/**
 * Editing an alignment: pure operations over an ordered list of beads (no DOM, no I/O).
 *
 * A bead's `cells[c]` lists column c's segments (ids or indices) as a contiguous run in document
 * order. Every operation returns a patch — the affected slice of rows before and after — so the
 * caller can store few rows and keep the patch as its undo record; `applyPatch` applies one in
 * either direction. Invariants kept by every operation: each segment in exactly one bead, beads in
 * document order, contiguous cells, no bead with every cell empty.
 *
 * Status: a row whose content an edit changes becomes 'auto' (what was confirmed was the old
 * content); only confirm makes a row 'confirmed', and a confirmed row scores 1. Rows an edit
 * creates keep the lowest score of the rows they came from.
 */
import { errorText, verbatim, type ErrorText, type LocalizedError } from '../i18n/localizeError';
import type { BeadStatus } from '../model';

export interface EditBead {
  cells: number[][];
  score: number;
  status: BeadStatus;
}

/** Operations a user can run on a row (and, for some, a column). */
export type BeadOp =
  | { kind: 'mergeWithNext'; row: number }
  | { kind: 'mergeWithPrevious'; row: number }
  | { kind: 'split'; row: number }
  | { kind: 'moveUp'; row: number; column: number }
  | { kind: 'moveDown'; row: number; column: number }
  | { kind: 'detach'; row: number; column: number }
  | { kind: 'confirm'; row: number }
  | { kind: 'unconfirm'; row: number }
  | { kind: 'confirmAbove'; row: number };

/** What an edit of the history did, so the UI can name it in its own language: the kind and the row. */
export interface EditDescription {
  kind: BeadOp['kind'] | 'text' | 'realign';
  row: number;
}

/** Rows `start … start + before.length - 1` were `before` and become `after`. */
export interface BeadPatch {
  start: number;
  before: EditBead[];
  after: EditBead[];
}

/** Why an operation does not apply, for a message in the UI's language (rows and columns 0-based). */
export type EditRefusal =
  | { code: 'noRow'; row: number }
  | { code: 'noColumn'; column: number }
  | { code: 'mergeFirst' | 'mergeLast' | 'noAbove' | 'noBelow' | 'changed' | 'emptyText' | 'textUnchanged' }
  | { code: 'nothingToSplit' | 'alreadyConfirmed' | 'notConfirmed' | 'allConfirmed' | 'sentenceMoved'; row: number }
  | { code: 'emptyCell' | 'alreadyAlone'; row: number; column: number };

/** An operation that does not apply here (merge past the end, split a one-sentence row…). */
export class EditNotApplicableError extends Error implements LocalizedError {
  readonly localized: ErrorText;

  constructor(
    message: string,
    readonly refusal?: EditRefusal,
  ) {
    super(message);
    this.name = 'EditNotApplicableError';
    this.localized = refusal ? refusalText(refusal) : verbatim(message);
  }
}

/** The refusal as a translatable message (rows and columns counted from 1). */
function refusalText(refusal: EditRefusal): ErrorText {
  const values: Record<string, number> = {};
  if ('row' in refusal) values.row = refusal.row + 1;
  if ('column' in refusal) values.column = refusal.column + 1;
  return errorText(`edit.${refusal.code}`, values);
}

const fail = (message: string, refusal: EditRefusal): never => {
  throw new EditNotApplicableError(message, refusal);
};

function rowAt(beads: readonly EditBead[], row: number): EditBead {
  const bead = Number.isInteger(row) ? beads[row] : undefined;
  return bead ?? fail(`There is no row ${row + 1}.`, { code: 'noRow', row });
}

function checkColumn(bead: EditBead, column: number): number[] {
  const cell = Number.isInteger(column) ? bead.cells[column] : undefined;
  return cell ?? fail(`There is no column ${column + 1}.`, { code: 'noColumn', column });
}

const isEmpty = (bead: EditBead): boolean => bead.cells.every((cell) => cell.length === 0);
const edited = (cells: number[][], score: number): EditBead => ({ cells, score, status: 'auto' });

/** The patch for `op` on `beads`; throws EditNotApplicableError when it does not apply. */
export function planOp(beads: readonly EditBead[], op: BeadOp): BeadPatch {
  const bead = rowAt(beads, op.row);
  const i = op.row;
  switch (op.kind) {
    case 'mergeWithNext':
    case 'mergeWithPrevious': {
      const first = op.kind === 'mergeWithNext' ? i : i - 1;
      if (first < 0) fail('The first row has no row above to merge with.', { code: 'mergeFirst' });
      if (first + 1 >= beads.length) fail('The last row has no row below to merge with.', { code: 'mergeLast' });
      const a = beads[first]!;
      const b = beads[first + 1]!;
      const merged = edited(a.cells.map((cell, c) => [...cell, ...b.cells[c]!]), Math.min(a.score, b.score));
      return { start: first, before: [a, b], after: [merged] };
    }
    case 'split': {
      // Each column keeps its first ⌈k/2⌉ sentences in the upper row and the rest go below:
      // a 2-1 row becomes 1-1 and 1-0, a 3-2 row 2-1 and 1-1.
      if (!bead.cells.some((cell) => cell.length >= 2)) fail(`Row ${i + 1} has no cell with two sentences to split.`, { code: 'nothingToSplit', row: i });
      const upper = bead.cells.map((cell) => cell.slice(0, Math.ceil(cell.length / 2)));
      const lower = bead.cells.map((cell) => cell.slice(Math.ceil(cell.length / 2)));
      return { start: i, before: [bead], after: [edited(upper, bead.score), edited(lower, bead.score)] };
    }
    case 'moveUp': {
      const cell = checkColumn(bead, op.column);
      if (i === 0) fail('The first row has no row above.', { code: 'noAbove' });
      if (cell.length === 0) fail(`Row ${i + 1} has no sentence in column ${op.column + 1}.`, { code: 'emptyCell', row: i, column: op.column });
      const above = beads[i - 1]!;
      const newAbove = edited(above.cells.map((c, k) => (k === op.column ? [...c, cell[0]!] : c)), above.score);
      const rest = edited(bead.cells.map((c, k) => (k === op.column ? c.slice(1) : c)), bead.score);
      return { start: i - 1, before: [above, bead], after: isEmpty(rest) ? [newAbove] : [newAbove, rest] };
    }
    case 'moveDown': {
      const cell = checkColumn(bead, op.column);
      if (i === beads.length - 1) fail('The last row has no row below.', { code: 'noBelow' });
      if (cell.length === 0) fail(`Row ${i + 1} has no sentence in column ${op.column + 1}.`, { code: 'emptyCell', row: i, column: op.column });
      const below = beads[i + 1]!;
      const rest = edited(bead.cells.map((c, k) => (k === op.column ? c.slice(0, -1) : c)), bead.score);
      const newBelow = edited(below.cells.map((c, k) => (k === op.column ? [cell[cell.length - 1]!, ...c] : c)), below.score);
      return { start: i, before: [bead, below], after: isEmpty(rest) ? [newBelow] : [rest, newBelow] };
    }
    case 'detach': {
      // "No counterpart": the column's sentences get a row of their own right below, with empty cells elsewhere.
      const cell = checkColumn(bead, op.column);
      if (cell.length === 0) fail(`Row ${i + 1} has no sentence in column ${op.column + 1}.`, { code: 'emptyCell', row: i, column: op.column });
      if (bead.cells.every((c, k) => k === op.column || c.length === 0)) fail(`Row ${i + 1} already has no counterpart for column ${op.column + 1}.`, { code: 'alreadyAlone', row: i, column: op.column });
      const kept = edited(bead.cells.map((c, k) => (k === op.column ? [] : c)), bead.score);
      const alone = edited(bead.cells.map((_, k) => (k === op.column ? [...cell] : [])), bead.score);
      return { start: i, before: [bead], after: [kept, alone] };
    }
    case 'confirm':
      if (bead.status === 'confirmed') fail(`Row ${i + 1} is already confirmed.`, { code: 'alreadyConfirmed', row: i });
      return { start: i, before: [bead], after: [{ cells: bead.cells, score: 1, status: 'confirmed' }] };
    case 'unconfirm':
      // The score stays (1): undo is the way back to the aligner's own score.
      if (bead.status !== 'confirmed') fail(`Row ${i + 1} is not confirmed.`, { code: 'notConfirmed', row: i });
      return { start: i, before: [bead], after: [{ ...bead, status: 'auto' }] };
    case 'confirmAbove': {
      // Every row from the first to the cursor row, inclusive: "I have checked down to here".
      const first = beads.findIndex((b, k) => k <= i && b.status !== 'confirmed');
      if (first < 0) fail(`Rows 1 to ${i + 1} are already confirmed.`, { code: 'allConfirmed', row: i });
      const before = beads.slice(first, i + 1);
      return { start: first, before, after: before.map((b) => ({ cells: b.cells, score: 1, status: 'confirmed' })) };
    }
  }
}

/** `beads` with `patch` applied (or undone, with `reverse`); throws when the rows are not what the patch expects. */
export function applyPatch(beads: readonly EditBead[], patch: BeadPatch, reverse = false): EditBead[] {
  const from = reverse ? patch.after : patch.before;
  const to = reverse ? patch.before : patch.after;
  const current = beads.slice(patch.start, patch.start + from.length);
  if (current.length !== from.length || current.some((b, k) => !sameBead(b, from[k]!))) {
    throw new EditNotApplicableError('The alignment changed since this edit was recorded.', { code: 'changed' });
  }
  return [...beads.slice(0, patch.start), ...to, ...beads.slice(patch.start + from.length)];
}

/** Applies `op` and returns the new list. */
export function applyOp(beads: readonly EditBead[], op: BeadOp): EditBead[] {
  return applyPatch(beads, planOp(beads, op));
}

export const mergeWithNext = (beads: readonly EditBead[], row: number) => applyOp(beads, { kind: 'mergeWithNext', row });
export const mergeWithPrevious = (beads: readonly EditBead[], row: number) => applyOp(beads, { kind: 'mergeWithPrevious', row });
export const splitRow = (beads: readonly EditBead[], row: number) => applyOp(beads, { kind: 'split', row });
export const moveSentenceUp = (beads: readonly EditBead[], row: number, column: number) => applyOp(beads, { kind: 'moveUp', row, column });
export const moveSentenceDown = (beads: readonly EditBead[], row: number, column: number) => applyOp(beads, { kind: 'moveDown', row, column });
export const detachToOwnRow = (beads: readonly EditBead[], row: number, column: number) => applyOp(beads, { kind: 'detach', row, column });
export const confirm = (beads: readonly EditBead[], row: number) => applyOp(beads, { kind: 'confirm', row });
export const unconfirm = (beads: readonly EditBead[], row: number) => applyOp(beads, { kind: 'unconfirm', row });
export const confirmAbove = (beads: readonly EditBead[], row: number) => applyOp(beads, { kind: 'confirmAbove', row });

export function sameBead(a: EditBead, b: EditBead): boolean {
  return a.status === b.status && a.score === b.score && a.cells.length === b.cells.length && a.cells.every((cell, c) => sameCell(cell, b.cells[c]!));
}

function sameCell(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, k) => x === b[k]);
}

/**
 * The rows `op` reads, as a first and last position (either may lie outside the alignment): the
 * rows it changes and one more on each side (their order values place inserted rows).
 */
export function opWindow(op: BeadOp): [number, number] {
  return op.kind === 'confirmAbove' ? [0, op.row + 1] : [op.row - 2, op.row + 2];
}

/** The history label of a change to a sentence's text. */
export function describeTextEdit(row: number): string {
  return `Edit a sentence of row ${row + 1}`;
}

/** A short label for history and notices ("Merge rows 3 and 4"). */
export function describeOp(op: BeadOp): string {
  const r = op.row + 1;
  switch (op.kind) {
    case 'mergeWithNext':
      return `Merge rows ${r} and ${r + 1}`;
    case 'mergeWithPrevious':
      return `Merge rows ${r - 1} and ${r}`;
    case 'split':
      return `Split row ${r}`;
    case 'moveUp':
      return `Move a sentence of row ${r} up`;
    case 'moveDown':
      return `Move a sentence of row ${r} down`;
    case 'detach':
      return `No counterpart in row ${r}`;
    case 'confirm':
      return `Confirm row ${r}`;
    case 'unconfirm':
      return `Unconfirm row ${r}`;
    case 'confirmAbove':
      return `Confirm rows up to ${r}`;
  }
}

/**
 * The first broken invariant for documents of `lengths` segments (or for whatever segments the
 * beads hold, when `lengths` is omitted, checking order and contiguity only); null when all hold.
 */
export function checkInvariants(beads: readonly EditBead[], lengths: readonly number[]): string | null {
  const next = lengths.map(() => 0);
  for (let b = 0; b < beads.length; b++) {
    const bead = beads[b]!;
    if (bead.cells.length !== lengths.length) return `row ${b + 1} has ${bead.cells.length} cells`;
    if (isEmpty(bead)) return `row ${b + 1} is empty`;
    for (let c = 0; c < lengths.length; c++) {
      for (const k of bead.cells[c]!) {
        if (k !== next[c]) return `row ${b + 1}, column ${c + 1}: expected segment ${next[c]}, found ${k}`;
        next[c]!++;
      }
    }
  }
  const short = next.findIndex((n, c) => n !== lengths[c]);
  return short < 0 ? null : `column ${short + 1} covers ${next[short]} of ${lengths[short]} segments`;
}
