/**
 * A translation lexicon learned from the confident beads of a first alignment pass, in the
 * spirit of hunalign's realign: word pairs that keep appearing in the same beads (ташриф ↔ visit,
 * лойиҳа ↔ project) become anchors for a second pass. Words are cut to a short prefix, which is
 * crude but effective stemming for agglutinative Uzbek and inflected Russian.
 */
import { foldApostrophes } from '../text/normalize';

/** A learned pair: a stem of column a, a stem of column b, how often they share a bead, and their Dice score. */
export interface LexiconPair {
  a: string;
  b: string;
  count: number;
  dice: number;
}

export interface LearnOptions {
  /** Only beads at least this confident teach. */
  minScore?: number;
  /** A pair must share at least this many beads. */
  minCount?: number;
  minDice?: number;
  /** Stems in more than this share of the teaching beads are function words and ignored. */
  maxShare?: number;
  /** At most this many beads teach (an even sample of the confident ones). */
  maxTeaching?: number;
}

const WORD = /[\p{L}\p{M}ʻʼ]+/gu;
const PREFIX = 6;
const MIN_WORD = 3;

/** Lexicon stems of a sentence: lower-cased word prefixes, each once. */
export function lexiconStems(text: string): string[] {
  const out = new Set<string>();
  for (const m of foldApostrophes(text).toLowerCase().matchAll(WORD)) {
    const word = m[0].replace(/[ʻʼ]/g, '');
    if (word.length >= MIN_WORD) out.add(word.slice(0, PREFIX));
  }
  return [...out];
}

/**
 * Learns one-to-one stem pairs from the 1-1 beads of a first pass, by competitive linking on the
 * Dice coefficient. `a[k]` and `b[k]` are the `lexiconStems` of sentence k of each column;
 * `pairs` are first-pass 1-1 beads (sentence in a, sentence in b, confidence).
 */
export function learnLexicon(
  a: readonly string[][],
  b: readonly string[][],
  pairs: { a: number; b: number; score: number }[],
  options: LearnOptions = {},
): LexiconPair[] {
  const { minScore = 0.75, minCount = 2, minDice = 0.5, maxShare = 0.2, maxTeaching = 4000 } = options;
  const confident = pairs.filter((p) => p.score >= minScore);
  // an even sample of a very long text teaches as well as all of it, at a bounded cost
  const step = Math.max(1, confident.length / maxTeaching);
  const teaching = Array.from({ length: Math.min(confident.length, maxTeaching) }, (_, k) => confident[Math.floor(k * step)]!);
  if (teaching.length < minCount) return [];
  const stemsA = teaching.map((p) => a[p.a]!);
  const stemsB = teaching.map((p) => b[p.b]!);
  const countA = countStems(stemsA);
  const countB = countStems(stemsB);
  const limit = Math.max(minCount, maxShare * teaching.length);
  const joint = new Map<string, number>();
  teaching.forEach((_, k) => {
    const left = stemsA[k]!.filter((s) => inRange(countA.get(s)!, minCount, limit));
    const right = stemsB[k]!.filter((s) => inRange(countB.get(s)!, minCount, limit));
    for (const x of left) for (const y of right) joint.set(`${x}\t${y}`, (joint.get(`${x}\t${y}`) ?? 0) + 1);
  });
  const candidates: LexiconPair[] = [];
  for (const [key, count] of joint) {
    if (count < minCount) continue;
    const [x, y] = key.split('\t') as [string, string];
    const dice = (2 * count) / (countA.get(x)! + countB.get(y)!);
    if (dice >= minDice) candidates.push({ a: x, b: y, count, dice });
  }
  candidates.sort((p, q) => q.dice - p.dice || q.count - p.count || (p.a + p.b < q.a + q.b ? -1 : 1));
  const linkedA = new Set<string>();
  const linkedB = new Set<string>();
  const lexicon: LexiconPair[] = [];
  for (const pair of candidates) {
    if (linkedA.has(pair.a) || linkedB.has(pair.b)) continue;
    linkedA.add(pair.a);
    linkedB.add(pair.b);
    lexicon.push(pair);
  }
  return lexicon;
}

function countStems(lists: string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of lists) for (const s of list) counts.set(s, (counts.get(s) ?? 0) + 1);
  return counts;
}

function inRange(value: number, min: number, max: number): boolean {
  return value >= min && value <= max;
}
