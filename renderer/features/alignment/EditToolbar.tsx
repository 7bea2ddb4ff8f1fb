import { useEditHistory } from '../../db/hooks';
import { useT } from '../../i18n/useT';
import type { BeadStatus } from '../../../shared/model';
import { AlignProgress } from './AlignProgress';
import { editLabel } from './editLabel';
import { messages } from './messages';
import { RowActions } from './RowActions';
import type { AlignmentEditing } from './useAlignmentEditing';

/**
 * Undo, redo and "realign the rest" for the mouse (the keys do the same: Ctrl+Z, Ctrl+Shift+Z, R);
 * realign shows progress and can be cancelled. Below them, the current row's edits.
 */
export function EditToolbar({ alignmentId, editing, currentStatus }: { alignmentId: number; editing: AlignmentEditing; currentStatus: BeadStatus | undefined }) {
  const t = useT(messages);
  const history = useEditHistory(alignmentId);
  return (
    <div className="toolbar edit-toolbar" role="toolbar" aria-label={t('editsToolbar')}>
      <button type="button" className="button" data-testid="edit-undo" disabled={!history?.undo} title={history?.undo ? t('undoTitle', { label: editLabel(t, history.undoOp, history.undo) }) : t('nothingToUndoTitle')} onClick={() => editing.runKey('undo', 1)}>
        {t('undo')}
      </button>
      <button type="button" className="button" data-testid="edit-redo" disabled={!history?.redo} title={history?.redo ? t('redoTitle', { label: editLabel(t, history.redoOp, history.redo) }) : t('nothingToRedoTitle')} onClick={() => editing.runKey('redo', 1)}>
        {t('redo')}
      </button>
      <button type="button" className="button" data-testid="edit-realign" disabled={editing.realigning} title={t('realignTitle')} onClick={() => editing.runKey('realign', 1)}>
        {editing.realigning ? t('realigning') : t('realign')}
      </button>
      {editing.realigning && (
        <>
          <AlignProgress progress={editing.realignProgress} label={t('realignProgress')} testId="realign-progress" />
          <button type="button" className="button" data-testid="realign-cancel" onClick={editing.cancelRealign}>
            {t('cancelRealign')}
          </button>
        </>
      )}
      <span className="muted small">{t('editingHint')}</span>
      <RowActions row={editing.cursor.row} column={editing.cursor.column} status={currentStatus} onEdit={(op) => void editing.edit(op)} />
    </div>
  );
}
