import { KNOWN_LANGS, type LangTag } from '../../shared/model';

const NAMES: Record<string, string> = {
  'uz-Cyrl': 'Uzbek (Cyrillic)',
  'uz-Latn': 'Uzbek (Latin)',
  ru: 'Russian',
  en: 'English',
};

/** A human name for a language tag, e.g. "Uzbek (Cyrillic)"; unknown tags are shown as given. */
export function languageName(tag: LangTag): string {
  return NAMES[tag] ?? tag;
}

export const LANGUAGE_CHOICES: readonly LangTag[] = KNOWN_LANGS;
