/** The error every glossary importer throws: what is wrong, and the line of the file when known. */
export class GlossaryImportError extends Error {
  constructor(
    readonly detail: string,
    readonly line?: number,
  ) {
    super(line !== undefined ? `Line ${line}: ${detail}` : detail);
    this.name = 'GlossaryImportError';
  }
}

/** Imported concepts have no score of their own; this ranks them with good candidates. */
export const IMPORTED_SCORE = 1;
