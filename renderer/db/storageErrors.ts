/** Turns storage failures into messages a user can act on; other errors keep their own message. */
import { DEFAULT_UI_LOCALE, type UiLocale } from '../../shared/i18n/locales';
import { errorText, formatErrorText, localizeError } from '../../shared/i18n/localizeError';

/** Whether `error` (or the error Dexie wraps) says the disk or the browser's storage quota is full. */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const { name, message } = e as { name?: unknown; message?: unknown };
    if (name === 'QuotaExceededError' || (typeof message === 'string' && /quota|disk.*full|no space/i.test(message))) return true;
    e = (e as { inner?: unknown }).inner;
  }
  return false;
}

/** A readable message for a failed write in `locale`; storage-full errors say that nothing was changed. */
export function storageErrorMessage(error: unknown, locale: UiLocale = DEFAULT_UI_LOCALE): string {
  if (isQuotaError(error)) return formatErrorText(errorText('db.storageFull'), locale)!;
  return localizeError(error, locale);
}
