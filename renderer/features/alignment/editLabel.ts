import type { EditDescription, EditNotApplicableError, EditRefusal } from '../../../shared/editing/beadOps';
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

const REFUSAL_KEYS = {
  noRow: 'refuseNoRow',
  noColumn: 'refuseNoColumn',
  mergeFirst: 'refuseMergeFirst',
  mergeLast: 'refuseMergeLast',
  noAbove: 'refuseNoAbove',
  noBelow: 'refuseNoBelow',
  changed: 'refuseChanged',
  emptyText: 'refuseEmptyText',
  textUnchanged: 'refuseTextUnchanged',
  nothingToSplit: 'refuseNothingToSplit',
  alreadyConfirmed: 'refuseAlreadyConfirmed',
  notConfirmed: 'refuseNotConfirmed',
  allConfirmed: 'refuseAllConfirmed',
  sentenceMoved: 'refuseSentenceMoved',
  emptyCell: 'refuseEmptyCell',
  alreadyAlone: 'refuseAlreadyAlone',
} as const satisfies Record<EditRefusal['code'], keyof (typeof messages)['en']>;

/** Why an edit does not apply, in the UI's language (the error's English message when it carries no reason). */
export function refusalMessage(t: Translate, error: EditNotApplicableError): string {
  const refusal = error.refusal;
  if (!refusal) return error.message;
  const row = 'row' in refusal ? refusal.row + 1 : 0;
  const column = 'column' in refusal ? refusal.column + 1 : 0;
  return t(REFUSAL_KEYS[refusal.code], { row, column });
}
