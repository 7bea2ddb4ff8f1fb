// Signature placeholder while the aligner is being written (replaced in the next commit).
import type { Bead, LangTag, ProgressFn, SegmentKind } from '../model';

/** One document to align: its language and all of its segments in order. */
export interface AlignDocumentInput {
  lang: LangTag;
  segments: { text: string; kind: SegmentKind }[];
}

export interface AlignDocumentsOptions {
  onProgress?: ProgressFn;
}

/**
 * Aligns 2 to 4 documents. Sentences and headings are aligned; boilerplate segments are left
 * out and come back as one-segment beads at their place in document order, so that every
 * segment of every document is in exactly one bead. Bead cells hold indices into `segments`.
 */
export declare function alignDocuments(docs: AlignDocumentInput[], options?: AlignDocumentsOptions): Bead[];
