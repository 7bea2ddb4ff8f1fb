import { describe, expect, it } from 'vitest';
import { numberTokens } from '../../../shared/align/numbers';

const shared = (a: string[], b: string[]) => a.filter((t) => b.includes(t));

describe('numberTokens', () => {
  it('reads "6,5 мингта" (Uzbek decimal comma + thousand) and "6,500" (English thousands) as one quantity', () => {
    const uz = numberTokens('Сўнгги йилларда 6,5 мингта қўшма корхона ташкил этилди', 'uz-Cyrl');
    const en = numberTokens('"6,500 joint ventures have been established', 'en');
    expect(uz).toEqual(['n:6500']);
    expect(shared(uz, en)).toEqual(['n:6500']);
  });

  it('applies multiplier words across languages: миллиард / billion / млрд', () => {
    const uz = numberTokens('товар айирбошлаш 4 миллиард долларга етди.', 'uz-Cyrl');
    const en = numberTokens('has reached $4 billion.', 'en');
    const ru = numberTokens('достиг 4 млрд долларов', 'ru');
    expect(uz).toEqual(['n:4000000000']);
    expect(en).toEqual(uz);
    expect(ru).toEqual(uz);
  });

  it('keeps different quantities apart', () => {
    expect(numberTokens('10 миллиард долларга', 'uz-Cyrl')).not.toEqual(numberTokens('$8 billion', 'en'));
  });

  it('turns full dates, day-month phrases and times into date and time tokens', () => {
    expect(numberTokens('11:10 15.11.2025 (янгиланди: 12:05 15.11.2025)', 'uz-Cyrl')).toEqual([
      't:11:10',
      'd:15.11',
      'y:2025',
      't:12:05',
      'd:15.11',
      'y:2025',
    ]);
    expect(numberTokens('Tashkent, November 15 (Xinhua)', 'en')).toEqual(['d:15.11']);
    expect(numberTokens('ТОШКЕНТ, 15 ноя — Sputnik.', 'uz-Cyrl')).toEqual(['d:15.11']);
    expect(numberTokens('23 марта в Астане', 'ru')).toEqual(['d:23.3']);
  });

  it('does not take ordinary words for months or multipliers', () => {
    expect(numberTokens('more than 40 flights per week', 'en')).toEqual(['n:40']);
    expect(numberTokens('in 2026', 'en')).toEqual(['n:2026']);
  });

  it('reads Russian space-separated thousands and decimal commas', () => {
    expect(numberTokens('более 10 000 человек', 'ru')).toEqual(['n:10000']);
    expect(numberTokens('почти 3,8 тысячи человек', 'ru')).toEqual(['n:3800']);
    expect(numberTokens('$352,5 тысяч', 'ru')).toEqual(['n:352500']);
  });
});
