import type { BeadStatus, LangTag } from '../model';

/** One translation unit to be: per column, the texts of that bead's segments in order (empty: no counterpart). */
export interface TmxUnitInput {
  cells: string[][];
  score: number;
  status: BeadStatus;
}

/** Everything the TMX writer needs; plain data so it can cross to the worker. */
export interface TmxInput {
  columns: { lang: LangTag; documentName: string }[];
  units: TmxUnitInput[];
  options?: {
    /**
     * Which columns to write, as indices into `columns`, in output order; default all. Two give a
     * bilingual TMX, more a multilingual one.
     */
    selectColumns?: number[];
    /**
     * Index (into `columns`) of the source column (srclang); default the first written column. With more
     * than two written columns srclang is `*all*`.
     */
    sourceColumn?: number;
    /** Write region-coded tags (uz-Cyrl-UZ, uz-Latn-UZ, ru-RU, en-US) for tools that want them; default false. */
    regionCodes?: boolean;
    /** Write units where only one column has text (1-0 beads); default false. */
    includeUnpaired?: boolean;
    /** Only confirmed beads; default false. */
    confirmedOnly?: boolean;
    /** ISO time for the header's creationdate, e.g. for reproducible output; default now. */
    creationDate?: string;
    toolVersion?: string;
  };
}
