import { describe, expect, it } from 'vitest';
import { foldApostrophes, normalizeForMatch } from '../../../shared/text/normalize';
import { readSeed } from './seeds';

describe('foldApostrophes', () => {
  it('writes oʻ/gʻ with U+02BB and the tutuq with U+02BC whatever was typed', () => {
    for (const a of ["'", '`', '‘', '’', 'ʻ', 'ʼ']) {
      expect(foldApostrophes(`O${a}zbekiston Qirg${a}iziston ma${a}lum sa${a}y-harakat`)).toBe(
        'Oʻzbekiston Qirgʻiziston maʼlum saʼy-harakat',
      );
    }
  });

  it('leaves quotes that are not between letters alone', () => {
    expect(foldApostrophes("'Kuksaroy' residence")).toBe("'Kuksaroy' residence");
  });

  it('makes seed 004 use only ʻ and ʼ inside words', () => {
    const folded = foldApostrophes(readSeed('004'));
    expect(folded).not.toMatch(/\p{L}'\p{L}/u);
    expect(folded).toContain('Oʻzbekiston');
    expect(folded).toContain('surʼatini');
  });
});

describe('normalizeForMatch', () => {
  it('folds quotes, dashes and white space and keeps case', () => {
    expect(normalizeForMatch('  «Куксарой»\u00A0—  “Kuksaroy”\t–  „X“ ')).toBe('"Куксарой" - "Kuksaroy" - "X"');
    expect(normalizeForMatch('Shavkat MIRZIYOYEV')).toBe('Shavkat MIRZIYOYEV');
  });

  it('makes differently typed copies of a seed line equal', () => {
    const line = readSeed('004').split('\n').find((l) => l.startsWith('Muzokaralar'))!;
    const retyped = line.replace(/'/g, '‘').replace(/ /g, '  ').replace(/-/g, '‑');
    expect(normalizeForMatch(retyped)).toBe(normalizeForMatch(line));
    expect(normalizeForMatch(line.normalize('NFD'))).toBe(normalizeForMatch(line));
  });

  it('drops invisible characters', () => {
    expect(normalizeForMatch('Toshkent\u200B\u00ADda')).toBe('Toshkentda');
  });
});
