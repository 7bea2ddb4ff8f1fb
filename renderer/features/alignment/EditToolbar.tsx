import { useEditHistory } from '../../db/hooks';
import type { AlignmentEditing } from './useAlignmentEditing';

/** Undo, redo and "realign the rest" for the mouse (the keys do the same: Ctrl+Z, Ctrl+Shift+Z, R). */
export function EditToolbar({ alignmentId, editing }: { alignmentId: number; editing: AlignmentEditing }) {
  const history = useEditHistory(alignmentId);
  return (
    <div className="toolbar edit-toolbar" role="toolbar" aria-label="Alignment edits">
      <button type="button" className="button" data-testid="edit-undo" disabled={!history?.undo} title={history?.undo ? `Undo: ${history.undo} (Ctrl+Z)` : 'Nothing to undo'} onClick={() => editing.runKey('undo', 1)}>
        Undo
      </button>
      <button type="button" className="button" data-testid="edit-redo" disabled={!history?.redo} title={history?.redo ? `Redo: ${history.redo} (Ctrl+Shift+Z)` : 'Nothing to redo'} onClick={() => editing.runKey('redo', 1)}>
        Redo
      </button>
      <button type="button" className="button" data-testid="edit-realign" disabled={editing.realigning} title="Realign the unconfirmed rows; confirmed rows are kept (R)" onClick={() => editing.runKey('realign', 1)}>
        {editing.realigning ? 'Realigning…' : 'Realign unconfirmed'}
      </button>
      <span className="muted small">Click a row or press ? for the editing keys.</span>
    </div>
  );
}
