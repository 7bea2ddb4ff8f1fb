import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../../shared/pipeline';
import { segmentText } from '../../../shared/text/segment';
import { SegmentationRuleError, isEmptyRules, sameRules, validateRules, type SegmentationRules } from '../../../shared/text/segmentationRules';
import { SEED_FILES, readSeed, type SeedId } from './seeds';

const texts = (text: string, lang: string, rules?: SegmentationRules): string[] => segmentText(text, lang, rules).map((s) => s.text);

describe('project segmentation rules', () => {
  it('changes nothing when there are no rules, or none for the document language', () => {
    for (const id of Object.keys(SEED_FILES) as SeedId[]) {
      const text = readSeed(id);
      const plain = prepareDocument(text);
      expect(prepareDocument(text, { rules: {} }).segments).toEqual(plain.segments);
      // Rules for a language the document is not in do not apply.
      const other: SegmentationRules = plain.lang === 'ru' ? { en: { abbreviations: ['tashrif'], rules: [{ break: true, before: ',', after: ' ' }] } } : { ru: { abbreviations: ['tashrif'], rules: [{ break: true, before: ',', after: ' ' }] } };
      expect(prepareDocument(text, { rules: other }).segments).toEqual(plain.segments);
    }
  });

  it('keeps a sentence together after a project abbreviation', () => {
    const text = 'Маълумот учун тел. 123-45-67 рақамига қўнғироқ қилинг. Uchrashuv Toshkentda boʻldi.';
    expect(texts(text, 'uz-Cyrl')).toHaveLength(2);
    const line = 'Делегацию возглавил зам. Министра иностранных дел. Переговоры прошли в Ташкенте.';
    expect(texts(line, 'ru')).toEqual(['Делегацию возглавил зам.', 'Министра иностранных дел.', 'Переговоры прошли в Ташкенте.']);
    expect(texts(line, 'ru', { ru: { abbreviations: ['Зам.'], rules: [] } })).toEqual(['Делегацию возглавил зам. Министра иностранных дел.', 'Переговоры прошли в Ташкенте.']);
  });

  it('a no-break rule cancels a built-in break; the first matching rule decides', () => {
    const seed = readSeed('002');
    const plain = texts(seed, 'en');
    const i = plain.indexOf('"Trade turnover since the beginning of the year has reached $4 billion.');
    expect(i).toBeGreaterThan(0);
    const noBreak: SegmentationRules = { en: { abbreviations: [], rules: [{ break: false, before: 'reached \\$4 billion\\.', after: '\\s' }] } };
    const joined = texts(seed, 'en', noBreak);
    expect(joined).toHaveLength(plain.length - 1);
    expect(joined[i]).toBe(`${plain[i]} ${plain[i + 1]}`);
    // A break rule before it for the same place wins.
    const both: SegmentationRules = { en: { abbreviations: [], rules: [{ break: true, before: '\\$4 billion\\.', after: '\\s' }, ...noBreak.en!.rules] } };
    expect(texts(seed, 'en', both)).toEqual(plain);
  });

  it('a break rule splits where the built-in segmenter would not, offsets still point into the text', () => {
    const seed = readSeed('000');
    const rules: SegmentationRules = { 'uz-Cyrl': { abbreviations: [], rules: [{ break: true, before: 'ўсиб бормоқда,', after: '\\s' }] } };
    const plain = segmentText(seed, 'uz-Cyrl');
    const split = segmentText(seed, 'uz-Cyrl', rules);
    expect(split).toHaveLength(plain.length + 1);
    const k = split.findIndex((s) => s.text === 'Юк ташиш ҳажми ўсиб бормоқда,');
    expect(k).toBeGreaterThan(0);
    expect(split[k + 1]!.text).toBe('шаҳарлар орасида ҳафтасига 40 дан ортиқ авиақатновлар амалга оширилмоқда.');
    for (const s of split) expect(seed.slice(s.start, s.start + s.text.length)).toBe(s.text);
    expect(split[k]!.paragraph).toBe(split[k + 1]!.paragraph);
  });

  it('validates: bad patterns name the language and rule; abbreviations are tidied', () => {
    expect(() => validateRules({ ru: { abbreviations: [], rules: [{ break: true, before: '.', after: '\\s' }, { break: false, before: '(unclosed', after: '' }] } })).toThrow(SegmentationRuleError);
    expect(() => validateRules({ ru: { abbreviations: [], rules: [{ break: false, before: 'x', after: '[' }] } })).toThrow(/ru, rule 1: invalid regular expression/);
    expect(validateRules({ en: { abbreviations: [' Approx. ', 'approx', '', 'two words'], rules: [] } })).toEqual({ en: { abbreviations: ['approx'], rules: [] } });
    expect(isEmptyRules(validateRules({ en: { abbreviations: [], rules: [] } }))).toBe(true);
    expect(sameRules({ en: { abbreviations: ['a', 'b'], rules: [] } }, { en: { abbreviations: ['B', 'a'], rules: [] } })).toBe(true);
    expect(sameRules({ en: { abbreviations: ['a'], rules: [] } }, {})).toBe(false);
  });
});
