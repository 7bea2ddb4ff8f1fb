import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareWords, countWords } from '../../../shared/compare/wordDiff';
import { uzCyrlToLatn, uzLatnToCyrl } from '../../../shared/text/transliterate';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const seed = (n: string) => readFileSync(fixtures + readdirSync(fixtures).find((f) => f.startsWith(`${n}_`))!, 'utf8');

/** The texts a comparison shows on each side, rebuilt from its parts. */
const sides = (parts: ReturnType<typeof compareWords>['parts']) => ({
  left: parts.map((p) => p.left).join(''),
  right: parts.map((p) => p.right).join(''),
});

describe('compareWords', () => {
  it('tells a light edit from a rewrite (seed 002 against an edited copy and against seed 003)', () => {
    const en = seed('002');
    const edited = en.replace('held a meeting in the capital', 'met in the capital');
    const light = compareWords({ text: en, lang: 'en' }, { text: edited, lang: 'en' });
    const rewrite = compareWords({ text: en, lang: 'en' }, { text: seed('003'), lang: 'en' });
    expect(light.similarity).toBeGreaterThan(0.95);
    expect(light.parts.filter((p) => p.kind === 'removed').map((p) => p.left.trim() || p.right.trim())).toEqual(['held a meeting']);
    expect(light.parts.filter((p) => p.kind === 'added').map((p) => p.left.trim() || p.right.trim())).toEqual(['met']);
    expect(rewrite.similarity).toBeLessThan(0.3);
    expect(rewrite.similarity).toBeGreaterThan(0.05);
    expect(rewrite.leftWords).toBe(countWords(en));
  });

  it('rebuilds both texts exactly from the parts (layout aside)', () => {
    const result = compareWords({ text: seed('002'), lang: 'en' }, { text: seed('003'), lang: 'en' });
    const { left, right } = sides(result.parts);
    const flat = (text: string) => text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
    expect(left).toBe(flat(seed('002')));
    expect(right).toBe(flat(seed('003')));
    expect(result.leftWords).toBe(countWords(seed('002')));
    expect(result.rightWords).toBe(countWords(seed('003')));
  });

  it('compares Uzbek Cyrillic with Uzbek Latin in Latin (seed 000 and its Latin spelling)', () => {
    const cyrl = seed('000');
    const result = compareWords({ text: cyrl, lang: 'uz-Cyrl' }, { text: uzCyrlToLatn(cyrl), lang: 'uz-Latn' });
    expect(result.transliterated).toBe('left');
    expect(result.similarity).toBe(1);
    const untransliterated = compareWords({ text: cyrl, lang: 'ru' }, { text: uzCyrlToLatn(cyrl), lang: 'uz-Latn' });
    expect(untransliterated.similarity).toBeLessThan(0.2);
  });

  it('reads every Uzbek apostrophe as the same letter (seed 004 with ASCII apostrophes against its Cyrillic)', () => {
    const latn = seed('004');
    expect(latn).toContain("O'zbekiston");
    const result = compareWords({ text: latn, lang: 'uz-Latn' }, { text: uzLatnToCyrl(latn), lang: 'uz-Cyrl' });
    expect(result.transliterated).toBe('right');
    expect(result.similarity).toBeGreaterThan(0.95);
    expect(sides(result.parts).right).toContain('Oʻzbekiston');
  });

  it('finds almost nothing in common between two languages (seed 000 uz-Cyrl, seed 002 en)', () => {
    const result = compareWords({ text: seed('000'), lang: 'uz-Cyrl' }, { text: seed('002'), lang: 'en' });
    expect(result.transliterated).toBeNull();
    expect(result.similarity).toBeLessThan(0.05);
    // Cyrillic words are whole tokens, not letters.
    expect(result.leftWords).toBe(countWords(seed('000')));
  });

  it('says two empty texts are the same', () => {
    expect(compareWords({ text: '', lang: 'en' }, { text: ' \n', lang: 'en' }).similarity).toBe(1);
  });
});
