// The reviewer's operations on concepts (pure): the other Uzbek script follows, merge and split keep one preferred term.
import { describe, expect, it } from 'vitest';
import { approveTerms, ConceptEditError, editConcept, mergeConcepts, splitConcept, syncOtherScript } from '../../../glossary/conceptOps';
import type { Concept, Term } from '../../../glossary/model';

const term = (text: string, lang: Term['lang'], extra: Partial<Term> = {}): Term => ({ text, lang, status: 'preferred', variants: [], sources: [], ...extra });

const residence: Concept = {
  id: 'place:k',
  type: 'place',
  score: 0.5,
  terms: { 'uz-Cyrl': [term('Кўксарой қароргоҳи', 'uz-Cyrl')], 'uz-Latn': [term('Koʻksaroy qarorgohi', 'uz-Latn', { generated: true })], en: [term('Kuksaroy residence', 'en')] },
};

describe('syncOtherScript and editConcept', () => {
  it('regenerates the other script from an edited term, and drops generated forms once a script has its own', () => {
    const edited = editConcept(residence, { kind: 'change-term', lang: 'uz-Cyrl', text: 'Кўксарой қароргоҳи', newText: 'Оқсарой қароргоҳи' });
    expect(edited.terms['uz-Latn']).toEqual([term('Oqsaroy qarorgohi', 'uz-Latn', { generated: true })]);
    const own = editConcept(residence, { kind: 'add-term', lang: 'uz-Latn', text: 'Kuksaroy qarorgohi' });
    expect(own.terms['uz-Latn']).toEqual([term('Kuksaroy qarorgohi', 'uz-Latn')]);
    expect(syncOtherScript({ ...residence, terms: { en: residence.terms.en } }).terms['uz-Latn']).toBeUndefined();
    const latinOnly = syncOtherScript({ id: 'x', type: 'person', score: 0, terms: { 'uz-Latn': [term('Shavkat Mirziyoyev', 'uz-Latn')] } });
    expect(latinOnly.terms['uz-Cyrl']).toEqual([term('Шавкат Мирзиёев', 'uz-Cyrl', { generated: true })]);
  });

  it('keeps one preferred term per language and refuses empty or duplicate terms', () => {
    const c = editConcept(residence, { kind: 'add-term', lang: 'en', text: 'Kuksaroy Residence of the President' });
    expect(c.terms.en!.map((t) => t.status)).toEqual(['preferred', 'admitted']);
    const swapped = editConcept(c, { kind: 'change-term', lang: 'en', text: 'Kuksaroy Residence of the President', status: 'preferred' });
    expect(swapped.terms.en!.map((t) => t.status)).toEqual(['admitted', 'preferred']);
    expect(() => editConcept(c, { kind: 'add-term', lang: 'en', text: '  kuksaroy  residence ' })).toThrow(ConceptEditError);
    expect(() => editConcept(c, { kind: 'add-term', lang: 'en', text: '   ' })).toThrow('A term cannot be empty.');
    const single: Concept = { id: 's', type: 'place', score: 0, terms: { en: [term('Tashkent', 'en')] } };
    expect(() => editConcept(single, { kind: 'remove-term', lang: 'en', text: 'Tashkent' })).toThrow(/at least one term/);
  });

  it('approving clears generated and pending marks', () => {
    const approved = approveTerms({ ...residence, terms: { ...residence.terms, ru: [term('Куксарой', 'ru', { pending: true })] } });
    expect(approved.terms['uz-Latn']![0]).toEqual(term('Koʻksaroy qarorgohi', 'uz-Latn'));
    expect(approved.terms.ru![0]).toEqual(term('Куксарой', 'ru'));
  });
});

describe('mergeConcepts and splitConcept', () => {
  const president: Concept = {
    id: 'post:uz',
    type: 'post',
    score: 0.7,
    note: 'Head of state',
    terms: { 'uz-Cyrl': [term('Ўзбекистон президенти', 'uz-Cyrl', { sources: [{ doc: 0, segment: 1, context: 'x' }] })], en: [term('Uzbek President', 'en')] },
  };

  it('merges terms (equal ones once, sources united), keeps the first type and one preferred term', () => {
    const other: Concept = { id: 'o', type: 'other', score: 0.9, terms: { 'uz-Cyrl': [term('ўзбекистон президенти', 'uz-Cyrl', { sources: [{ doc: 0, segment: 4, context: 'y' }] })], en: [term('President of Uzbekistan', 'en')] } };
    const merged = mergeConcepts(president, other);
    expect(merged.type).toBe('post');
    expect(merged.score).toBe(0.9);
    expect(merged.terms['uz-Cyrl']).toHaveLength(1);
    expect(merged.terms['uz-Cyrl']![0]!.sources.map((s) => s.segment)).toEqual([1, 4]);
    expect(merged.terms.en!.map((t) => [t.text, t.status])).toEqual([
      ['Uzbek President', 'preferred'],
      ['President of Uzbekistan', 'admitted'],
    ]);
    expect(merged.terms['uz-Latn']![0]).toMatchObject({ text: 'Oʻzbekiston prezidenti', generated: true });
  });

  it('splits the chosen terms off, each side with a preferred term and its own other script', () => {
    const [rest, moved] = splitConcept(president, [{ lang: 'en', text: 'Uzbek President' }]);
    expect(rest.terms.en).toBeUndefined();
    expect(rest.terms['uz-Latn']).toBeDefined();
    expect(moved.terms).toEqual({ en: [term('Uzbek President', 'en')] });
    expect(() => splitConcept(president, [])).toThrow(/Choose the terms/);
    expect(() => splitConcept(president, [{ lang: 'en', text: 'Uzbek President' }, { lang: 'uz-Cyrl', text: 'Ўзбекистон президенти' }])).toThrow(/at least one term/);
  });
});
