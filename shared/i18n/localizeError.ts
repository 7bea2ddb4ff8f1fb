/**
 * Errors in the user's language. An error a user can meet carries `localized`: a message id of
 * errorMessages.ts and its values, where a value may itself be a message (the detail after
 * "Line 12: ", the cause inside a DOCX error). The English rendering of `localized` is the error's
 * `message`, so English output is unchanged; localizeError renders it in any UI language.
 * The shape is plain data, so it crosses the engine worker's postMessage as it is.
 */
import { errorMessages, type ErrorMessageId } from './errorMessages';
import { DEFAULT_UI_LOCALE, formatMessage, type MessageParams, type UiLocale } from './locales';

export type ErrorValue = string | number | ErrorText;

/** A translatable error message: an id of errorMessages and its values. */
export interface ErrorText {
  readonly id: ErrorMessageId;
  readonly values?: Readonly<Record<string, ErrorValue>>;
  /** Start with a capital letter: a detail written to follow a file name, shown alone. */
  readonly capitalize?: boolean;
}

/** An error that can be shown in any UI language. */
export interface LocalizedError {
  readonly localized: ErrorText;
}

/** The message `id` with its values (numbers, texts, or nested messages). */
export function errorText(id: ErrorMessageId, values?: Record<string, ErrorValue>): ErrorText {
  return values === undefined ? { id } : { id, values };
}

/** A text from outside Qiyos (a parser's or the browser's message) that stays as it is. */
export function verbatim(text: string): ErrorText {
  return { id: 'verbatim', values: { text } };
}

/**
 * The message whose English text (without placeholders) is exactly `english`, else `english` as
 * written: for code that still throws fixed English sentences.
 */
export function knownText(english: string): ErrorText {
  for (const [id, template] of Object.entries(errorMessages.en)) {
    if (template === english && !template.includes('{')) return { id: id as ErrorMessageId };
  }
  return verbatim(english);
}

/** `detail` as a message: kept when it already is one, else shown as written. */
export function asErrorText(detail: string | ErrorText): ErrorText {
  return typeof detail === 'string' ? verbatim(detail) : detail;
}

/** The detail after "Line N: " when there is a line. */
export function atLine(detail: ErrorText, line: number | undefined): ErrorText {
  return line === undefined ? detail : errorText('lineOf', { line, detail });
}

/** The message of `text` in `locale`; undefined when it names an id this version does not know. */
export function formatErrorText(text: ErrorText, locale: UiLocale = DEFAULT_UI_LOCALE): string | undefined {
  if (!isErrorText(text)) return undefined;
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(text.values ?? {})) {
    if (typeof value === 'string' || typeof value === 'number') params[name] = value;
    else {
      const nested = formatErrorText(value, locale);
      if (nested === undefined) return undefined;
      params[name] = nested;
    }
  }
  const out = formatMessage(errorMessages[locale][text.id], params, locale);
  return text.capitalize ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}

/** The English message of `text` (what the error's `message` says). */
export function englishText(text: ErrorText): string {
  return formatErrorText(text, 'en') ?? '';
}

function isErrorText(value: unknown): value is ErrorText {
  if (value === null || typeof value !== 'object') return false;
  const { id, values } = value as { id?: unknown; values?: unknown };
  return typeof id === 'string' && Object.hasOwn(errorMessages.en, id) && (values === undefined || (values !== null && typeof values === 'object'));
}

/** The translatable message an error carries (also after a structured clone), if any. */
export function errorTextOf(error: unknown): ErrorText | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  const localized = (error as { localized?: unknown }).localized;
  return isErrorText(localized) ? localized : undefined;
}

/** Gives `error` a translatable message (for built-in error types such as RangeError). */
export function withErrorText<E extends Error>(error: E, text: ErrorText): E & LocalizedError {
  return Object.assign(error, { localized: text });
}

/**
 * What to tell the user about `error` in `locale`: its translated message when it carries one (or
 * when its message is word for word a catalog sentence, for plain Errors of Qiyos's own code),
 * else its own message (errors from outside Qiyos), else a generic sentence.
 */
export function localizeError(error: unknown, locale: UiLocale = DEFAULT_UI_LOCALE): string {
  const text = errorTextOf(error) ?? (error instanceof Error && error.message ? knownText(error.message) : undefined);
  const translated = text && formatErrorText(text, locale);
  if (translated) return translated;
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  const message = (error as { message?: unknown } | null)?.message;
  if (typeof message === 'string' && message) return message;
  return formatMessage(errorMessages[locale].generic, {}, locale);
}
