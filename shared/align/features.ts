/**
 * Sentence features for alignment: character length and a set of anchor ids that survive
 * translation and script change — canonical numbers and script-neutral word stems (names,
 * international words such as стратегик/strategic). Ids are interned per alignment run and
 * weighted by rarity, so a shared surname counts far more than a shared frequent word.
 */
import type { AlignColumn, LangTag } from '../model';
import { matchKey } from '../text/transliterate';
import { classifyBoilerplate } from '../text/boilerplate';
import { newsLexicon } from './newsLexicon';
import { numberTokens } from './numbers';

/** Features of one column. `ids[k]` is sorted and unique. */
export interface ColumnFeatures {
  lengths: Float64Array;
  ids: Int32Array[];
  /** 1 where a sentence may not join the one before it in a bead. */
  breaks: Uint8Array;
  /** 1 where a sentence looks like page boilerplate (dateline, source line, caption in another language…). */
  boilerplate: Uint8Array;
}

/** Anchor ids of several columns in one id space, with a weight per id. */
export interface FeatureSpace {
  columns: ColumnFeatures[];
  /** Weight per id; ids that occur in only one column weigh 0. */
  weightsFor(a: number, b: number): Float64Array;
  size: number;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'ʻʼ‘’`]*/gu;
const VOWELS = /[aeiouy]/g;
const STEM_LENGTH = 4;
const NUMBER_WEIGHT = 1.6;
const APPROVED_TERM_WEIGHT = 4;

type TokenKind = 'number' | 'term' | 'word';

function tokenKind(token: string): TokenKind {
  if (token.startsWith('term:')) return 'term';
  return /^[ndty]:/.test(token) ? 'number' : 'word';
}

/**
 * A script-neutral stem: the word's Latin match key reduced to its first letter plus
 * following consonants, cut to a few letters. Vowels are what transliteration conventions
 * disagree on most (Mirziyoyev/Mirziyoev, Tokayev/Tokaev), consonants survive.
 */
export function wordStem(word: string): string | undefined {
  if (word.length < 4) return undefined;
  const key = matchKey(word);
  if (key.length < 3) return undefined;
  const skeleton = (key[0]! + key.slice(1).replace(VOWELS, ''))
    .replace(/c/g, 'k')
    .replace(/z/g, 's')
    .replace(/w/g, 'v')
    .replace(/(.)\1+/g, '$1');
  if (skeleton.length < 3) return undefined;
  return skeleton.slice(0, STEM_LENGTH);
}

function sentenceTokens(text: string, lang: LangTag, stems: Map<string, string | undefined>): string[] {
  const tokens = numberTokens(text, lang);
  const lexicon = newsLexicon();
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    let stem = stems.get(word);
    if (stem === undefined && !stems.has(word)) {
      stem = wordStem(word);
      stems.set(word, stem);
    }
    if (stem !== undefined) tokens.push(`w:${stem}`);
    for (const concept of lexicon.conceptsOf(word)) tokens.push(`c:${concept}`);
  }
  return tokens;
}

export interface BuildFeaturesOptions {
  /** Further anchor tokens of sentence k of column c (e.g. learned lexicon pairs). */
  extra?: (column: number, k: number) => readonly string[];
  /** Anchor tokens per column and sentence from `anchorTokens`, to reuse between passes. */
  tokens?: string[][][];
  /** Boilerplate flags per column from `boilerplateFlags`, to reuse between passes. */
  boilerplate?: Uint8Array[];
}

/**
 * 1 for each sentence that looks like page boilerplate. Pre-segmented input keeps such lines;
 * they rarely have a counterpart, so leaving them unpaired costs less.
 */
export function boilerplateFlags(columns: AlignColumn[]): Uint8Array[] {
  return columns.map((column) =>
    Uint8Array.from(column.texts, (text, k) =>
      classifyBoilerplate(text, { paragraphText: text, paragraphIndex: k, paragraphCount: column.texts.length, docLang: column.lang }) ? 1 : 0,
    ),
  );
}

/** The number and stem tokens of every sentence of every column. */
export function anchorTokens(columns: AlignColumn[]): string[][][] {
  const stems = new Map<string, string | undefined>();
  return columns.map((column) => column.texts.map((text) => sentenceTokens(text, column.lang, stems)));
}

/** Builds features for all columns in one shared id space. */
export function buildFeatures(columns: AlignColumn[], options: BuildFeaturesOptions = {}): FeatureSpace {
  const intern = new Map<string, number>();
  const kinds: TokenKind[] = [];
  const perColumnDf: number[][] = columns.map(() => []);
  const base = options.tokens ?? anchorTokens(columns);
  const flags = options.boilerplate ?? boilerplateFlags(columns);
  const built: ColumnFeatures[] = columns.map((column, c) => {
    const lengths = new Float64Array(column.texts.length);
    const ids = column.texts.map((text, k) => {
      lengths[k] = Math.max(1, text.replace(/\s+/g, ' ').trim().length);
      const set = new Set<number>();
      const tokens = options.extra ? [...base[c]![k]!, ...options.extra(c, k)] : base[c]![k]!;
      for (const token of tokens) {
        let id = intern.get(token);
        if (id === undefined) {
          id = intern.size;
          intern.set(token, id);
          kinds.push(tokenKind(token));
        }
        set.add(id);
      }
      const sorted = Int32Array.from(set).sort();
      const df = perColumnDf[c]!;
      for (const id of sorted) df[id] = (df[id] ?? 0) + 1;
      return sorted;
    });
    const breaks = Uint8Array.from(column.texts, (_, k) => (column.breaks?.[k] ? 1 : 0));
    return { lengths, ids, breaks, boilerplate: flags[c]! };
  });
  const size = intern.size;
  return {
    columns: built,
    size,
    weightsFor(a, b) {
      const dfA = perColumnDf[a]!;
      const dfB = perColumnDf[b]!;
      const total = columns[a]!.texts.length + columns[b]!.texts.length;
      const weights = new Float64Array(size);
      for (let id = 0; id < size; id++) {
        const x = dfA[id] ?? 0;
        const y = dfB[id] ?? 0;
        if (x === 0 || y === 0) continue;
        const idf = Math.log((total + 1) / (x + y));
        const base = Math.max(0.05, idf);
        // an approved glossary term is evidence enough on its own, however often it occurs
        weights[id] = kinds[id] === 'term' ? Math.max(APPROVED_TERM_WEIGHT, base) : kinds[id] === 'number' ? base * NUMBER_WEIGHT : base;
      }
      return weights;
    },
  };
}

/** Sum of weights of ids present in both sorted arrays. */
export function sharedWeight(a: Int32Array, b: Int32Array, weights: Float64Array): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      sum += weights[x]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** Sum of weights of all ids of a sentence that can match at all (occur in the other column). */
export function matchableWeight(a: Int32Array, weights: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < a.length; k++) sum += weights[a[k]!]!;
  return sum;
}
