import type { EditDescription } from '../../../shared/editing/beadOps';
import type { MessageParams } from '../../../shared/i18n/locales';
import type { messages } from './messages';

type Translate = (key: keyof (typeof messages)['en'], params?: MessageParams) => string;

const KEYS = {
  mergeWithNext: 'opMergeWithNext',
  mergeWithPrevious: 'opMergeWithPrevious',
  split: 'opSplit',
  moveUp: 'opMoveUp',
  moveDown: 'opMoveDown',
  detach: 'opDetach',
  confirm: 'opConfirm',
  unconfirm: 'opUnconfirm',
  confirmAbove: 'opConfirmAbove',
  text: 'opText',
  realign: 'opRealign',
} as const satisfies Record<EditDescription['kind'], keyof (typeof messages)['en']>;

/** An edit's name in the UI's language; `fallback` (the stored English label) for entries without a description. */
export function editLabel(t: Translate, op: EditDescription | undefined, fallback: string): string {
  if (!op) return fallback;
  const row = op.row + 1;
  return t(KEYS[op.kind], { row, next: row + 1, previous: row - 1 });
}
