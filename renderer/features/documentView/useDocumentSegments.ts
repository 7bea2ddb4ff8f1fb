import { useLiveQuery } from 'dexie-react-hooks';
import { segmentRepository, type DocumentSegmentsView } from '../../db/segmentRepository';

/** The document with its segments in order (live); `undefined` while loading, `null` when it does not exist. */
export function useDocumentSegments(documentId: number): DocumentSegmentsView | null | undefined {
  return useLiveQuery(() => segmentRepository.loadDocumentSegments(documentId), [documentId]);
}
