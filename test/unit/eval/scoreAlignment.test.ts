import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../../shared/align/alignDocuments';
import { scoreAlignment, toGoldIndices, type GoldAlignment } from '../../../shared/eval/scoreAlignment';
import type { Bead } from '../../../shared/model';
import { prepareDocument } from '../../../shared/pipeline';

const goldFile = JSON.parse(
  readFileSync(new URL('../../fixtures/seed-000-uzCyrl__002-en.json', import.meta.url), 'utf8'),
) as GoldAlignment & { src: { sentences: string[] }; tgt: { sentences: string[] } };

describe('scoreAlignment', () => {
  const gold: GoldAlignment = {
    sure: [
      [[0], [0]],
      [[1, 2], [1]],
      [[3], [2]],
      [[4], [3]],
    ],
    possible: [[[5], [4]]],
  };

  it('scores a perfect prediction 1 and ignores null beads', () => {
    const predicted = [...gold.sure, [[], [5]], [[6], []]];
    expect(scoreAlignment(predicted, gold)).toEqual({
      precision: 1,
      recall: 1,
      f1: 1,
      predictedNonNull: 4,
      correct: 4,
      sure: 4,
      found: 4,
    });
  });

  it('counts possible beads as correct but not as found', () => {
    const predicted = [[[0], [0]], [[1, 2], [1]], [[5], [4]]];
    const s = scoreAlignment(predicted, gold);
    expect(s).toMatchObject({ predictedNonNull: 3, correct: 3, found: 2, sure: 4, precision: 1, recall: 0.5 });
    expect(s.f1).toBeCloseTo(2 / 3, 12);
  });

  it('needs the exact index sets: a split 2-1 bead is two errors', () => {
    // Predicted 1-1 + 1-0 instead of the sure 2-1; and 3-2, 4-3 shifted to 3-3, 4-2.
    const predicted: Bead[] = [
      { cells: [[0], [0]], score: 1 },
      { cells: [[1], [1]], score: 1 },
      { cells: [[2], []], score: 1 },
      { cells: [[3], [3]], score: 1 },
      { cells: [[4], [2]], score: 1 },
    ];
    const s = scoreAlignment(predicted, gold);
    expect(s).toMatchObject({ predictedNonNull: 4, correct: 1, found: 1, sure: 4 });
    expect(s.precision).toBe(0.25);
    expect(s.recall).toBe(0.25);
    expect(s.f1).toBe(0.25);
  });

  it('compares sides as sets, regardless of order and duplicates', () => {
    expect(scoreAlignment([[[2, 1], [1]]], gold)).toMatchObject({ correct: 1, found: 1 });
    expect(scoreAlignment([[[1, 2, 2], [1, 1]]], gold)).toMatchObject({ correct: 1, found: 1 });
  });

  it('has documented values for empty cases', () => {
    expect(scoreAlignment([], gold)).toMatchObject({ precision: 1, recall: 0, f1: 0, predictedNonNull: 0 });
    expect(scoreAlignment([[[0], [1]]], { sure: [], possible: [] })).toMatchObject({ precision: 0, recall: 1, f1: 0 });
    expect(scoreAlignment([], { sure: [], possible: [] })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('rejects beads with other than two sides', () => {
    expect(() => scoreAlignment([[[0], [0], [0]]], gold)).toThrow(RangeError);
  });

  it("scores the seed gold's own sure beads 1.0", () => {
    const s = scoreAlignment(goldFile.sure, goldFile);
    expect(s.f1).toBe(1);
    expect(s.sure).toBe(goldFile.sure.length);
  });

  it('scores the gold sure beads plus 1-0/0-1 beads for every other sentence 1.0', () => {
    const inSure = (side: 0 | 1) => new Set(goldFile.sure.flatMap((b) => b[side]!));
    const src = inSure(0);
    const tgt = inSure(1);
    const rest = [
      ...goldFile.src.sentences.flatMap((_, i) => (src.has(i) ? [] : [[[i], []]])),
      ...goldFile.tgt.sentences.flatMap((_, j) => (tgt.has(j) ? [] : [[[], [j]]])),
    ];
    expect(scoreAlignment([...goldFile.sure, ...rest], goldFile).f1).toBe(1);
  });
});

describe('the app on the raw seed files, scored by the gold', () => {
  const seed = (file: string) => readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8');
  const docs = [prepareDocument(seed('000_b7c3d78e2906be7b.txt'), { lang: 'uz-Cyrl' }), prepareDocument(seed('002_35fe524f1063af29.txt'), { lang: 'en' })];
  const predicted = toGoldIndices(alignDocuments(docs), docs.map((d) => d.segments.map((s) => s.text)), [goldFile.src.sentences, goldFile.tgt.sentences]);

  it('maps every segment but the scraper metadata to its gold sentence, each once', () => {
    const seen = predicted.map((cells) => cells.map((cell) => cell.length).reduce((a, b) => a + b, 0)).reduce((a, b) => a + b, 0);
    expect(seen).toBe(goldFile.src.sentences.length + goldFile.tgt.sentences.length);
  });

  it('finds every sure bead and pairs nothing wrongly once page furniture is marked', () => {
    const score = scoreAlignment(predicted, goldFile);
    expect(score.recall).toBe(1);
    expect(score.precision).toBe(1);
    // With the dateline marked, the lead above it stays alone instead of joining the first English sentence.
    expect(predicted).toContainEqual([[4], []]);
  });
});
