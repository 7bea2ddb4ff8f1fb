import { asErrorText, atLine, englishText, type ErrorText, type LocalizedError } from '../shared/i18n/localizeError';

/** The error every glossary importer throws: what is wrong, and the line of the file when known. */
export class GlossaryImportError extends Error implements LocalizedError {
  /** What is wrong, in English, without the line. */
  readonly detail: string;
  readonly localized: ErrorText;

  constructor(
    detail: string | ErrorText,
    readonly line?: number,
  ) {
    const detailText = asErrorText(detail);
    const english = englishText(detailText);
    super(line !== undefined ? `Line ${line}: ${english}` : english);
    this.name = 'GlossaryImportError';
    this.detail = english;
    this.localized = atLine(detailText, line);
  }
}

/** Imported concepts have no score of their own; this ranks them with good candidates. */
export const IMPORTED_SCORE = 1;
