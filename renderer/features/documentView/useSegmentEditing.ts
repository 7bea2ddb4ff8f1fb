import { useCallback, useState } from 'react';
import { segmentRepository, StaleSegmentEditError, type SegmentHistory, type SegmentOp } from '../../db/segmentRepository';
import { useT } from '../../i18n/useT';
import { useErrorMessage, useNotifications } from '../../shell/NotificationsProvider';
import { messages } from './messages';

export type { SegmentOp } from '../../db/segmentRepository';

export interface SegmentEditing {
  run: (op: SegmentOp) => Promise<boolean>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  /** What undo and redo would do, as words for a tooltip; null: nothing. */
  undoLabel: string | null;
  redoLabel: string | null;
  busy: boolean;
}

/**
 * Split, join, include and leave out, with undo and redo. The history is the document's own,
 * stored with it (`history` is the live copy read with the document), so it survives leaving the
 * view and restarting. An undo restores the very records the edit replaced (same ids), so the
 * alignment's own history stays valid; redo runs the edit again.
 */
export function useSegmentEditing(documentId: number, history: SegmentHistory | undefined): SegmentEditing {
  const t = useT(messages);
  const errorMessage = useErrorMessage();
  const { notify } = useNotifications();
  const [busy, setBusy] = useState(false);

  const label = useCallback(
    (op: SegmentOp): string => (op.kind === 'split' ? t('labelSplit') : op.kind === 'join' ? t('labelJoin') : op.included ? t('labelInclude') : t('labelExclude')),
    [t],
  );

  const run = useCallback(
    async (op: SegmentOp): Promise<boolean> => {
      setBusy(true);
      try {
        await segmentRepository.runSegmentOp(op);
        return true;
      } catch (error) {
        notify('error', t('editFailed', { message: errorMessage(error) }));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [errorMessage, notify, t],
  );

  const step = useCallback(
    async (direction: 'undo' | 'redo'): Promise<void> => {
      setBusy(true);
      try {
        await (direction === 'undo' ? segmentRepository.undoSegmentEdit(documentId) : segmentRepository.redoSegmentEdit(documentId));
      } catch (error) {
        // A stale entry has been dropped, so the next Ctrl+Z reaches older edits.
        if (error instanceof StaleSegmentEditError) notify('error', t(direction === 'undo' ? 'undoStale' : 'redoStale', { label: label(error.op) }));
        else notify('error', t(direction === 'undo' ? 'undoFailed' : 'redoFailed', { message: errorMessage(error) }));
      } finally {
        setBusy(false);
      }
    },
    [documentId, errorMessage, label, notify, t],
  );
  const undo = useCallback(() => step('undo'), [step]);
  const redo = useCallback(() => step('redo'), [step]);

  const lastDone = history?.done.at(-1);
  const lastUndone = history?.undone.at(-1);
  return {
    run,
    undo,
    redo,
    undoLabel: lastDone ? label(lastDone.op) : null,
    redoLabel: lastUndone ? label(lastUndone.op) : null,
    busy,
  };
}
