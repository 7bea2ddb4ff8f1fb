import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignColumns } from '../../../shared/align/align';
import { alignPair } from '../../../shared/align/alignPair';
import { buildFeatures } from '../../../shared/align/features';
import { scoreAlignment } from '../../../shared/eval/scoreAlignment';
import type { AlignColumn, Bead } from '../../../shared/model';
import { uzCyrlToLatn } from '../../../shared/text/transliterate';

const gold = JSON.parse(readFileSync(new URL('../../fixtures/seed-000-uzCyrl__002-en.json', import.meta.url), 'utf8')) as {
  src: { sentences: string[] };
  tgt: { sentences: string[] };
  sure: number[][][];
  possible: number[][][];
};
const uz: AlignColumn = { lang: 'uz-Cyrl', texts: gold.src.sentences };
const en: AlignColumn = { lang: 'en', texts: gold.tgt.sentences };

/** Every sentence of every column in exactly one bead, and the beads in document order. */
function expectPartition(beads: Bead[], columns: AlignColumn[]) {
  columns.forEach((column, c) => {
    const seen = beads.flatMap((b) => b.cells[c]!);
    expect(seen).toEqual(column.texts.map((_, k) => k));
  });
  for (const bead of beads) {
    expect(bead.cells).toHaveLength(columns.length);
    expect(bead.score).toBeGreaterThanOrEqual(0);
    expect(bead.score).toBeLessThanOrEqual(1);
  }
}

function beadOf(beads: Bead[], column: number, index: number): Bead {
  const bead = beads.find((b) => b.cells[column]!.includes(index));
  if (!bead) throw new Error(`sentence ${index} of column ${column} is in no bead`);
  return bead;
}

