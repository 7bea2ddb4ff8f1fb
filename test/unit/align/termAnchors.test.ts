import { describe, expect, it } from 'vitest';
import { alignColumns } from '../../../shared/align/align';
import { termTokens } from '../../../shared/align/termAnchors';
import type { AlignColumn } from '../../../shared/model';

describe('termTokens', () => {
  it('finds a concept by any of its terms, inflected and in any script', () => {
    const columns: AlignColumn[] = [
      { lang: 'uz-Cyrl', texts: ['Кўксарой қароргоҳида музокаралар бўлди.', 'Бошқа гап.'] },
      { lang: 'en', texts: ['Talks took place at the Kuksaroy residence.', 'Something else.'] },
    ];
    const tokens = termTokens(columns, [{ terms: ['Кўксарой қароргоҳи', 'Kuksaroy residence'] }, { terms: ['Oqsaroy'] }]);
    expect(tokens).toEqual([[['term:0'], []], [['term:0'], []]]);
  });
});

describe('alignColumns with approved terms', () => {
  // two sentences that share no name, number or lexicon word: nothing ties them but the glossary
  const columns: AlignColumn[] = [
    { lang: 'uz-Latn', texts: ['Oqsaroyda marosim boʻldi.'] },
    { lang: 'en', texts: ['A ceremony was held at the Presidential Palace.'] },
  ];

  it('pairs sentences through a glossary concept that nothing else links', () => {
    const without = alignColumns(columns);
    expect(without).toHaveLength(2);
    for (const bead of without) expect(bead.cells.some((cell) => cell.length === 0)).toBe(true);
    const withTerms = alignColumns(columns, { terms: [{ terms: ['Oqsaroy', 'Presidential Palace'] }] });
    expect(withTerms.map((b) => b.cells)).toEqual([[[0], [0]]]);
  });
});
