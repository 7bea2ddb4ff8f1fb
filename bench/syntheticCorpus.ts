/**
 * Deterministic synthetic parallel corpora for the alignment benchmark: real sentence pairs sampled
 * with replacement, varied a little, then edited the way real parallel news differs (sentences
 * missing on one side, two sentences rendered as one), with the true beads recorded as gold.
 * Pure: the same pairs, size and seed always give the same corpus.
 */
import type { AlignColumn } from '../shared/model';
import type { GoldAlignment } from '../shared/eval/scoreAlignment';

/** One sentence and its translation, e.g. a 1-1 sure bead of a gold file. */
export interface SentencePair {
  src: string;
  tgt: string;
}

export interface SyntheticOptions {
  /** Languages of the two columns; default uz-Cyrl and en. */
  langs?: [string, string];
  /** Share of pairs whose sentence is deleted on one side (giving a 1-0 or 0-1 bead); default 0.05. */
  deleteRate?: number;
  /** Share of pairs merged with the next pair on one side (giving a 2-1 or 1-2 bead); default 0.05. */
  mergeRate?: number;
  /** Share of sentences that lose one word on one side; default 0.3. */
  dropWordRate?: number;
}

export interface SyntheticCorpus {
  columns: [AlignColumn, AlignColumn];
  /** Every non-null true bead is sure; nothing is merely possible. */
  gold: GoldAlignment;
  /** How many edits of each kind were applied. */
  edits: { deleted: number; merged: number };
}

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG; enough for reproducible sampling. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Builds a corpus of `size` sentence pairs (before edits) from `pairs`, using `seed`.
 * Throws RangeError when `pairs` is empty.
 */
export function makeSyntheticCorpus(
  pairs: readonly SentencePair[],
  size: number,
  seed: number,
  options: SyntheticOptions = {},
): SyntheticCorpus {
  if (pairs.length === 0) throw new RangeError('makeSyntheticCorpus: no sentence pairs to sample from');
  const { langs = ['uz-Cyrl', 'en'], deleteRate = 0.05, mergeRate = 0.05, dropWordRate = 0.3 } = options;
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

  const sampled: SentencePair[] = [];
  for (let i = 0; i < size; i++) sampled.push(vary(pick(pairs), random, dropWordRate));

  const src: string[] = [];
  const tgt: string[] = [];
  const sure: number[][][] = [];
  let deleted = 0;
  let merged = 0;
  for (let i = 0; i < sampled.length; i++) {
    const pair = sampled[i]!;
    const r = random();
    if (r < deleteRate) {
      // The translator left this sentence out: it stays alone, so it is in no sure bead.
      if (random() < 0.5) src.push(pair.src);
      else tgt.push(pair.tgt);
      deleted++;
    } else if (r < deleteRate + mergeRate && i + 1 < sampled.length) {
      const next = sampled[++i]!;
      if (random() < 0.5) {
        sure.push([[src.length], [tgt.length, tgt.length + 1]]);
        src.push(`${pair.src} ${next.src}`);
        tgt.push(pair.tgt, next.tgt);
      } else {
        sure.push([[src.length, src.length + 1], [tgt.length]]);
        src.push(pair.src, next.src);
        tgt.push(`${pair.tgt} ${next.tgt}`);
      }
      merged++;
    } else {
      sure.push([[src.length], [tgt.length]]);
      src.push(pair.src);
      tgt.push(pair.tgt);
    }
  }
  return {
    columns: [
      { lang: langs[0], texts: src },
      { lang: langs[1], texts: tgt },
    ],
    gold: { sure, possible: [] },
    edits: { deleted, merged },
  };
}

/**
 * A slightly different copy of a pair: numbers found on both sides replaced consistently by new
 * ones with as many digits (so repeated samples are not identical), and sometimes one word dropped
 * on one side (translations are never word for word).
 */
function vary(pair: SentencePair, random: () => number, dropWordRate: number): SentencePair {
  const srcNumbers = new Set(pair.src.match(/\d+/g) ?? []);
  const shared = [...new Set(pair.tgt.match(/\d+/g) ?? [])].filter((n) => srcNumbers.has(n));
  let { src, tgt } = pair;
  if (shared.length > 0) {
    const swap = new Map(shared.map((n) => [n, randomNumber(n.length, random)]));
    const replace = (s: string) => s.replace(/\d+/g, (n) => swap.get(n) ?? n);
    src = replace(src);
    tgt = replace(tgt);
  }
  if (random() < dropWordRate) {
    if (random() < 0.5) src = dropWord(src, random);
    else tgt = dropWord(tgt, random);
  }
  return { src, tgt };
}

function randomNumber(digits: number, random: () => number): string {
  // No leading zero and no zero: "$0 billion" would read as a different kind of sentence.
  const low = 10 ** (digits - 1);
  return String(low + Math.floor(random() * (10 ** digits - low)));
}

/** Drops one word other than the first (which often carries the sentence's anchor). */
function dropWord(sentence: string, random: () => number): string {
  const words = sentence.split(' ');
  if (words.length < 3) return sentence;
  words.splice(1 + Math.floor(random() * (words.length - 1)), 1);
  return words.join(' ');
}

/** The 1-1 sure beads of a gold file as sentence pairs (the material the corpus is sampled from). */
export function goldPairs(
  gold: GoldAlignment & { src: { sentences: string[] }; tgt: { sentences: string[] } },
): SentencePair[] {
  return gold.sure
    .filter((b) => b[0]!.length === 1 && b[1]!.length === 1)
    .map((b) => ({ src: gold.src.sentences[b[0]![0]!]!, tgt: gold.tgt.sentences[b[1]![0]!]! }));
}
