// Extraction and linking scored against the hand-made gold list of the five seeds (the same
// scorer as bench/glossary.bench.ts). The numbers below are what the engine reaches on the seeds.
import { describe, expect, it } from 'vitest';
import { extractGlossary } from '../../../glossary/extract';
import { scoreGlossary } from '../../../glossary/scoreGlossary';
import { alignDocuments } from '../../../shared/align/alignDocuments';
import { gold, seed } from './seeds';

describe('glossary against the seed gold list', () => {
  it('every gold form occurs in its seed', () => {
    for (const concept of gold.concepts) {
      for (const form of concept.forms) {
        const text = seed(form.seed).segments.map((s) => s.text).join(' ');
        const firstWord = form.text.split(' ')[0]!.slice(0, 5);
        expect(text.toLowerCase(), `${concept.id}: ${form.text}`).toContain(firstWord.toLowerCase());
      }
    }
  });

  it('reaches recall ≥ 0.9 for persons and posts and links them across languages', () => {
    const ids = ['000', '002', '001', '003', '004'];
    const docs = ids.map(seed);
    const concepts = extractGlossary(docs, alignDocuments(docs.slice(0, 2)));
    const score = scoreGlossary(concepts, gold.concepts, ids);
    expect(score.byType.person!.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.byType.post!.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.byType.person!.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.byType.post!.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.byType.organisation!.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.byType.place!.recall).toBe(1);
    expect(score.linkAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(score.wrongLinks).toBe(0);
  });
});
