import { describe, expect, it } from 'vitest';
import { beadsToJson, beadsToTsv, roundScore } from '../../../shared/export/formats';
import type { Bead } from '../../../shared/model';

const beads: Bead[] = [
  { cells: [[0], []], score: 0 },
  { cells: [[1, 2], [0]], score: 0.123456 },
  { cells: [[3], [1]], score: 1 },
];

describe('beadsToJson', () => {
  it('has exactly the documented shape, compact, scores rounded to 4 decimals', () => {
    expect(beadsToJson(beads)).toBe(
      '{"beads":[{"cells":[[0],[]],"score":0},{"cells":[[1,2],[0]],"score":0.1235},{"cells":[[3],[1]],"score":1}]}',
    );
  });

  it('writes only cells and score, whatever else a bead carries', () => {
    const withNote = { cells: [[0], [0], [0]], score: 0.99999, note: 'x' };
    const extra: Bead[] = [withNote];
    expect(JSON.parse(beadsToJson(extra))).toEqual({ beads: [{ cells: [[0], [0], [0]], score: 1 }] });
  });

  it('writes an empty alignment as an empty list', () => {
    expect(beadsToJson([])).toBe('{"beads":[]}');
  });
});

describe('roundScore', () => {
  it('rounds half away from zero at the 4th decimal', () => {
    expect(roundScore(0.00005)).toBe(0.0001);
    expect(roundScore(0.87654)).toBe(0.8765);
    expect(roundScore(0.5)).toBe(0.5);
  });
});

describe('beadsToTsv', () => {
  const docs = [
    { lang: 'uz-Cyrl', segments: [{ text: 'Сарлавҳа' }, { text: 'Бир.' }, { text: 'Икки\tуч.' }, { text: 'Тўрт\r\nбеш.' }] },
    { lang: 'en', segments: [{ text: 'One, two.' }, { text: 'Four\nfive.' }] },
  ];

  it('writes a header, then one line per bead with a column per document and the score', () => {
    expect(beadsToTsv(docs, beads)).toBe(
      'uz-Cyrl\ten\tscore\n' +
        'Сарлавҳа\t\t0\n' +
        'Бир. Икки уч.\tOne, two.\t0.1235\n' +
        'Тўрт беш.\tFour five.\t1\n',
    );
  });

  it('keeps every bead on one line and every line at documents + 1 fields', () => {
    const lines = beadsToTsv(docs, beads).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(beads.length + 1);
    for (const line of lines) expect(line.split('\t')).toHaveLength(3);
  });

  it('names unnamed columns docN', () => {
    expect(beadsToTsv([{ segments: [{ text: 'a' }] }, { segments: [{ text: 'b' }] }], [{ cells: [[0], [0]], score: 0.5 }])).toBe(
      'doc1\tdoc2\tscore\na\tb\t0.5\n',
    );
  });

  it('rejects beads that do not fit the documents', () => {
    expect(() => beadsToTsv(docs, [{ cells: [[0]], score: 1 }])).toThrow(/1 cells for 2 documents/);
    expect(() => beadsToTsv(docs, [{ cells: [[9], []], score: 1 }])).toThrow(/segment 9 of document 0/);
  });
});
