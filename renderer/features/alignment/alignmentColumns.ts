/** The aligner takes 2 to 4 documents; with more, the first four in list order are used. */
export const MIN_COLUMNS = 2;
export const MAX_COLUMNS = 4;

/** The documents to align, in column order. */
export function pickAlignmentColumns<T extends { id: number }>(documents: readonly T[]): T[] {
  return documents.slice(0, MAX_COLUMNS);
}

/** Whether the stored alignment was made over exactly these documents. */
export function isAlignmentCurrent(alignedColumns: readonly number[], documentIds: readonly number[]): boolean {
  return alignedColumns.length === documentIds.length && alignedColumns.every((id, i) => id === documentIds[i]);
}
