import type { UiLocale } from '../../shared/i18n/locales';

/**
 * A timestamp formatter for the UI language. Uzbek is written the way Uzbek documents write dates
 * (23.11.2026, 15:17): browsers' data for "uz-Latn" is thin and gives "2026 M11 23".
 */
export function dateTimeFormatter(locale: UiLocale): (ms: number) => string {
  if (locale === 'uz-Latn') {
    const two = (n: number) => String(n).padStart(2, '0');
    return (ms) => {
      const d = new Date(ms);
      return `${two(d.getDate())}.${two(d.getMonth() + 1)}.${d.getFullYear()}, ${two(d.getHours())}:${two(d.getMinutes())}`;
    };
  }
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (ms) => format.format(ms);
}
