import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../../shared/align/alignDocuments';
import { prepareDocument } from '../../../shared/pipeline';
import type { Bead, SegmentKind } from '../../../shared/model';

const seg = (text: string, kind: SegmentKind = 'sentence') => ({ text, kind });

describe('alignDocuments', () => {
  const uz = {
    lang: 'uz-Cyrl',
    segments: [
      seg('11:10 15.11.2025', 'boilerplate'),
      seg('Йилнинг ўтган даври мобайнида товар айирбошлаш 4 миллиард долларга етди.'),
      seg('© telegram sputnikuzbekistan/', 'boilerplate'),
      seg('Сўнгги йилларда 6,5 мингта қўшма корхона ташкил этилди.'),
    ],
  };
  const en = {
    lang: 'en',
    segments: [
      seg('Trade turnover since the beginning of the year has reached $4 billion.'),
      seg('6,500 joint ventures have been established.'),
      seg('Please note: This information is raw content.', 'boilerplate'),
    ],
  };

  it('aligns sentences, keeps boilerplate out of pairs, and puts every segment in one bead in order', () => {
    const beads = alignDocuments([uz, en]);
    expect(beads.flatMap((b) => b.cells[0])).toEqual([0, 1, 2, 3]);
    expect(beads.flatMap((b) => b.cells[1])).toEqual([0, 1, 2]);
    const pairs = beads.filter((b) => b.cells.every((c) => c.length > 0)).map((b) => b.cells);
    expect(pairs).toEqual([
      [[1], [0]],
      [[3], [1]],
    ]);
  });

  it('never lets a bead span a boilerplate segment, so each document reads in order', () => {
    const a = {
      lang: 'en',
      segments: [seg('The goal is to reach $10 billion'), seg('(photo)', 'boilerplate'), seg('by increasing deliveries of 40 goods.')],
    };
    const b = { lang: 'uz-Cyrl', segments: [seg('Бу кўрсаткични 10 миллиард долларга етказиш, 40 товар етказиб бериш орқали мақсад қилинган.')] };
    const beads = alignDocuments([a, b]);
    expect(beads.flatMap((x) => x.cells[0])).toEqual([0, 1, 2]);
    expect(beads.flatMap((x) => x.cells[1])).toEqual([0]);
    for (const bead of beads) for (const cell of bead.cells) cell.forEach((k, i) => i === 0 || expect(k).toBe(cell[i - 1]! + 1));
  });
});

describe('alignDocuments on shuffled real documents', () => {
  const seeds = ['000_b7c3d78e2906be7b.txt', '001_3aea3366a85cbd5f.txt', '002_35fe524f1063af29.txt', '003_cd7b60f6df8fe946.txt', '004_8d4c2919e6989640.txt'];
  const langs = ['uz-Cyrl', 'ru', 'en', 'en', 'uz-Latn'];
  const lines = seeds.map((f) =>
    readFileSync(new URL(`../../fixtures/${f}`, import.meta.url), 'utf8')
      .split(/(?<=[.!?])\s+|\n+/)
      .map((l) => l.trim())
      .filter(Boolean),
  );

  it('always returns a complete partition in document order with contiguous cells, for 2 to 4 documents', () => {
    let state = 12345;
    const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 40; round++) {
      const count = 2 + (round % 3);
      const docs = Array.from({ length: count }, () => {
        const s = Math.floor(random() * seeds.length);
        const segments = lines[s]!
          .filter(() => random() > 0.2)
          .map((text) => seg(text, random() < 0.15 ? 'boilerplate' : random() < 0.1 ? 'heading' : 'sentence'));
        return { lang: langs[s]!, segments };
      });
      const beads = alignDocuments(docs);
      docs.forEach((doc, d) => {
        expect(beads.flatMap((b) => b.cells[d])).toEqual(doc.segments.map((_, k) => k));
      });
      for (const bead of beads) {
        expect(bead.cells.some((c) => c.length > 0)).toBe(true);
        for (const cell of bead.cells) cell.forEach((k, i) => i === 0 || expect(k).toBe(cell[i - 1]! + 1));
      }
    }
  });
});

describe('alignDocuments with confirmed beads', () => {
  const read = (f: string) => readFileSync(new URL(`../../fixtures/${f}`, import.meta.url), 'utf8');
  const uz = prepareDocument(read('000_b7c3d78e2906be7b.txt'));
  const en = prepareDocument(read('002_35fe524f1063af29.txt'));
  const docs = [uz, en];
  const free = alignDocuments(docs);
  const rowOf = (beads: Bead[], d: number, k: number) => beads.findIndex((b) => b.cells[d]!.includes(k));
  const expectPartition = (beads: Bead[]) =>
    docs.forEach((doc, d) => expect(beads.flatMap((b) => b.cells[d])).toEqual(doc.segments.map((_, k) => k)));

  it('keeps every confirmed bead exactly and realigns only the stretches between them', () => {
    const kuksaroy = uz.segments.findIndex((s) => s.text.startsWith('Кўксарой қароргоҳида'));
    const reported = en.segments.findIndex((s) => s.text.startsWith('As reported, on Saturday'));
    const trade = uz.segments.findIndex((s) => s.text.includes('4 миллиард долларга етди'));
    // the user says the Kuksaroy sentence has no counterpart, and confirms the trade sentence's pair
    const fixed: Bead[] = [
      { cells: [[kuksaroy], []], score: 1 },
      { cells: [[trade], free[rowOf(free, 0, trade)]!.cells[1]!], score: 1 },
    ];
    const beads = alignDocuments(docs, { fixed });
    expectPartition(beads);
    expect(beads).toContainEqual(fixed[0]);
    expect(beads).toContainEqual(fixed[1]);
    expect(beads[rowOf(beads, 1, reported)]!.cells[0]).not.toContain(kuksaroy);
    // after the last confirmed bead the pairs stay as they were
    const tail = (b: Bead[]) => b.slice(rowOf(b, 0, trade) + 1).map((x) => x.cells);
    expect(tail(beads)).toEqual(tail(free));
  });

  it('returns the confirmed alignment unchanged when every bead is confirmed', () => {
    expect(alignDocuments(docs, { fixed: free })).toEqual(free);
  });

  it('rejects confirmed beads that overlap or run backwards', () => {
    expect(() => alignDocuments(docs, { fixed: [{ cells: [[5], [3]], score: 1 }, { cells: [[4], [6]], score: 1 }] })).toThrow(
      /Confirmed bead 2 overlaps another or is out of order in document 1/,
    );
    expect(() => alignDocuments(docs, { fixed: [{ cells: [[5, 7], [3]], score: 1 }] })).toThrow(/Confirmed bead 1/);
    expect(() => alignDocuments(docs, { fixed: [{ cells: [[], []], score: 1 }] })).toThrow(/empty/);
  });
});
