import type { BeadStatus } from '../../../shared/model';
import type { BeadOp } from '../../../shared/editing/beadOps';
import { useT } from '../../i18n/useT';
import { messages } from './messages';

interface Props {
  row: number;
  column: number;
  /** The current row's status; undefined when there is no row to act on (nothing shown, still reading). */
  status: BeadStatus | undefined;
  onEdit: (op: BeadOp) => void;
}

/**
 * Mouse access to the edits of the current row, in the toolbar above the table (so moving the cursor
 * never changes a row's height). The buttons never take focus (the grid keeps it, so the keyboard
 * goes on working after a click) and repeat what the keys do.
 */
export function RowActions({ row, column, status, onEdit }: Props) {
  const t = useT(messages);
  const button = (label: string, title: string, op: BeadOp, testId: string) => (
    <button
      type="button"
      className="button button--small"
      tabIndex={-1}
      disabled={status === undefined}
      title={title}
      data-testid={`row-action-${testId}`}
      onMouseDown={(event) => event.preventDefault()}
      onClick={(event) => {
        event.stopPropagation();
        onEdit(op);
      }}
    >
      {label}
    </button>
  );
  return (
    <div className="row-actions" role="group" aria-label={t('rowActions')} data-testid="row-actions">
      <span className="muted small">{status === undefined ? t('rowActions') : t('rowActionsFor', { row: row + 1 })}</span>
      {status === 'confirmed'
        ? button(t('unlock'), t('unlockTitle'), { kind: 'unconfirm', row }, 'confirm')
        : button(t('confirm'), t('confirmTitle'), { kind: 'confirm', row }, 'confirm')}
      {button(t('mergeDown'), t('mergeTitle'), { kind: 'mergeWithNext', row }, 'merge')}
      {button(t('split'), t('splitTitle'), { kind: 'split', row }, 'split')}
      {button(t('noCounterpart'), t('detachTitle', { column: column + 1 }), { kind: 'detach', row, column }, 'detach')}
    </div>
  );
}
