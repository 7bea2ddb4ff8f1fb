/**
 * Serializes an alignment as TMX 1.4b (LISA/GALA Translation Memory eXchange, level 1: plain text)
 * for CAT tools such as OmegaT, Trados and memoQ. Pure: the only clock read is the default
 * creation date, and callers that need reproducible output pass `options.creationDate`.
 */
import type { TmxInput, TmxUnitInput } from './types';
import { withRegion } from './langTags';
import { escapeXmlAttr, escapeXmlText, stripForbiddenXmlChars, type CleanText } from './xml';

export type { TmxInput, TmxUnitInput } from './types';

/** The TMX document, how many units it holds, and the number of characters dropped because XML 1.0 cannot carry them. */
export interface TmxOutput {
  xml: string;
  dropped: number;
  units: number;
}

/**
 * Writes `input` as a TMX 1.4b document.
 *
 * - `columns[c]` names column c's language (`xml:lang`) and document (written as a
 *   `x-qiyos-document` prop on each of its `<tuv>`s); every unit must have one cell per column.
 * - A unit becomes one `<tu tuid="N">` (N counts written units from 1, in input order) with
 *   `x-qiyos-score` (4 decimals, clamped to 0..1) and `x-qiyos-status` props, then one `<tuv>` per
 *   column whose cell has text; a cell's texts are joined with a single space.
 * - Units with text in fewer than two columns are skipped unless `includeUnpaired`; units with no
 *   text at all are always skipped (a `<tu>` needs a `<tuv>`). `confirmedOnly` keeps confirmed units.
 * - `selectColumns` writes only those columns (two: bilingual; more: multilingual); a unit counts as
 *   paired when at least two written columns have text.
 * - Header `srclang` is the source column's language, or `*all*` with more than two written columns.
 *   When an unpaired unit lacks the source column, that `<tu>` gets its own `srclang` (its first
 *   language) because TMX expects the source language to be present in each unit.
 * - `regionCodes` writes uz-Cyrl-UZ, uz-Latn-UZ, ru-RU and en-US for the known languages.
 *
 * Throws RangeError for a unit whose cell count differs from the column count, a bad
 * `selectColumns` or `sourceColumn`, or an unparseable `creationDate`.
 */
export function writeTmx(input: TmxInput): TmxOutput {
  const options = input.options ?? {};
  if (input.columns.length === 0) throw new RangeError('writeTmx: at least one column is needed');
  const selected = options.selectColumns ?? input.columns.map((_, c) => c);
  if (selected.length === 0 || new Set(selected).size !== selected.length || !selected.every((c) => Number.isInteger(c) && c >= 0 && c < input.columns.length)) {
    throw new RangeError(`writeTmx: selectColumns [${selected.join(', ')}] must be distinct column indices (0..${input.columns.length - 1})`);
  }
  const sourceInput = options.sourceColumn ?? selected[0]!;
  if (!Number.isInteger(sourceInput) || sourceInput < 0 || sourceInput >= input.columns.length) {
    throw new RangeError(`writeTmx: sourceColumn ${sourceInput} is not a column index (0..${input.columns.length - 1})`);
  }
  if (!selected.includes(sourceInput)) throw new RangeError(`writeTmx: sourceColumn ${sourceInput} is not one of the written columns`);
  const columns = selected.map((c) => input.columns[c]!);
  const sourceColumn = selected.indexOf(sourceInput);
  const units = input.units;

  let dropped = 0;
  const clean = (s: string): string => {
    const r = stripForbiddenXmlChars(s);
    dropped += r.dropped;
    return r.text;
  };
  const langs = columns.map((c) => clean(options.regionCodes ? withRegion(c.lang) : c.lang));
  const docProps = columns.map((c) => `<prop type="x-qiyos-document">${escapeXmlText(clean(c.documentName))}</prop>`);
  const srclang = columns.length > 2 ? '*all*' : langs[sourceColumn]!;
  const creationDate = toTmxDate(options.creationDate ?? new Date().toISOString());
  const toolVersion = clean(options.toolVersion ?? 'unknown');

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    `  <header creationtool="Qiyos" creationtoolversion="${escapeXmlAttr(toolVersion)}" segtype="sentence"` +
      ` o-tmf="Qiyos" adminlang="en" srclang="${escapeXmlAttr(srclang)}" datatype="plaintext"` +
      ` creationdate="${creationDate}"/>`,
    '  <body>',
  ];

  let tuid = 0;
  units.forEach((unit, u) => {
    if (unit.cells.length !== input.columns.length) {
      throw new RangeError(`writeTmx: unit ${u} has ${unit.cells.length} cells for ${input.columns.length} columns`);
    }
    if (options.confirmedOnly && unit.status !== 'confirmed') return;
    const cleaned = selected.map((c) => joinCell(unit.cells[c]!));
    const present = cleaned.flatMap((t, c) => (t.text === '' ? [] : [c]));
    if (present.length === 0 || (present.length < 2 && !options.includeUnpaired)) return;

    // Count drops only for units that are written: skipped text never reaches the file.
    for (const t of cleaned) dropped += t.dropped;
    const segs = present.map((c) => cleaned[c]!.text);
    tuid++;
    const ownSrclang =
      srclang !== '*all*' && !present.includes(sourceColumn) ? ` srclang="${escapeXmlAttr(langs[present[0]!]!)}"` : '';
    out.push(`    <tu tuid="${tuid}"${ownSrclang}>`);
    out.push(`      <prop type="x-qiyos-score">${formatScore(unit.score)}</prop>`);
    out.push(`      <prop type="x-qiyos-status">${escapeXmlText(unit.status)}</prop>`);
    present.forEach((c, k) => {
      out.push(`      <tuv xml:lang="${escapeXmlAttr(langs[c]!)}">`);
      out.push(`        ${docProps[c]!}`);
      out.push(`        <seg>${escapeXmlText(segs[k]!)}</seg>`);
      out.push('      </tuv>');
    });
    out.push('    </tu>');
  });

  out.push('  </body>', '</tmx>', '');
  return { xml: out.join('\n'), dropped, units: tuid };
}

/** A cell's segment texts, cleaned for XML and joined with one space, blank ones left out. */
function joinCell(texts: TmxUnitInput['cells'][number]): CleanText {
  let dropped = 0;
  const parts: string[] = [];
  for (const t of texts) {
    const r = stripForbiddenXmlChars(t);
    dropped += r.dropped;
    const part = r.text.trim();
    if (part !== '') parts.push(part);
  }
  return { text: parts.join(' '), dropped };
}

function formatScore(score: number): string {
  // An aligner bug must not make the whole export fail, so NaN reads as "no confidence".
  const s = Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
  return s.toFixed(4);
}

/**
 * Converts an ISO 8601 time to TMX's UTC form `YYYYMMDDThhmmssZ`.
 * Throws RangeError when `iso` is not a date.
 */
export function toTmxDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new RangeError(`writeTmx: creationDate "${iso}" is not an ISO date`);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return (
    `${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}` +
    `T${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`
  );
}
