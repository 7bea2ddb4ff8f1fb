import { useCallback } from 'react';
import { KNOWN_LANGS, type LangTag } from '../../shared/model';
import { useT } from '../i18n/useT';
import { languageMessages } from './messages';

type NamedLang = keyof (typeof languageMessages)['en'];

const isNamed = (tag: string): tag is NamedLang => tag in languageMessages.en;

/** A function naming a language tag in the UI language, e.g. "Uzbek (Cyrillic)"; unknown tags are shown as given. */
export function useLanguageName(): (tag: LangTag) => string {
  const t = useT(languageMessages);
  return useCallback((tag: LangTag) => (isNamed(tag) ? t(tag) : tag), [t]);
}

export const LANGUAGE_CHOICES: readonly LangTag[] = KNOWN_LANGS;
