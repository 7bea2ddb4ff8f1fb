/** Messages of the home, documents, export and TMX import features in each UI language, with real counts. */
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../shared/i18n/locales';
import type { ImportTmxResult } from '../../../shared/tmx/importTmx';
import { languageMessages } from '../../../renderer/common/messages';
import { documentsMessages } from '../../../renderer/features/documents/messages';
import { exportMessages } from '../../../renderer/features/export/messages';
import { importSummary, projectNameFromFile } from '../../../renderer/features/tmxImport/importedDocuments';

const result = {
  documents: [
    { tmxLang: 'uz-Cyrl-UZ', lang: 'uz-Cyrl', title: 'uz', originalText: '', segments: [] },
    { tmxLang: 'ru-RU', lang: 'ru', title: 'ru', originalText: '', segments: [] },
  ],
  beads: [{}, {}, {}, {}, {}],
  leftOutLanguages: [],
  skippedUnits: 2,
  dropped: 0,
  warnings: [],
} as unknown as ImportTmxResult;

describe('feature messages', () => {
  it('summarise a TMX import in English (as before) and in Russian and Uzbek', () => {
    expect(importSummary(result, 'talks.tmx')).toBe('Imported 5 aligned rows (uz-Cyrl-UZ, ru-RU) from talks.tmx; 2 empty units skipped.');
    expect(importSummary(result, 'talks.tmx', 'ru')).toBe('Импортировано выровненных строк: 5 (uz-Cyrl-UZ, ru-RU) из talks.tmx; пропущено пустых единиц: 2.');
    expect(importSummary(result, 'talks.tmx', 'uz-Latn')).toBe('talks.tmx dan 5 ta moslashtirilgan qator (uz-Cyrl-UZ, ru-RU) import qilindi; 2 ta boʻsh birlik oʻtkazib yuborildi.');
    expect(projectNameFromFile('.tmx', 'ru')).toBe('Импортированный TMX');
  });

  it('use Russian plural forms for counts', () => {
    const added = documentsMessages.ru.added;
    expect(formatMessage(added, { count: 1 }, 'ru')).toBe('1 документ добавлен.');
    expect(formatMessage(added, { count: 3 }, 'ru')).toBe('3 документа добавлено.');
    expect(formatMessage(added, { count: 5 }, 'ru')).toBe('5 документов добавлено.');
    expect(formatMessage(exportMessages.en.exported, { units: 1, path: 'a.tmx' }, 'en')).toBe('Exported 1 translation unit to a.tmx.');
    expect(formatMessage(exportMessages.ru.exported, { units: 22, path: 'a.tmx' }, 'ru')).toBe('Экспортировано 22 единицы перевода в a.tmx.');
  });

  it('name the known languages in each UI language', () => {
    expect(languageMessages['uz-Latn']['uz-Cyrl']).toBe('Oʻzbekcha (kirill)');
    expect(languageMessages.ru['uz-Latn']).toBe('узбекский (латиница)');
    expect(languageMessages.en.en).toBe('English');
  });
});