describe('alignColumns on the seed gold (uz-Cyrl ↔ en, pre-segmented, boilerplate included)', () => {
  const beads = alignColumns([uz, en]);

  it('covers every sentence exactly once, in order', () => {
    expectPartition(beads, [uz, en]);
  });

  it('finds the sure beads with few false pairs (F1 ≥ 0.95)', () => {
    const score = scoreAlignment(beads, gold);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
    expect(score.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('pairs sentences through numbers written differently and names in another script', () => {
    // "6,5 мингта қўшма корхона" ↔ "6,500 joint ventures"
    expect(beadOf(beads, 0, 12).cells[1]).toEqual([10]);
    // "4 миллиард долларга етди" ↔ "has reached $4 billion"
    expect(beadOf(beads, 0, 9).cells[1]).toEqual([7]);
  });

  it('leaves the sentence that the rewrite dropped without a counterpart', () => {
    // "Ташрифга тайёргарлик доирасида ..." has no English counterpart
    expect(beadOf(beads, 0, 8).cells[1]).toEqual([]);
  });

  it('gives unpaired disclaimers of the agency no partner', () => {
    expect(beadOf(beads, 1, 18).cells[0]).toEqual([]);
    expect(beadOf(beads, 1, 19).cells[0]).toEqual([]);
  });

  it('is deterministic', () => {
    expect(alignColumns([uz, en])).toEqual(beads);
  });
});

describe('alignColumns with three columns', () => {
  const latn: AlignColumn = { lang: 'uz-Latn', texts: gold.src.sentences.map(uzCyrlToLatn) };

  it('keeps each Cyrillic sentence with its Latin spelling and the English pairs of the two-column run', () => {
    // the two Uzbek columns tie as pivot; with the Cyrillic one the English pairs are those of the two-column run
    const beads = alignColumns([uz, latn, en], { pivot: 0 });
    expectPartition(beads, [uz, latn, en]);
    for (const bead of beads) expect(bead.cells[1]).toEqual(bead.cells[0]);
    const twoColumns = alignColumns([uz, en]);
    gold.src.sentences.forEach((_, k) => {
      expect(beadOf(beads, 0, k).cells[2]).toEqual(beadOf(twoColumns, 0, k).cells[1]);
    });
  });

  it('pairs the sentences that only the two Uzbek versions share', () => {
    const extra = 'Учрашув якунида тадбирлар режаси маъқулланди.';
    const uzPlus: AlignColumn = { lang: 'uz-Cyrl', texts: [...uz.texts.slice(0, 8), extra, ...uz.texts.slice(8)] };
    const latnPlus: AlignColumn = { lang: 'uz-Latn', texts: uzPlus.texts.map(uzCyrlToLatn) };
    const beads = alignColumns([en, uzPlus, latnPlus]);
    expectPartition(beads, [en, uzPlus, latnPlus]);
    expect(beadOf(beads, 1, 8).cells).toEqual([[], [8], [8]]);
    // the same when the English version, which lacks the sentence, is forced to be the pivot
    const viaEnglish = alignColumns([en, uzPlus, latnPlus], { pivot: 0 });
    expectPartition(viaEnglish, [en, uzPlus, latnPlus]);
    expect(beadOf(viaEnglish, 1, 8).cells).toEqual([[], [8], [8]]);
  });

  it('rejects fewer than two or more than four columns', () => {
    expect(() => alignColumns([uz])).toThrow(/2 to 4/);
    expect(() => alignColumns([uz, en, uz, en, uz])).toThrow(/2 to 4/);
  });
});

describe('banded search', () => {
  // a long synthetic parallel text from the gold's sure pairs, each pair tagged with a distinct number
  function synthetic(count: number): { a: AlignColumn; b: AlignColumn; truth: [number, number][] } {
    const pairs = gold.sure.map((bead) => [gold.src.sentences[bead[0]![0]!]!, gold.tgt.sentences[bead[1]![0]!]!] as const);
    const a: string[] = [];
    const b: string[] = [];
    const truth: [number, number][] = [];
    for (let k = 0; k < count; k++) {
      const [s, t] = pairs[(k * 7) % pairs.length]!;
      const tag = 1000 + ((k * 7919) % 90000);
      if (k % 23 === 5) a.push(`${s} ${tag}`);
      else if (k % 29 === 11) b.push(`${t} ${tag}`);
      else {
        truth.push([a.length, b.length]);
        a.push(`${s} ${tag}`);
        b.push(`${t} ${tag}`);
      }
    }
    return { a: { lang: 'uz-Cyrl', texts: a }, b: { lang: 'en', texts: b }, truth };
  }

  it('finds the same path as the exact search on a medium text with deletions on both sides', () => {
    const { a, b, truth } = synthetic(900);
    const space = buildFeatures([a, b]);
    const exact = alignPair(space, 0, 1, { exactCellLimit: Infinity });
    const banded = alignPair(space, 0, 1, { exactCellLimit: 0 });
    expect(banded).toEqual(exact);
    const pairs = new Set(banded.filter((x) => x.a.length === 1 && x.b.length === 1).map((x) => `${x.a[0]}-${x.b[0]}`));
    const found = truth.filter(([s, t]) => pairs.has(`${s}-${t}`)).length;
    expect(found / truth.length).toBeGreaterThan(0.98);
  });

  it('reports progress and stops when the progress callback throws', () => {
    const { a, b } = synthetic(2000);
    const seen: number[] = [];
    alignColumns([a, b], { onProgress: (p) => seen.push(p.done / p.total) });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen[seen.length - 1]).toBe(1);
    expect(() =>
      alignColumns([a, b], {
        onProgress: (p) => {
          if (p.done > 500) throw new Error('cancelled by user');
        },
      }),
    ).toThrow('cancelled by user');
  });
});

describe('alignColumns on the hand-made gold of seed 004 (uz-Latn) against Russian and English rewrites', () => {
  for (const file of ['seed-004-uzLatn__ru.json', 'seed-004-uzLatn__en.json']) {
    it(`aligns ${file} with F1 ≥ 0.95, including 2-1 and 1-2 beads and dropped sentences`, () => {
      const set = JSON.parse(readFileSync(new URL(`../../fixtures/gold/${file}`, import.meta.url), 'utf8')) as typeof gold & {
        src: { lang: string };
        tgt: { lang: string };
      };
      const beads = alignColumns([
        { lang: set.src.lang, texts: set.src.sentences },
        { lang: set.tgt.lang, texts: set.tgt.sentences },
      ]);
      expectPartition(beads, [
        { lang: set.src.lang, texts: set.src.sentences },
        { lang: set.tgt.lang, texts: set.tgt.sentences },
      ]);
      expect(scoreAlignment(beads, set).f1).toBeGreaterThanOrEqual(0.95);
    });
  }
});
