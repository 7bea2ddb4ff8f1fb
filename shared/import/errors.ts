/**
 * The one error type of the import stage. Its message is ready to show to the user and names the
 * file when one is known; `problem` lets callers (the CLI, the renderer, tests) tell the cases apart.
 */
import { asErrorText, englishText, errorText, type ErrorText, type LocalizedError } from '../i18n/localizeError';
import { formatMegabytes as formatLocaleMegabytes } from '../i18n/locales';

/** What is wrong with an input. */
export type ImportProblem = 'empty' | 'binary' | 'too-large' | 'undecodable' | 'unsupported' | 'malformed';

/** Inputs above this many bytes are refused (the limit; the desktop file picker uses the same). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export class ImportError extends Error implements LocalizedError {
  /** What is wrong, without the file name ("the file is empty"), in English. */
  readonly detail: string;
  /** The same, translatable. */
  readonly detailText: ErrorText;
  readonly localized: ErrorText;

  constructor(
    readonly problem: ImportProblem,
    detail: string | ErrorText,
    readonly file?: string,
    /** 1-based line of the problem, when it has one. */
    readonly line?: number,
  ) {
    const detailText = asErrorText(detail);
    const english = englishText(detailText);
    const named = file !== undefined && file !== '';
    super(named ? `"${file}": ${english}` : capitalize(english));
    this.name = 'ImportError';
    this.detail = english;
    this.detailText = detailText;
    this.localized = named ? errorText('inFile', { file, detail: detailText }) : { ...detailText, capitalize: true };
  }

  /** The same error naming `file` (decoders do not know the file name; importDocument adds it). */
  withFile(file: string): ImportError {
    return new ImportError(this.problem, this.detailText, file, this.line);
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "12.3 MB" in English (the CLI's words); messages take the byte count and format it per locale. */
export function formatMegabytes(bytes: number): string {
  return formatLocaleMegabytes(bytes, 'en');
}
