import { describe, expect, it } from 'vitest';
import { defineMessages, formatMegabytes, formatMessage, pickUiLocale } from '../../../shared/i18n/locales';

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

describe('sizes and large numbers', () => {
  const MB = 1024 * 1024;

  it('writes a byte count in megabytes with the locale’s decimal sign and unit', () => {
    const template = 'too large ({size, megabytes}; limit {limit, megabytes})';
    expect(formatMessage(template, { size: 60 * MB, limit: 50 * MB }, 'en')).toBe('too large (60.0 MB; limit 50.0 MB)');
    expect(formatMessage(template, { size: 60 * MB, limit: 50 * MB }, 'ru')).toBe('too large (60,0 МБ; limit 50,0 МБ)');
    expect(formatMessage(template, { size: 60 * MB, limit: 50 * MB }, 'uz-Latn')).toBe('too large (60,0 MB; limit 50,0 MB)');
  });

  it('keeps English megabytes exactly as toFixed(1) wrote them (the CLI and logs rely on it)', () => {
    for (const bytes of [0, 1, 52_428, 52_429, 262_144, 50 * MB, 50 * MB + 1, 60 * MB - 1, 130 * MB, 2048 * MB + 52_429, 3.3e9]) {
      expect(formatMegabytes(bytes, 'en')).toBe(`${(bytes / MB).toFixed(1)} MB`);
    }
    expect(formatMegabytes(2048 * MB, 'ru')).toBe('2048,0 МБ');
  });

  it('groups the digits of {n, number} per locale', () => {
    expect(formatMessage('{n, number} characters', { n: 200_000_001 }, 'en')).toBe('200,000,001 characters');
    expect(formatMessage('{n, number} символов', { n: 200_000_001 }, 'ru')).toBe('200\u00a0000\u00a0001 символов');
    expect(formatMessage('{n, number} ta belgi', { n: 200_000_001 }, 'uz-Latn')).toBe('200\u00a0000\u00a0001 ta belgi');
  });

  it('shows a text value as written (a message from an older version)', () => {
    expect(formatMessage('({size, megabytes})', { size: '60.0 MB' }, 'ru')).toBe('(60.0 MB)');
    expect(formatMessage('({n, number})', { n: '1,000' }, 'ru')).toBe('(1,000)');
  });
});

describe('defineMessages', () => {
  it('keeps every language', () => {
    const m = defineMessages({ save: 'Save' }, { 'uz-Latn': { save: 'Saqlash' }, ru: { save: 'Сохранить' } });
    expect(m.ru.save).toBe('Сохранить');
    expect(m['uz-Latn'].save).toBe('Saqlash');
  });
});
