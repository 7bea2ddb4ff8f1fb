/**
 * Language tags in TMX: canonical BCP-47 casing, the region-coded variants some CAT tools want,
 * and mapping the tags other tools write (EN-US, uz-UZ, RU) back to the languages Qiyos knows.
 */
import { isKnownLang, type KnownLang, type LangTag } from '../model';

/** The region each known language is written with when region codes are asked for. */
export const REGION_TAGS: Record<KnownLang, string> = {
  'uz-Cyrl': 'uz-Cyrl-UZ',
  'uz-Latn': 'uz-Latn-UZ',
  ru: 'ru-RU',
  en: 'en-US',
};

/** `tag` with a region for the known languages (uz-Cyrl → uz-Cyrl-UZ); other tags unchanged. */
export function withRegion(tag: LangTag): LangTag {
  return isKnownLang(tag) ? REGION_TAGS[tag] : tag;
}

/**
 * BCP-47 canonical casing: language lower case, script title case, region upper case
 * (EN-us → en-US, UZ-CYRL → uz-Cyrl); `_` separators become `-`. Other subtags are lower-cased.
 */
export function canonicalLangTag(tag: string): string {
  const parts = tag.trim().replace(/_/g, '-').split('-').filter((p) => p !== '');
  return parts
    .map((part, i) => {
      if (i === 0) return part.toLowerCase();
      if (/^[A-Za-z]{4}$/.test(part)) return part[0]!.toUpperCase() + part.slice(1).toLowerCase();
      if (/^[A-Za-z]{2}$/.test(part) || /^[0-9]{3}$/.test(part)) return part.toUpperCase();
      return part.toLowerCase();
    })
    .join('-');
}

/**
 * The known language a TMX tag stands for, or undefined. Uzbek without a script subtag is
 * decided from `sample` (mostly Cyrillic letters → uz-Cyrl, else uz-Latn).
 */
export function knownLangOf(tag: string, sample = ''): KnownLang | undefined {
  const parts = canonicalLangTag(tag).split('-');
  const language = parts[0];
  const script = parts.find((p, i) => i > 0 && p.length === 4);
  if (language === 'en') return 'en';
  if (language === 'ru') return 'ru';
  if (language === 'uz') {
    if (script === 'Cyrl') return 'uz-Cyrl';
    if (script === 'Latn') return 'uz-Latn';
    if (script !== undefined) return undefined;
    const cyrillic = (sample.match(/[\u0400-\u04FF]/g) ?? []).length;
    const latin = (sample.match(/[A-Za-z]/g) ?? []).length;
    return cyrillic > latin ? 'uz-Cyrl' : 'uz-Latn';
  }
  return undefined;
}
