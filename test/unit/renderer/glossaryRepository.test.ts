// The glossary in IndexedDB (fake-indexeddb): extraction results merged with review work on seeds 000 + 002.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allTerms, termKey } from '../../../glossary/conceptOps';
import { extractGlossary } from '../../../glossary/extract';
import { readGlossaryFile } from '../../../glossary/importGlossary';
import type { Concept } from '../../../glossary/model';
import { alignDocuments } from '../../../shared/align/alignDocuments';
import { openNamedDatabase } from '../../../renderer/db/database';
import { createGlossaryRepository, type GlossaryRepository } from '../../../renderer/db/glossaryRepository';
import { createRepository, type Repository } from '../../../renderer/db/repository';
import type { QiyosDatabase } from '../../../renderer/db/schema';
import type { GlossaryConceptRecord, Stored } from '../../../renderer/db/types';
import { seed } from '../glossary/seeds';

let db: QiyosDatabase;
let repo: Repository;
let glossary: GlossaryRepository;
let counter = 0;

beforeEach(async () => {
  db = openNamedDatabase(`qiyos-glossary-test-${++counter}`);
  repo = createRepository(() => db);
  glossary = createGlossaryRepository(() => db);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

/** A project with seeds 000 (uz-Cyrl) and 002 (en) aligned as the app does. */
async function alignedProject(): Promise<number> {
  const projectId = await repo.createProject('Summit');
  const docs = [seed('000'), seed('002')];
  const ids: number[] = [];
  for (const doc of docs) {
    ids.push(
      await repo.addDocument(projectId, {
        title: doc.lang,
        fileName: '',
        originalText: doc.segments.map((s) => s.text).join('\n'),
        lang: doc.lang,
        detectedLang: doc.lang,
        segments: doc.segments.map((s) => ({ text: s.text, kind: s.kind, start: -1 })),
      }),
    );
  }
  await repo.saveAlignment(projectId, ids, alignDocuments(docs));
  return projectId;
}

async function extractInto(projectId: number) {
  const input = await glossary.loadExtractionInput(projectId);
  return glossary.saveExtraction(projectId, extractGlossary(input.documents, input.beads));
}

const texts = (r: { concept: Concept } | undefined) => (r ? allTerms(r.concept).map((t) => t.text) : []);
const withTerm = (records: Stored<GlossaryConceptRecord>[], text: string) => records.find((r) => texts(r).includes(text));

describe('saving extractions', () => {
  it('stores the candidates of an aligned project, best first, with keys', async () => {
    const projectId = await alignedProject();
    const input = await glossary.loadExtractionInput(projectId);
    expect(input.documents.map((d) => d.lang)).toEqual(['uz-Cyrl', 'en']);
    expect(input.beads.length).toBeGreaterThan(10);
    const outcome = await extractInto(projectId);
    expect(outcome).toMatchObject({ updated: 0, skipped: 0 });
    const records = await glossary.list(projectId);
    expect(records.length).toBe(outcome.added);
    expect(records.every((r) => r.status === 'candidate')).toBe(true);
    const mirziyoyev = withTerm(records, 'Шавкат Мирзиёев')!;
    expect(mirziyoyev.key).toBe('person:en|sh. mirziyoyev||en|shavkat mirziyoyev||uz-Cyrl|шавкат мирзиёев');
    expect(mirziyoyev.concept.terms['uz-Latn']![0]).toMatchObject({ text: 'Shavkat Mirziyoyev', generated: true });
  });

  it('keeps approvals and rejections across a new extraction, replaces plain candidates, keeps times', async () => {
    const projectId = await alignedProject();
    await extractInto(projectId);
    let records = await glossary.list(projectId);
    const mirziyoyev = withTerm(records, 'Шавкат Мирзиёев')!;
    const commission = withTerm(records, 'Ҳукуматлараро комиссия')!;
    await glossary.approve(mirziyoyev.id);
    await glossary.reject(commission.id);
    const approved = (await db.glossaryConcepts.get(mirziyoyev.id))!;
    expect(approved.concept.terms['uz-Latn']![0]!.generated).toBeUndefined();
    const candidateIds = records.filter((r) => r.id !== mirziyoyev.id && r.id !== commission.id).map((r) => r.id);

    const outcome = await extractInto(projectId);
    expect(outcome.added).toBe(0);
    expect(outcome.skipped).toBe(1);
    records = await glossary.list(projectId);
    expect(records.length).toBe(candidateIds.length + 2);
    expect(records.find((r) => r.id === commission.id)?.status).toBe('rejected');
    expect(records.filter((r) => texts(r).includes('Ҳукуматлараро комиссия'))).toHaveLength(1);
    const again = records.find((r) => r.id === mirziyoyev.id)!;
    expect(again.status).toBe('approved');
    expect(again.createdAt).toBe(mirziyoyev.createdAt);
    expect(texts(again)).toEqual(texts({ concept: approved.concept }));
    // Plain candidates keep their ids (matched by key) and creation time.
    expect(records.filter((r) => r.status === 'candidate').map((r) => r.id).sort()).toEqual(candidateIds.sort());
  });

  it('adds new terms to an approved entry as pending, and does not bring back a removed term', async () => {
    const projectId = await alignedProject();
    await extractInto(projectId);
    const mirziyoyev = withTerm(await glossary.list(projectId), 'Шавкат Мирзиёев')!;
    await glossary.edit(mirziyoyev.id, { kind: 'remove-term', lang: 'en', text: 'Sh. Mirziyoyev' });
    await glossary.approve(mirziyoyev.id);
    // A new document in Russian names him too.
    const ru: Concept = {
      id: 'x',
      type: 'person',
      score: 0.9,
      terms: {
        en: [{ text: 'Sh. Mirziyoyev', lang: 'en', status: 'admitted', variants: ['Sh. Mirziyoyev'], sources: [] }],
        ru: [{ text: 'Шавкат Мирзиёев', lang: 'ru', status: 'preferred', variants: ['Шавката Мирзиёева'], sources: [{ doc: 2, segment: 0, context: 'Шавката Мирзиёева' }] }],
        'uz-Cyrl': [{ text: 'Шавкат Мирзиёев', lang: 'uz-Cyrl', status: 'preferred', variants: [], sources: [] }],
      },
    };
    await glossary.saveExtraction(projectId, [ru]);
    const after = (await db.glossaryConcepts.get(mirziyoyev.id))!;
    expect(after.status).toBe('approved');
    expect(after.concept.terms.ru).toEqual([expect.objectContaining({ text: 'Шавкат Мирзиёев', pending: true, status: 'preferred' })]);
    expect(texts(after)).not.toContain('Sh. Mirziyoyev');
    expect(after.removedTerms).toEqual([termKey('en', 'Sh. Mirziyoyev')]);
    await glossary.approve(mirziyoyev.id);
    expect((await db.glossaryConcepts.get(mirziyoyev.id))!.concept.terms.ru![0]!.pending).toBeUndefined();
  });
});

describe('review operations', () => {
  it('edits terms with the other Uzbek script following, merges and splits in transactions', async () => {
    const projectId = await alignedProject();
    await extractInto(projectId);
    let records = await glossary.list(projectId);
    const residence = withTerm(records, 'Кўксарой қароргоҳи')!;
    await glossary.edit(residence.id, { kind: 'change-term', lang: 'uz-Cyrl', text: 'Кўксарой қароргоҳи', newText: 'Кўксарой қароргоҳи (Тошкент)' });
    let stored = (await db.glossaryConcepts.get(residence.id))!;
    expect(stored.concept.terms['uz-Latn']).toEqual([expect.objectContaining({ text: 'Koʻksaroy qarorgohi (Toshkent)', generated: true })]);
    expect(stored.edited).toBe(true);
    expect(stored.updatedAt).toBeGreaterThanOrEqual(stored.createdAt);

    const uzPresident = withTerm(records, 'Ўзбекистон президенти')!;
    const mirziyoyev = withTerm(records, 'Шавкат Мирзиёев')!;
    await glossary.merge(mirziyoyev.id, uzPresident.id);
    records = await glossary.list(projectId);
    expect(records.find((r) => r.id === uzPresident.id)).toBeUndefined();
    const merged = records.find((r) => r.id === mirziyoyev.id)!;
    expect(texts(merged)).toEqual(expect.arrayContaining(['Шавкат Мирзиёев', 'Ўзбекистон президенти', 'Uzbek President']));
    expect(merged.concept.terms['uz-Cyrl']!.filter((t) => t.status === 'preferred')).toHaveLength(1);

    const newId = await glossary.split(mirziyoyev.id, [
      { lang: 'uz-Cyrl', text: 'Ўзбекистон президенти' },
      { lang: 'en', text: 'President of the Republic of Uzbekistan' },
      { lang: 'en', text: 'Uzbek President' },
    ]);
    const split = (await db.glossaryConcepts.get(newId))!;
    expect(texts(split)).toEqual(['Ўзбекистон президенти', 'Oʻzbekiston prezidenti', 'President of the Republic of Uzbekistan', 'Uzbek President']);
    expect(texts((await db.glossaryConcepts.get(mirziyoyev.id))!)).toEqual(['Шавкат Мирзиёев', 'Shavkat Mirziyoyev', 'Shavkat Mirziyoyev', 'Sh. Mirziyoyev']);

    // A new extraction neither duplicates the split nor re-merges it.
    await extractInto(projectId);
    records = await glossary.list(projectId);
    expect(records.filter((r) => texts(r).includes('Uzbek President'))).toHaveLength(1);
    expect(texts(records.find((r) => r.id === mirziyoyev.id))).not.toContain('Uzbek President');
    stored = (await db.glossaryConcepts.get(residence.id))!;
    expect(texts(stored)).toContain('Кўксарой қароргоҳи (Тошкент)');
    expect(texts(stored)).not.toContain('Кўксарой қароргоҳи');
  });

  it('refuses to merge a rejected entry and changes nothing', async () => {
    const projectId = await alignedProject();
    await extractInto(projectId);
    const [a, b] = await glossary.list(projectId);
    await glossary.reject(b!.id);
    const before = await db.glossaryConcepts.toArray();
    await expect(glossary.merge(a!.id, b!.id)).rejects.toThrow(/rejected/);
    expect(await db.glossaryConcepts.toArray()).toEqual(before);
    await glossary.unreject(b!.id);
    expect((await db.glossaryConcepts.get(b!.id))!.status).toBe('candidate');
  });

  it('gives the aligner every approved term and script as anchors', async () => {
    const projectId = await alignedProject();
    await extractInto(projectId);
    const mirziyoyev = withTerm(await glossary.list(projectId), 'Шавкат Мирзиёев')!;
    expect(await glossary.termAnchors(projectId)).toEqual([]);
    await glossary.approve(mirziyoyev.id);
    expect(await glossary.termAnchors(projectId)).toEqual([{ terms: ['Шавкат Мирзиёев', 'Shavkat Mirziyoyev', 'Sh. Mirziyoyev'] }]);
    expect((await glossary.approvedConcepts(projectId)).map((c) => c.id)).toEqual([String(mirziyoyev.id)]);
  });
});

describe('import', () => {
  const enc = (text: string) => new TextEncoder().encode(text);

  it('stores imported entries as approved, merging into an entry that shares a term', async () => {
    const projectId = await alignedProject();
    await extractInto(projectId);
    const concepts = readGlossaryFile('names.csv', enc('type,uz-Cyrl,ru,en\r\nperson,Шавкат Мирзиёев,Шавкат Мирзиёев,\r\norganisation,,Сенат,Senate\r\n'));
    expect(await glossary.importConcepts(projectId, concepts)).toEqual({ added: 1, merged: 1 });
    const records = await glossary.list(projectId);
    const mirziyoyev = withTerm(records, 'Шавкат Мирзиёев')!;
    expect(mirziyoyev.status).toBe('approved');
    expect(mirziyoyev.concept.terms.ru?.map((t) => t.text)).toEqual(['Шавкат Мирзиёев']);
    expect(withTerm(records, 'Senate')?.status).toBe('approved');
  });

  it('stores nothing when the file is bad (the error names the line)', async () => {
    const projectId = await alignedProject();
    await extractInto(projectId);
    const before = await db.glossaryConcepts.toArray();
    expect(() => readGlossaryFile('bad.csv', enc('uz-Cyrl,en\nТошкент,Tashkent\nСамарқанд,Samarkand,extra\n'))).toThrow('Line 3: The row has 3 columns but the header has 2.');
    expect(await db.glossaryConcepts.toArray()).toEqual(before);
  });
});
