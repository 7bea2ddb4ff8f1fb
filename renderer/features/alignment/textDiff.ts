import { diffWordsWithSpace } from 'diff';

export interface DiffPart {
  kind: 'same' | 'deleted' | 'inserted';
  text: string;
}

/** The word-level changes from `original` to `edited` (spaces kept), in reading order. */
export function wordDiff(original: string, edited: string): DiffPart[] {
  return diffWordsWithSpace(original, edited).map((change) => ({
    kind: change.added ? 'inserted' : change.removed ? 'deleted' : 'same',
    text: change.value,
  }));
}
