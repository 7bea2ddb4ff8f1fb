import type { BeadStatus } from '../../../shared/model';
import type { BeadOp } from '../../../shared/editing/beadOps';

interface Props {
  row: number;
  column: number;
  status: BeadStatus;
  onEdit: (op: BeadOp) => void;
}

/**
 * Mouse access to the edits of the current row. The buttons never take focus (the grid keeps it,
 * so the keyboard goes on working after a click) and repeat what the keys do.
 */
export function RowActions({ row, column, status, onEdit }: Props) {
  const button = (label: string, title: string, op: BeadOp, testId: string) => (
    <button
      type="button"
      className="row-actions__button"
      tabIndex={-1}
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
    <div className="row-actions" role="group" aria-label="Row actions">
      {status === 'confirmed'
        ? button('Unlock', 'Unconfirm this row (Space)', { kind: 'unconfirm', row }, 'confirm')
        : button('Confirm', 'Confirm this row (Space)', { kind: 'confirm', row }, 'confirm')}
      {button('Merge ↓', 'Merge with the next row (M)', { kind: 'mergeWithNext', row }, 'merge')}
      {button('Split', 'Split this row (S)', { kind: 'split', row }, 'split')}
      {button('No counterpart', `No counterpart: column ${column + 1} gets a row of its own (N)`, { kind: 'detach', row, column }, 'detach')}
    </div>
  );
}
