import { describe, expect, it } from 'vitest';
import { classifyBoilerplate, type BoilerplateContext } from '../../../shared/text/boilerplate';
import { readGold, readSeed, RUSSIAN_CAPTION } from './seeds';

const ctx = (paragraphText: string, docLang: string, extra: Partial<BoilerplateContext> = {}): BoilerplateContext => ({
  paragraphText,
  paragraphIndex: 1,
  docLang,
  ...extra,
});
const alone = (text: string, docLang: string): string | undefined => classifyBoilerplate(text, ctx(text, docLang));

describe('classifyBoilerplate', () => {
  it('recognises the boilerplate lines of the seeds', () => {
    expect(alone('date 2025-11-15', 'uz-Cyrl')).toBe('metadata');
    expect(alone('11:10 15.11.2025 (янгиланди: 12:05 15.11.2025)', 'uz-Cyrl')).toBe('timestamp');
    expect(alone(RUSSIAN_CAPTION, 'uz-Cyrl')).toBe('caption');
    expect(alone('© telegram sputnikuzbekistan/', 'uz-Cyrl')).toBe('copyright');
    expect(alone('ТОШКЕНТ, 15 ноя — Sputnik.', 'uz-Cyrl')).toBe('dateline');
    expect(alone('–0–', 'en')).toBe('end-mark');
    expect(alone('Source: People\'s Republic of China – State Council News', 'en')).toBe('source');
    expect(alone('An important disclaimer is at the bottom of this article.', 'en')).toBe('disclaimer');
    expect(alone('Все новости', 'ru')).toBe('navigation');
    expect(alone('show all useful links', 'en')).toBe('navigation');
  });

  it('takes every sentence of a "Please note:" paragraph as disclaimer', () => {
    const paragraph = readSeed('002').split('\n').find((l) => l.startsWith('Please note'))!;
    const second = paragraph.slice(paragraph.indexOf('It represents'));
    expect(classifyBoilerplate(second, ctx(paragraph, 'en'))).toBe('disclaimer');
  });

  it('takes a short agency line as the source only when it stands alone', () => {
    expect(classifyBoilerplate('UzA', ctx('UzA', 'en', { paragraphIndex: 27, paragraphCount: 28 }))).toBe('source');
    expect(classifyBoilerplate('***Manba***', ctx('***Manba***', 'uz-Latn'))).toBe('source');
  });

  it('finds the menus of seed 003', () => {
    const lines = readSeed('003').split('\n').slice(0, 7).filter((l) => l.trim() && !l.startsWith('Talks'));
    expect(lines).toHaveLength(4);
    for (const l of lines) expect(alone(l.trim(), 'en'), l).toBe('navigation');
  });

  it('leaves every real article sentence of the gold alone', () => {
    const gold = readGold();
    const srcArticle = gold.src.sentences.filter((_, i) => ![1, 2, 3, 5].includes(i));
    for (const s of srcArticle) expect(alone(s, 'uz-Cyrl'), s).toBeUndefined();
    const tgtArticle = gold.tgt.sentences.slice(4, 17);
    for (const s of tgtArticle) expect(alone(s, 'en'), s).toBeUndefined();
  });

  it('leaves the article lines of seeds 001, 003 and 004 alone', () => {
    const check = (text: string, lang: string, from: number, to: number): void => {
      const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
      for (const l of lines.slice(from, to)) {
        for (const s of l.split(/(?<=[.!?])\s+(?=[A-ZА-ЯЁ«"“])/u)) expect(classifyBoilerplate(s, ctx(l, lang)), s).toBeUndefined();
      }
    };
    check(readSeed('001'), 'ru', 0, 16);
    check(readSeed('003'), 'en', 5, 27);
    check(readSeed('004'), 'uz-Latn', 0, 8);
  });

  it('does not take a dateline that opens a real sentence for a bare dateline', () => {
    const first = readGold().tgt.sentences[4]!;
    expect(first.startsWith('Tashkent, November 15 (Xinhua) —')).toBe(true);
    expect(alone(first, 'en')).toBeUndefined();
    expect(alone('Tashkent, November 15 (Xinhua) —', 'en')).toBe('dateline');
  });

  it('does not take a same-language paragraph with little evidence for a caption', () => {
    expect(alone('Ушбу лойиҳаларни амалга ошириш таклиф этилди.', 'uz-Cyrl')).toBeUndefined();
    expect(alone('Тошкентда музокаралар бўлди.', 'uz-Cyrl')).toBeUndefined();
  });
});
