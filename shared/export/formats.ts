/**
 * Plain export formats of an alignment, for scripts and spreadsheets (TMX lives in shared/tmx).
 * Pure functions of the beads and the documents' texts.
 */
import type { Bead } from '../model';

/** A bead's score as written by the plain formats: 4 decimals are enough to rank and compare. */
export function roundScore(score: number): number {
  return Math.round(score * 1e4) / 1e4;
}

/**
 * The beads as compact JSON, exactly `{"beads":[{"cells":[[i,…],[j,…]],"score":s},…]}` with no white
 * space and no trailing newline. `cells[d]` are indices into document d's segments; scores are
 * rounded to 4 decimals. Other bead fields, if any, are not written, so the shape stays stable.
 */
export function beadsToJson(beads: Bead[]): string {
  return JSON.stringify({ beads: beads.map((b) => ({ cells: b.cells, score: roundScore(b.score) })) });
}

/** What the TSV writer needs of each document: its segment texts and, for the header, its language. */
export interface TsvDocument {
  /** Header name of the column; `doc1`, `doc2`, … when absent. */
  lang?: string;
  segments: { text: string }[];
}

/**
 * The beads as tab-separated values, every line ending in `\n`:
 * - line 1 is a header naming the columns: each document's `lang` (or `docN`), then `score`;
 * - then exactly one line per bead: one field per document (the cell's sentences joined with a
 *   space, empty when the document has no part in the bead), then the score rounded to 4 decimals.
 * Tabs, CR and LF inside sentences become spaces so a line is always a bead. A plain header (no
 * `#`) is what spreadsheets and `read_csv` expect; `tail -n +2` drops it.
 * Throws RangeError when a bead has a different number of cells than there are documents or
 * names a segment a document does not have.
 */
export function beadsToTsv(docs: TsvDocument[], beads: Bead[]): string {
  const header = [...docs.map((d, i) => cleanField(d.lang ?? `doc${i + 1}`)), 'score'].join('\t');
  const lines = beads.map((bead, b) => {
    if (bead.cells.length !== docs.length) {
      throw new RangeError(`beadsToTsv: bead ${b} has ${bead.cells.length} cells for ${docs.length} documents`);
    }
    const fields = bead.cells.map((cell, d) =>
      cell
        .map((i) => {
          const segment = docs[d]!.segments[i];
          if (!segment) throw new RangeError(`beadsToTsv: bead ${b} names segment ${i} of document ${d}, which has none`);
          return cleanField(segment.text);
        })
        .join(' '),
    );
    return [...fields, String(roundScore(bead.score))].join('\t');
  });
  return [header, ...lines].map((l) => `${l}\n`).join('');
}

function cleanField(text: string): string {
  return text.replace(/\r\n|[\t\r\n]/g, ' ');
}
