import { defineMessages } from '../../../../shared/i18n/locales';

/** Words for documents opened from outside the app (command line, "Open with"). */
export const openedDocumentsMessages = defineMessages(
  {
    newProject: '{count, plural, one {No project was open, so the document goes into a new project.} other {No project was open, so the # documents go into a new project.}}',
    failed: 'Could not open the documents: {error}',
  },
  {
    'uz-Latn': {
      newProject: '{count, plural, other {Hech qanday loyiha ochiq emas edi, shuning uchun hujjatlar ({count}) yangi loyihaga qoʻshiladi.}}',
      failed: 'Hujjatlarni ochib boʻlmadi: {error}',
    },
    ru: {
      newProject:
        '{count, plural, one {Ни один проект не был открыт, поэтому документ добавлен в новый проект.} few {Ни один проект не был открыт, поэтому # документа добавлены в новый проект.} many {Ни один проект не был открыт, поэтому # документов добавлены в новый проект.} other {Ни один проект не был открыт, поэтому # документа добавлены в новый проект.}}',
      failed: 'Не удалось открыть документы: {error}',
    },
  },
);
