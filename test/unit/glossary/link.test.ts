// Linking on seeds 000 (uz-Cyrl) and 002 (en), aligned with alignDocuments as the CLI does.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractGlossary } from '../../../glossary/extract';
import type { Concept } from '../../../glossary/model';
import { alignDocuments } from '../../../shared/align/alignDocuments';
import { seed } from './seeds';

let concepts: Concept[] = [];

beforeAll(() => {
  const docs = [seed('000'), seed('002')];
  expect(docs.map((d) => d.lang)).toEqual(['uz-Cyrl', 'en']);
  concepts = extractGlossary(docs, alignDocuments(docs));
});

const texts = (c: Concept | undefined, lang: 'uz-Cyrl' | 'uz-Latn' | 'en') => (c?.terms[lang] ?? []).map((t) => t.text);
const withTerm = (text: string) => concepts.find((c) => Object.values(c.terms).some((ts) => ts?.some((t) => t.text === text)));

describe('extractGlossary on seeds 000 + 002', () => {
  it('links the persons across scripts, with initials as admitted terms', () => {
    const mirziyoyev = withTerm('Шавкат Мирзиёев');
    expect(mirziyoyev?.type).toBe('person');
    expect(texts(mirziyoyev, 'en')).toEqual(['Shavkat Mirziyoyev', 'Sh. Mirziyoyev']);
    expect(mirziyoyev?.terms.en?.map((t) => t.status)).toEqual(['preferred', 'admitted']);
    expect(texts(withTerm('Қасим-Жомарт Тоқаев'), 'en')).toEqual(['Kassym-Jomart Tokayev', 'K.-Zh. Tokayev']);
  });

  it('links the residence and the posts', () => {
    expect(texts(withTerm('Кўксарой қароргоҳи'), 'en')).toEqual(['Kuksaroy residence']);
    expect(texts(withTerm('Ўзбекистон президенти'), 'en')).toEqual(['President of the Republic of Uzbekistan', 'Uzbek President']);
    expect(texts(withTerm('Қозоғистон президенти'), 'en')).toEqual(['President of the Republic of Kazakhstan', 'Kazakh President']);
  });

  it('adds the Latin script as generated terms, and keeps sources and variants', () => {
    const mirziyoyev = withTerm('Шавкат Мирзиёев')!;
    expect(mirziyoyev.terms['uz-Latn']).toEqual([
      { text: 'Shavkat Mirziyoyev', lang: 'uz-Latn', status: 'preferred', variants: [], sources: [], generated: true },
    ]);
    const residence = withTerm('Кўксарой қароргоҳи')!;
    expect(residence.terms['uz-Cyrl']![0]!.variants).toEqual(['Кўксарой қароргоҳида']);
    expect(residence.terms['uz-Cyrl']![0]!.sources[0]).toMatchObject({ doc: 0, context: expect.stringContaining('Кўксарой қароргоҳида') });
  });

  it('ranks linked persons and posts before lone bodies', () => {
    expect(concepts.slice(0, 4).map((c) => c.type).sort()).toEqual(['person', 'person', 'post', 'post']);
    const scores = concepts.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('links by transliteration alone when there are no beads', () => {
    const unaligned = extractGlossary([seed('000'), seed('002')]);
    const mirziyoyev = unaligned.find((c) => c.terms['uz-Cyrl']?.[0]?.text === 'Шавкат Мирзиёев');
    expect(mirziyoyev?.terms.en?.[0]?.text).toBe('Shavkat Mirziyoyev');
  });
});

describe('linkCandidates without beads', () => {
  it('does not link similar but different surnames (Каримов, Kamilov) and keeps posts of different countries apart', () => {
    const concepts = extractGlossary([
      { lang: 'ru', segments: [{ text: 'Встреча с первым президентом Узбекистана Исламом Каримовым прошла в Ташкенте.', kind: 'sentence' }] },
      {
        lang: 'uz-Latn',
        segments: [{ text: "Qirg'iz Respublikasi Tashqi ishlar vaziri va O'zbekiston Respublikasi Tashqi ishlar vaziri Abdulaziz Kamilov uchrashdi.", kind: 'sentence' }],
      },
    ]);
    const karimov = concepts.find((c) => c.terms.ru?.[0]?.text === 'Ислам Каримов');
    expect(karimov?.terms['uz-Latn']).toBeUndefined();
    const ministers = concepts.filter((c) => c.type === 'post' && c.terms['uz-Latn'] !== undefined);
    expect(ministers).toHaveLength(2);
  });
});
