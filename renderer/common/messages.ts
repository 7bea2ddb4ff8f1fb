import { defineMessages } from '../../shared/i18n/locales';

/** Language names, in the UI language (used wherever a language tag is explained). */
export const languageMessages = defineMessages(
  { 'uz-Cyrl': 'Uzbek (Cyrillic)', 'uz-Latn': 'Uzbek (Latin)', ru: 'Russian', en: 'English' },
  {
    'uz-Latn': { 'uz-Cyrl': 'Oʻzbekcha (kirill)', 'uz-Latn': 'Oʻzbekcha (lotin)', ru: 'Ruscha', en: 'Inglizcha' },
    ru: { 'uz-Cyrl': 'узбекский (кириллица)', 'uz-Latn': 'узбекский (латиница)', ru: 'русский', en: 'английский' },
  },
);
