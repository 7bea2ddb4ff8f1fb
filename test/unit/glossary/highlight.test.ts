// Highlighting and the consistency check on real seed text (000 uz-Cyrl, 002 en), approved as extracted.
import { beforeAll, describe, expect, it } from 'vitest';
import { approveTerms } from '../../../glossary/conceptOps';
import { checkConsistency } from '../../../glossary/consistency';
import { extractGlossary } from '../../../glossary/extract';
import { highlightTerms, splitHighlights } from '../../../glossary/highlight';
import type { Concept } from '../../../glossary/model';
import { alignDocuments } from '../../../shared/align/alignDocuments';
import type { Bead } from '../../../shared/model';
import type { PreparedDocument } from '../../../shared/pipeline';
import { seed } from './seeds';

let docs: PreparedDocument[];
let beads: Bead[];
let concepts: Concept[];

beforeAll(() => {
  docs = [seed('000'), seed('002')];
  beads = alignDocuments(docs);
  concepts = extractGlossary(docs, beads).map(approveTerms);
});

const id = (text: string) => concepts.find((c) => Object.values(c.terms).some((ts) => ts?.some((t) => t.text === text)))!.id;
const marked = (sentence: string, lang?: Parameters<typeof highlightTerms>[2]) =>
  highlightTerms(sentence, concepts, lang).map((s) => [sentence.slice(s.start, s.end), s.conceptId]);

describe('highlightTerms', () => {
  it('finds inflected Uzbek forms in both scripts and longest terms first', () => {
    expect(marked('Шавкат Мирзиёевнинг таклифи билан Ўзбекистон президентига мактуб юборилди.', 'uz-Cyrl')).toEqual([
      ['Шавкат Мирзиёевнинг', id('Шавкат Мирзиёев')],
      ['Ўзбекистон президентига', id('Ўзбекистон президенти')],
    ]);
    expect(marked('Prezident Shavkat Mirziyoyevga Koʻksaroy qarorgohida uchrashdi.', 'uz-Latn')).toEqual([
      ['Shavkat Mirziyoyevga', id('Шавкат Мирзиёев')],
      ['Koʻksaroy qarorgohida', id('Кўксарой қароргоҳи')],
    ]);
  });

  it('finds English terms, initials and a lone surname of a person', () => {
    const sentence = 'Talks between Sh. Mirziyoyev and Tokayev took place at the Kuksaroy residence.';
    expect(marked(sentence, 'en')).toEqual([
      ['Sh. Mirziyoyev', id('Шавкат Мирзиёев')],
      ['Tokayev', id('Қасим-Жомарт Тоқаев')],
      ['Kuksaroy residence', id('Кўксарой қароргоҳи')],
    ]);
  });

  it('leaves unrelated text and other languages alone, and cuts the sentence into pieces that join back', () => {
    expect(marked('The weather in Samarkand was warm.', 'en')).toEqual([]);
    expect(marked('Shavkat Mirziyoyev', 'ru')).toEqual([]);
    const sentence = 'Uzbek President Shavkat Mirziyoyev spoke.';
    const pieces = splitHighlights(sentence, highlightTerms(sentence, concepts, 'en'));
    expect(pieces.map((p) => p.text).join('')).toBe(sentence);
    expect(pieces.filter((p) => p.conceptId !== undefined).map((p) => p.text)).toEqual(['Uzbek President', 'Shavkat Mirziyoyev']);
  });
});

describe('checkConsistency', () => {
  it('reports the aligned row where the Uzbek side names neither president nor Mirziyoyev', () => {
    const rows = beads.map((b) => ({ cells: b.cells.map((cell, d) => cell.map((k) => docs[d]!.segments[k]!.text).join(' ')) }));
    const issues = checkConsistency(rows, ['uz-Cyrl', 'en'], concepts);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      // Every finding is real: the term is in the found column, and nothing of the concept in the other one.
      expect(rows[issue.row]!.cells[issue.foundColumn]).toContain(issue.foundText);
      expect(highlightTerms(rows[issue.row]!.cells[issue.missingColumn]!, concepts, issue.missingLang).some((m) => m.conceptId === issue.conceptId)).toBe(false);
    }
    const lead = issues.filter((i) => i.foundText === 'Shavkat Mirziyoyev');
    expect(lead).toHaveLength(1);
    expect(lead[0]).toMatchObject({ foundLang: 'en', missingLang: 'uz-Cyrl', missingColumn: 0 });
  });

  it('is quiet when both sides carry the term, and skips empty cells', () => {
    const rows = [
      { cells: ['Шавкат Мирзиёевга раҳмат.', 'Thanks to Mirziyoyev.'] },
      { cells: ['Шавкат Мирзиёев келди.', ''] },
      { cells: ['Президент келди.', 'Shavkat Mirziyoyev arrived.'] },
    ];
    const issues = checkConsistency(rows, ['uz-Cyrl', 'en'], concepts);
    expect(issues.map((i) => [i.row, i.foundText, i.missingLang])).toEqual([[2, 'Shavkat Mirziyoyev', 'uz-Cyrl']]);
  });
});
