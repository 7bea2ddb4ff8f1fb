import { describe, expect, it } from 'vitest';
import { defineMessages, formatMessage, pickUiLocale } from '../../../shared/i18n/locales';

describe('pickUiLocale', () => {
  it('follows the first preferred language it knows', () => {
    expect(pickUiLocale(['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(pickUiLocale(['uz-UZ'])).toBe('uz-Latn');
    expect(pickUiLocale(['uz-Cyrl-UZ'])).toBe('uz-Latn');
    expect(pickUiLocale(['en-GB', 'ru'])).toBe('en');
    expect(pickUiLocale(['fr'])).toBe('en');
  });
});

describe('formatMessage', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('Project {name} has {n} documents', { name: 'Toshkent', n: 3 })).toBe('Project Toshkent has 3 documents');
    expect(formatMessage('Missing {what}', {})).toBe('Missing {what}');
  });

  it('chooses Russian plural forms by CLDR category', () => {
    const rows = '{count, plural, one {# строка} few {# строки} many {# строк} other {# строки}}';
    expect(formatMessage(rows, { count: 1 }, 'ru')).toBe('1 строка');
    expect(formatMessage(rows, { count: 3 }, 'ru')).toBe('3 строки');
    expect(formatMessage(rows, { count: 11 }, 'ru')).toBe('11 строк');
    expect(formatMessage(rows, { count: 21 }, 'ru')).toBe('21 строка');
  });

  it('supports exact matches and English one/other', () => {
    const beads = '{count, plural, =0 {no rows} one {# row} other {# rows}}';
    expect(formatMessage(beads, { count: 0 }, 'en')).toBe('no rows');
    expect(formatMessage(beads, { count: 1 }, 'en')).toBe('1 row');
    expect(formatMessage(beads, { count: 5_000 }, 'en')).toBe('5000 rows');
  });
});

describe('defineMessages', () => {
  it('keeps every language', () => {
    const m = defineMessages({ save: 'Save' }, { 'uz-Latn': { save: 'Saqlash' }, ru: { save: 'Сохранить' } });
    expect(m.ru.save).toBe('Сохранить');
    expect(m['uz-Latn'].save).toBe('Saqlash');
  });
});
