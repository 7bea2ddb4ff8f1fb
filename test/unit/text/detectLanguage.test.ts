import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../shared/text/detectLanguage';
import { readGold, readSeed, RUSSIAN_CAPTION, SEED_FILES, SEED_LANGS, type SeedId } from './seeds';

describe('detectLanguage', () => {
  it.each(Object.keys(SEED_FILES) as SeedId[])('detects seed %s', (id) => {
    const d = detectLanguage(readSeed(id));
    expect(d.lang).toBe(SEED_LANGS[id]);
    expect(d.confidence).toBeGreaterThan(0.8);
    expect(d.confidence).toBeLessThanOrEqual(1);
  });

  it('detects the Russian caption inside the Uzbek seed 000 on its own', () => {
    const d = detectLanguage(RUSSIAN_CAPTION);
    expect(d.lang).toBe('ru');
    expect(d.confidence).toBeGreaterThanOrEqual(0.75);
  });

  it('detects the single sentences of the gold segmentation', () => {
    const gold = readGold();
    // Lines of a few words (timestamp, dateline) carry too little evidence to judge.
    const wordCount = (s: string): number => s.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length;
    const uz = gold.src.sentences.filter((s) => s !== RUSSIAN_CAPTION && /[\u0400-\u04FF]/u.test(s) && wordCount(s) >= 5);
    expect(uz.length).toBeGreaterThan(12);
    const uzHits = uz.filter((s) => detectLanguage(s).lang === 'uz-Cyrl').length;
    expect(uzHits).toBe(uz.length);
    const en = gold.tgt.sentences.filter((s) => s.split(' ').length > 3);
    expect(en.filter((s) => detectLanguage(s).lang === 'en')).toHaveLength(en.length);
  });

  it('tells Uzbek Latin from English sentence by sentence in seed 004', () => {
    const lines = readSeed('004').split('\n').filter((l) => l.split(' ').length > 5);
    expect(lines.length).toBeGreaterThan(5);
    for (const l of lines) expect(detectLanguage(l).lang, l).toBe('uz-Latn');
  });

  it('is unsure of text without letters or evidence', () => {
    expect(detectLanguage('12:05 15.11.2025').confidence).toBe(0);
    expect(detectLanguage('UzA').confidence).toBeLessThan(0.6);
  });
});
