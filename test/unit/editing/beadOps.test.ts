import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../../shared/align/alignDocuments';
import {
  applyOp,
  applyPatch,
  checkInvariants,
  confirm,
  confirmAbove,
  detachToOwnRow,
  EditNotApplicableError,
  mergeWithNext,
  mergeWithPrevious,
  moveSentenceDown,
  opWindow,
  moveSentenceUp,
  planOp,
  splitRow,
  unconfirm,
  type BeadOp,
  type EditBead,
} from '../../../shared/editing/beadOps';
import { prepareDocument } from '../../../shared/pipeline';
import { readSeed } from '../text/seeds';

const docs = [prepareDocument(readSeed('000'), { lang: 'uz-Cyrl' }), prepareDocument(readSeed('002'), { lang: 'en' })];
const lengths = docs.map((d) => d.segments.length);
const seedBeads: EditBead[] = alignDocuments(docs.map((d) => ({ lang: d.lang, segments: d.segments }))).map((b) => ({ ...b, status: 'auto' }));

const rowWith = (beads: EditBead[], test: (b: EditBead, k: number) => boolean): number => {
  const i = beads.findIndex(test);
  expect(i).toBeGreaterThanOrEqual(0);
  return i;
};
const ok = (beads: EditBead[]) => expect(checkInvariants(beads, lengths)).toBeNull();

