/**
 * Turns a parsed TMX into what a Qiyos project holds: one document per language (its segments are
 * the units' texts in order) and one confirmed bead per unit. Pure.
 */
import { errorText, withErrorText } from '../i18n/localizeError';
import type { Bead, BeadStatus, LangTag } from '../model';
import { knownLangOf } from './langTags';
import type { ParsedTmx } from './readTmx';

/** The aligner and the alignment table take at most this many columns. */
export const MAX_TMX_COLUMNS = 4;

export interface ImportedSegment {
  text: string;
  kind: 'sentence';
  /** Offset in the document's originalText (the segments joined by newlines). */
  start: number;
}

export interface ImportedDocument {
  /** The language Qiyos works with: a known language when the tag maps to one, else the TMX tag. */
  lang: LangTag;
  /** The tag as written in the TMX (canonical casing). */
  tmxLang: string;
  title: string;
  originalText: string;
  segments: ImportedSegment[];
}

export interface ImportedBead extends Bead {
  status: BeadStatus;
}

export interface ImportedProject {
  documents: ImportedDocument[];
  /** Cells index each document's segments; beads are in unit order. */
  beads: ImportedBead[];
  /** Languages beyond the first MAX_TMX_COLUMNS (or not chosen), left out. */
  leftOutLanguages: string[];
  /** Units with no text in any of the chosen languages. */
  skippedUnits: number;
}

export interface TmxToProjectOptions {
  /** Which languages become documents, in column order; default the first MAX_TMX_COLUMNS. */
  languages?: string[];
  /** Used in document titles, e.g. the TMX file name. */
  sourceName?: string;
}

/**
 * Builds documents and beads from `parsed`. A segment that is empty or only white space counts as
 * absent; each bead is `status: 'confirmed'` with score 1 because a TMX holds reviewed pairs.
 * Throws RangeError when fewer than one language would remain.
 */
export function tmxToProject(parsed: ParsedTmx, options: TmxToProjectOptions = {}): ImportedProject {
  const chosen = (options.languages ?? parsed.languages).filter((l) => parsed.languages.includes(l)).slice(0, MAX_TMX_COLUMNS);
  if (chosen.length === 0) throw withErrorText(new RangeError('The TMX file has no translation units with a language and text.'), errorText('tmx.noUnits'));
  const leftOutLanguages = parsed.languages.filter((l) => !chosen.includes(l));

  const texts: string[][] = chosen.map(() => []);
  const beads: ImportedBead[] = [];
  let skippedUnits = 0;
  for (const unit of parsed.units) {
    const cells = chosen.map((lang, c) => {
      const text = unit.segs[lang]?.trim() ?? '';
      if (text === '') return [];
      texts[c]!.push(text);
      return [texts[c]!.length - 1];
    });
    if (cells.every((cell) => cell.length === 0)) skippedUnits++;
    else beads.push({ cells, score: 1, status: 'confirmed' });
  }

  const documents = chosen.map((tmxLang, c): ImportedDocument => {
    const segmentTexts = texts[c]!;
    const sample = segmentTexts.slice(0, 50).join(' ');
    const segments: ImportedSegment[] = [];
    let offset = 0;
    for (const text of segmentTexts) {
      segments.push({ text, kind: 'sentence', start: offset });
      offset += text.length + 1;
    }
    return {
      lang: knownLangOf(tmxLang, sample) ?? tmxLang,
      tmxLang,
      title: documentTitle(parsed, tmxLang, options.sourceName),
      originalText: segmentTexts.join('\n'),
      segments,
    };
  });
  return { documents, beads, leftOutLanguages, skippedUnits };
}

/** The document name Qiyos wrote (x-qiyos-document) when every variant agrees, else "<file> (<lang>)". */
function documentTitle(parsed: ParsedTmx, lang: string, sourceName: string | undefined): string {
  let name: string | undefined;
  for (const unit of parsed.units) {
    for (const variant of unit.variants) {
      if (variant.lang !== lang) continue;
      const value = variant.props.find((p) => p.type === 'x-qiyos-document')?.value;
      if (value === undefined || (name !== undefined && value !== name)) return fallbackTitle(lang, sourceName);
      name = value;
    }
  }
  return name?.trim() || fallbackTitle(lang, sourceName);
}

function fallbackTitle(lang: string, sourceName: string | undefined): string {
  const base = sourceName?.replace(/\.[^.]+$/, '').trim();
  return base ? `${base} (${lang})` : lang;
}
