/**
 * The UI languages and a small message formatter, shared by the renderer and the main process
 * (menus). Pure: no DOM, no Node.
 */

export const UI_LOCALES = ['en', 'uz-Latn', 'ru'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/** Each language named in itself, for the language switch. */
export const UI_LOCALE_NAMES: Record<UiLocale, string> = { en: 'English', 'uz-Latn': 'Oʻzbekcha', ru: 'Русский' };

export const DEFAULT_UI_LOCALE: UiLocale = 'en';

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && (UI_LOCALES as readonly string[]).includes(value);
}

/** The first UI language matching the user's preferred languages (BCP-47 tags such as "ru-RU", "uz"). */
export function pickUiLocale(preferred: readonly string[]): UiLocale {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('ru')) return 'ru';
    // Plain "uz" and "uz-UZ" are Latin in today's Uzbekistan; "uz-Cyrl" users read Latin too, better than English.
    if (lower === 'uz' || lower.startsWith('uz-')) return 'uz-Latn';
    if (lower.startsWith('en')) return 'en';
  }
  return DEFAULT_UI_LOCALE;
}

/** A feature's messages in every UI language; the same keys in each (checked by the type). */
export type Messages<K extends string> = Record<UiLocale, Record<K, string>>;

/**
 * Declares a message catalog: English first (it fixes the keys), then the same keys in Uzbek
 * (Latin) and Russian. Messages may hold `{name}` placeholders,
 * `{count, plural, one {# row} few {# строки} many {# строк} other {# rows}}` (CLDR categories),
 * `{length, number}` (a number with the locale's digit groups: 200,000,000 / 200 000 000) and
 * `{size, megabytes}` (a byte count in megabytes: 60.0 MB / 60,0 МБ).
 */
export function defineMessages<const K extends string>(
  en: Record<K, string>,
  translations: { 'uz-Latn': Record<NoInfer<K>, string>; ru: Record<NoInfer<K>, string> },
): Messages<K> {
  return { en, 'uz-Latn': translations['uz-Latn'], ru: translations.ru };
}

export type MessageParams = Record<string, string | number>;

/** Fills a message's placeholders; an unknown placeholder is left as written, so it shows in review. */
export function formatMessage(template: string, params: MessageParams = {}, locale: UiLocale = DEFAULT_UI_LOCALE): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    const close = matchingBrace(template, open);
    if (close < 0) break;
    out += template.slice(i, open);
    out += formatPlaceholder(template.slice(open + 1, close), params, locale) ?? template.slice(open, close + 1);
    i = close + 1;
  }
  return out + template.slice(i);
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

const pluralRules = new Map<UiLocale, Intl.PluralRules>();

function formatPlaceholder(body: string, params: MessageParams, locale: UiLocale): string | undefined {
  const parts = body.split(',');
  const name = parts[0]!.trim();
  const value = params[name];
  if (value === undefined) return undefined;
  const style = parts[1]?.trim();
  if (parts.length === 2 && typeof value === 'number') {
    if (style === 'megabytes') return formatMegabytes(value, locale);
    if (style === 'number') return new Intl.NumberFormat(locale).format(value);
  }
  if (parts.length < 3 || style !== 'plural') return String(value);
  const options = parsePluralOptions(parts.slice(2).join(','));
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const count = Number(value);
  const chosen = options.get(`=${count}`) ?? options.get(rules.select(count)) ?? options.get('other');
  return chosen === undefined ? undefined : chosen.replaceAll('#', String(value));
}

function parsePluralOptions(text: string): Map<string, string> {
  const options = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const close = matchingBrace(text, open);
    if (close < 0) break;
    options.set(text.slice(i, open).trim(), text.slice(open + 1, close));
    i = close + 1;
  }
  return options;
}

const MEGABYTE_UNIT: Record<UiLocale, string> = { en: 'MB', 'uz-Latn': 'MB', ru: 'МБ' };

/**
 * `bytes` in megabytes with one decimal, in `locale`'s digits: "60.0 MB", "60,0 MB", "60,0 МБ".
 * No digit groups, so the English text stays what `toFixed(1)` wrote ("2048.0 MB").
 */
export function formatMegabytes(bytes: number, locale: UiLocale = DEFAULT_UI_LOCALE): string {
  const number = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
  return `${number.format(bytes / (1024 * 1024))} ${MEGABYTE_UNIT[locale]}`;
}