describe('bead operations on seeds 000 + 002', () => {
  it('starts from a valid alignment', () => {
    expect(seedBeads.length).toBeGreaterThan(10);
    ok(seedBeads);
  });

  it('merges with the next and the previous row', () => {
    const next = mergeWithNext(seedBeads, 3);
    expect(next).toHaveLength(seedBeads.length - 1);
    expect(next[3]!.cells).toEqual(seedBeads[3]!.cells.map((cell, c) => [...cell, ...seedBeads[4]!.cells[c]!]));
    expect(next[3]!.status).toBe('auto');
    ok(next);
    expect(mergeWithPrevious(seedBeads, 4)).toEqual(next);
    expect(seedBeads).toHaveLength(next.length + 1); // the input is left as it was
  });

  it('splits a row: first ⌈k/2⌉ sentences of each column stay above', () => {
    const merged = mergeWithNext(seedBeads, 5);
    const split = splitRow(merged, 5);
    ok(split);
    const cells = merged[5]!.cells;
    expect(split[5]!.cells).toEqual(cells.map((cell) => cell.slice(0, Math.ceil(cell.length / 2))));
    expect(split[6]!.cells).toEqual(cells.map((cell) => cell.slice(Math.ceil(cell.length / 2))));
  });

  it('moves a sentence up and down, dropping a row that becomes empty', () => {
    const i = rowWith(seedBeads, (b, k) => k > 0 && b.cells[1]!.length === 1 && b.cells[0]!.length > 0);
    const up = moveSentenceUp(seedBeads, i, 1);
    ok(up);
    expect(up[i - 1]!.cells[1]!.at(-1)).toBe(seedBeads[i]!.cells[1]![0]);
    expect(up[i]!.cells[1]).toEqual([]);
    const down = moveSentenceDown(up, i - 1, 1);
    ok(down);
    expect(down[i]!.cells[1]).toEqual(seedBeads[i]!.cells[1]);
    // a one-sentence row moved up disappears
    const lone = rowWith(seedBeads, (b, k) => k > 0 && b.cells.flat().length === 1);
    const col = seedBeads[lone]!.cells.findIndex((c) => c.length === 1);
    const gone = moveSentenceUp(seedBeads, lone, col);
    expect(gone).toHaveLength(seedBeads.length - 1);
    ok(gone);
  });

  it('detaches a column into a row of its own (no counterpart)', () => {
    const i = rowWith(seedBeads, (b) => b.cells.every((c) => c.length > 0));
    const out = detachToOwnRow(seedBeads, i, 0);
    ok(out);
    expect(out[i]!.cells[0]).toEqual([]);
    expect(out[i + 1]!.cells).toEqual([seedBeads[i]!.cells[0], []]);
  });

  it('confirms, unconfirms and confirms everything up to the cursor', () => {
    const c = confirm(seedBeads, 2);
    expect(c[2]).toMatchObject({ status: 'confirmed', score: 1 });
    expect(unconfirm(c, 2)[2]!.status).toBe('auto');
    const all = confirmAbove(c, 6);
    expect(all.slice(0, 7).every((b) => b.status === 'confirmed' && b.score === 1)).toBe(true);
    expect(all[7]!.status).toBe('auto');
    expect(planOp(c, { kind: 'confirmAbove', row: 6 }).start).toBe(0);
  });

  it('refuses what does not apply, with a clear message', () => {
    const last = seedBeads.length - 1;
    expect(() => mergeWithNext(seedBeads, last)).toThrow(/last row/);
    expect(() => mergeWithPrevious(seedBeads, 0)).toThrow(/first row/);
    expect(() => mergeWithNext(seedBeads, seedBeads.length)).toThrow(EditNotApplicableError);
    const single = rowWith(seedBeads, (b) => b.cells.every((c) => c.length <= 1));
    expect(() => splitRow(seedBeads, single)).toThrow(/no cell with two sentences/);
    expect(() => moveSentenceUp(seedBeads, 0, 0)).toThrow(/first row/);
    expect(() => moveSentenceDown(seedBeads, last, 0)).toThrow(/last row/);
    const empty = rowWith(seedBeads, (b) => b.cells[1]!.length === 0);
    expect(() => moveSentenceDown(seedBeads, empty, 1)).toThrow(/no sentence in column 2/);
    expect(() => detachToOwnRow(seedBeads, empty, 0)).toThrow(/already has no counterpart/);
    expect(() => moveSentenceUp(seedBeads, 1, 5)).toThrow(/no column 6/);
    expect(() => unconfirm(seedBeads, 0)).toThrow(/not confirmed/);
    expect(() => confirm(confirm(seedBeads, 0), 0)).toThrow(/already confirmed/);
  });

  it('undoes a patch exactly, and refuses a patch that no longer fits', () => {
    const patch = planOp(seedBeads, { kind: 'mergeWithNext', row: 1 });
    const after = applyPatch(seedBeads, patch);
    expect(applyPatch(after, patch, true)).toEqual(seedBeads);
    expect(() => applyPatch(seedBeads, patch, true)).toThrow(/changed/);
  });

  it('keeps the invariants under random sequences of operations, and undo restores each step', () => {
    const kinds = ['mergeWithNext', 'mergeWithPrevious', 'split', 'moveUp', 'moveDown', 'detach', 'confirm', 'unconfirm', 'confirmAbove'] as const;
    const opArb = fc.record({ kind: fc.constantFrom(...kinds), row: fc.nat(400), column: fc.nat(1) });
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => {
        let beads = seedBeads;
        const history: { patch: ReturnType<typeof planOp>; before: EditBead[] }[] = [];
        for (const raw of ops) {
          const op = { ...raw, row: raw.row % beads.length } as BeadOp;
          let patch;
          try {
            patch = planOp(beads, op);
          } catch (error) {
            if (!(error instanceof EditNotApplicableError)) throw error;
            continue;
          }
          const next = applyPatch(beads, patch);
          expect(checkInvariants(next, lengths)).toBeNull();
          history.push({ patch, before: beads });
          beads = next;
        }
        for (const step of history.reverse()) {
          beads = applyPatch(beads, step.patch, true);
          expect(beads).toEqual(step.before);
        }
      }),
      { numRuns: 150 },
    );
    expect(applyOp(seedBeads, { kind: 'confirm', row: 0 })[0]!.status).toBe('confirmed');
  });
});

describe('opWindow: the rows an operation reads', () => {
  it('gives the same patch (or the same refusal) from only those rows as from all of them', () => {
    const kinds = ['mergeWithNext', 'mergeWithPrevious', 'split', 'moveUp', 'moveDown', 'detach', 'confirm', 'unconfirm', 'confirmAbove'] as const;
    const beads: EditBead[] = seedBeads.map((b, k) => (k % 4 === 1 ? { ...b, score: 1, status: 'confirmed' } : b));
    for (let row = 0; row < beads.length; row++) {
      for (const kind of kinds) {
        for (const column of [0, 1]) {
          const op = { kind, row, column } as BeadOp;
          const [from, to] = opWindow(op);
          // Only the window's rows are there, as in the repository's sparse read.
          const sparse = new Array<EditBead>(beads.length);
          for (let k = Math.max(0, from); k <= Math.min(beads.length - 1, to); k++) sparse[k] = beads[k]!;
          const run = (list: EditBead[]) => {
            try {
              return planOp(list, op);
            } catch (error) {
              return (error as Error).message;
            }
          };
          expect(run(sparse), `${kind} row ${row + 1} column ${column + 1}`).toEqual(run(beads));
        }
      }
    }
  });
});
