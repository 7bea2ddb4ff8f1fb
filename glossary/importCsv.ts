/**
 * Reading a glossary from CSV or tab-separated text. Two layouts:
 * - a header row naming the columns: language codes (uz-Cyrl, uz-Latn, ru, en; uz and regional
 *   tags such as ru-RU are mapped) and optionally `type` and `note`/`comment`; several terms in one
 *   cell are separated by ";" (the first is preferred). This is what Qiyos's CSV export writes.
 * - no header: OmegaT's glossary, "source TAB target TAB comment", with the two languages given.
 * Quoted fields (RFC 4180, "" for a quote, line breaks inside quotes) are read. Errors carry the
 * line. Pure.
 */
import { GlossaryImportError, IMPORTED_SCORE } from './importErrors';
import { errorText } from '../shared/i18n/localizeError';
import { glossaryLangOf } from './importTbx';
import { CONCEPT_TYPES, type Concept, type ConceptType, type GlossaryLang, type Term } from './model';

export interface CsvRow {
  cells: string[];
  /** 1-based line where the row starts. */
  line: number;
}

/** Splits delimited text into rows of cells (RFC 4180 quoting); blank lines are skipped. */
export function parseDelimited(text: string, delimiter: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  const endRow = (): void => {
    cells.push(cell);
    if (cells.length > 1 || cells[0]!.trim() !== '') rows.push({ cells, line: rowLine });
    cells = [];
    cell = '';
  };
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      cell += ch;
    }
  }
  if (quoted) throw new GlossaryImportError(errorText('glossary.quoteOpen'), quoteLine);
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}

const NOTE_COLUMNS = ['note', 'notes', 'comment', 'comments', 'definition'];
const TYPE_COLUMNS = ['type', 'subject', 'subjectfield'];
const looksLikeLangCode = (cell: string): boolean => /^[a-z]{2,3}([-_][a-z0-9]{2,8})*$/i.test(cell.trim());

type Column = { kind: 'lang'; lang: GlossaryLang } | { kind: 'type' } | { kind: 'note' } | { kind: 'ignore' };

function headerColumns(row: CsvRow): Column[] | undefined {
  const cells = row.cells.map((c) => c.trim());
  const named = (c: string): boolean => NOTE_COLUMNS.includes(c.toLowerCase()) || TYPE_COLUMNS.includes(c.toLowerCase().replace(/\s/g, ''));
  if (!cells.every((c) => c === '' || named(c) || looksLikeLangCode(c))) return undefined;
  if (!cells.some((c) => looksLikeLangCode(c) && !named(c))) return undefined;
  return cells.map((c) => {
    if (c === '') return { kind: 'ignore' };
    if (NOTE_COLUMNS.includes(c.toLowerCase())) return { kind: 'note' };
    if (TYPE_COLUMNS.includes(c.toLowerCase().replace(/\s/g, ''))) return { kind: 'type' };
    return { kind: 'lang', lang: glossaryLangOf(c, '', row.line) };
  });
}

function splitTerms(cell: string, lang: GlossaryLang): Term[] {
  const texts = cell
    .split(';')
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '');
  return [...new Set(texts)].map((text, i) => ({ text, lang, status: i === 0 ? 'preferred' : 'admitted', variants: [], sources: [] }));
}

function typeOf(text: string, line: number): ConceptType {
  const t = text.trim().toLowerCase();
  if (t === '') return 'other';
  const type = CONCEPT_TYPES.find((x) => x === t);
  if (type === undefined) throw new GlossaryImportError(errorText('glossary.unknownType', { type: text.trim(), types: CONCEPT_TYPES.join(', ') }), line);
  return type;
}

export interface ImportCsvOptions {
  /** The languages of a file without a header row (OmegaT's source and target). */
  source?: GlossaryLang;
  target?: GlossaryLang;
}

/** The concepts of a CSV or tab-separated glossary. Throws GlossaryImportError with the line. */
export function importCsv(text: string, options: ImportCsvOptions = {}): Concept[] {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const delimiter = firstLine.includes('\t') ? '\t' : firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const rows = parseDelimited(text, delimiter);
  if (rows.length === 0) throw new GlossaryImportError(errorText('glossary.empty'));
  const header = headerColumns(rows[0]!);
  const concepts: Concept[] = [];
  if (header !== undefined) {
    if (!header.some((c) => c.kind === 'lang')) throw new GlossaryImportError(errorText('glossary.noLanguageColumn'), rows[0]!.line);
    for (const row of rows.slice(1)) {
      if (row.cells.length > header.length) {
        throw new GlossaryImportError(errorText('glossary.columnCount', { count: row.cells.length, expected: header.length }), row.line);
      }
      const concept: Concept = { id: `import:${concepts.length + 1}`, type: 'other', score: IMPORTED_SCORE, terms: {} };
      row.cells.forEach((cell, i) => {
        const column = header[i]!;
        if (column.kind === 'lang') {
          const terms = splitTerms(cell, column.lang);
          if (terms.length > 0) concept.terms[column.lang] = [...(concept.terms[column.lang] ?? []), ...terms];
        } else if (column.kind === 'type') concept.type = typeOf(cell, row.line);
        else if (column.kind === 'note' && cell.trim() !== '') concept.note = cell.trim();
      });
      if (Object.keys(concept.terms).length === 0) throw new GlossaryImportError(errorText('glossary.noTerm'), row.line);
      concepts.push(concept);
    }
    return concepts;
  }
  const { source, target } = options;
  if (source === undefined || target === undefined) {
    throw new GlossaryImportError(errorText('glossary.noHeader'), rows[0]!.line);
  }
  if (delimiter !== '\t') {
    throw new GlossaryImportError(errorText('glossary.notTabs'), rows[0]!.line);
  }
  for (const row of rows) {
    if (row.cells.length < 2 || row.cells.length > 3) {
      throw new GlossaryImportError(errorText('glossary.tabColumns', { count: row.cells.length }), row.line);
    }
    const [s, t, comment = ''] = row.cells as [string, string, string?];
    const sTerms = splitTerms(s, source);
    const tTerms = splitTerms(t, target);
    if (sTerms.length === 0 || tTerms.length === 0) throw new GlossaryImportError(errorText('glossary.emptySide'), row.line);
    const concept: Concept = { id: `import:${concepts.length + 1}`, type: 'other', score: IMPORTED_SCORE, terms: { [source]: sTerms } };
    concept.terms[target] = [...(concept.terms[target] ?? []), ...tTerms];
    // Qiyos's own TSV comment starts with the type ("person; score 0.713; …").
    const parts = comment.split(';').map((p) => p.trim());
    const type = CONCEPT_TYPES.find((x) => x === parts[0]);
    if (type !== undefined) concept.type = type;
    const note = (type !== undefined ? parts.slice(1) : parts).filter((p) => p !== '' && !/^score [\d.]+$/.test(p)).join('; ');
    if (note !== '') concept.note = note;
    concepts.push(concept);
  }
  return concepts;
}
