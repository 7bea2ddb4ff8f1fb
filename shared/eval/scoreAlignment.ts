/**
 * The gold scorer of two-sided sentence alignments, shared by the tests and the benchmarks so both
 * measure the same thing. Pure.
 */
import type { Bead } from '../model';

/** Gold beads as `[[srcIndices…], [tgtIndices…]]`; `possible` beads are tolerated, not required. */
export interface GoldAlignment {
  sure: number[][][];
  possible: number[][][];
}

export interface AlignmentScore {
  /** correct / predictedNonNull (1 when nothing was predicted: no false alarms). */
  precision: number;
  /** found / sure (1 when the gold has no sure beads: nothing to miss). */
  recall: number;
  /** Harmonic mean of precision and recall; 0 when both are 0. */
  f1: number;
  /** Predicted beads with at least one index on both sides. */
  predictedNonNull: number;
  /** Of those, how many are exactly a sure or a possible bead. */
  correct: number;
  /** Number of distinct sure beads. */
  sure: number;
  /** Sure beads that were predicted exactly. */
  found: number;
}

/**
 * Scores `predicted` against `gold`:
 * precision = (predicted non-null beads that are in sure ∪ possible) / (predicted non-null beads),
 * recall = (sure beads predicted exactly) / (sure beads), F1 their harmonic mean.
 * A bead is non-null when both sides have at least one index; 1-0 and 0-1 beads are neither
 * rewarded nor punished. Beads are compared as exact sets of indices per side (order and
 * duplicates inside a side do not matter). Accepts Bead objects or bare `cells` arrays.
 * Throws RangeError for a bead that does not have exactly two sides.
 */
export function scoreAlignment(predicted: Bead[] | number[][][], gold: GoldAlignment): AlignmentScore {
  const sure = new Set(gold.sure.map(beadKey));
  const acceptable = new Set([...sure, ...gold.possible.map(beadKey)]);

  let predictedNonNull = 0;
  let correct = 0;
  const foundKeys = new Set<string>();
  for (const item of predicted) {
    const cells = Array.isArray(item) ? item : item.cells;
    if (!isNonNull(cells)) continue;
    predictedNonNull++;
    const key = beadKey(cells);
    if (acceptable.has(key)) correct++;
    if (sure.has(key)) foundKeys.add(key);
  }

  const precision = predictedNonNull === 0 ? 1 : correct / predictedNonNull;
  const recall = sure.size === 0 ? 1 : foundKeys.size / sure.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, predictedNonNull, correct, sure: sure.size, found: foundKeys.size };
}

function isNonNull(cells: number[][]): boolean {
  checkTwoSides(cells);
  return cells[0]!.length > 0 && cells[1]!.length > 0;
}

/** A canonical string for a bead: sorted, de-duplicated indices per side. */
function beadKey(cells: number[][]): string {
  checkTwoSides(cells);
  return cells.map((side) => [...new Set(side)].sort((a, b) => a - b).join(',')).join('|');
}

function checkTwoSides(cells: number[][]): void {
  if (cells.length !== 2) throw new RangeError(`scoreAlignment: a bead has ${cells.length} sides, expected 2`);
}

/**
 * Beads over a document's own segments rewritten as beads over the gold's sentence lists: each
 * segment becomes the index of the gold sentence with exactly its text; segments the gold does not
 * list (a scraper's metadata prefix) are dropped, and so are beads left with nothing. Lets the gold
 * score what the app does with the raw files, whatever extra segments its segmentation makes.
 */
export function toGoldIndices(beads: readonly Bead[], segmentTexts: readonly (readonly string[])[], goldSentences: readonly (readonly string[])[]): number[][][] {
  const goldIndex = segmentTexts.map((texts, side) => texts.map((text) => goldSentences[side]!.indexOf(text)));
  return beads
    .map((bead) => bead.cells.map((cell, side) => cell.map((k) => goldIndex[side]![k]!).filter((k) => k >= 0)))
    .filter((cells) => cells.some((cell) => cell.length > 0));
}
