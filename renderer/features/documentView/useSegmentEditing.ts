import { useCallback, useState } from 'react';
import { segmentRepository, type SegmentEditUndo } from '../../db/segmentRepository';
import { useT } from '../../i18n/useT';
import { errorMessage, useNotifications } from '../../shell/NotificationsProvider';
import { messages } from './messages';

/** One edit of the document's segments, as the user asked for it (redo runs it again). */
export type SegmentOp =
  | { kind: 'split'; segmentId: number; offset: number }
  | { kind: 'join'; segmentId: number }
  | { kind: 'include'; segmentId: number; included: boolean };

interface Done {
  op: SegmentOp;
  undo: SegmentEditUndo;
}

export interface SegmentEditing {
  run: (op: SegmentOp) => Promise<boolean>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  /** What undo and redo would do, as words for a tooltip; null: nothing. */
  undoLabel: string | null;
  redoLabel: string | null;
  busy: boolean;
}

function perform(op: SegmentOp): Promise<SegmentEditUndo> {
  switch (op.kind) {
    case 'split':
      return segmentRepository.splitSegment(op.segmentId, op.offset);
    case 'join':
      return segmentRepository.joinWithNext(op.segmentId);
    case 'include':
      return segmentRepository.setIncluded(op.segmentId, op.included);
  }
}

/**
 * Split, join, include and leave out, with undo and redo for this visit of the document view.
 * An undo restores the very records the edit replaced (same ids), so the alignment's own history
 * stays valid; redo runs the edit again.
 */
export function useSegmentEditing(): SegmentEditing {
  const t = useT(messages);
  const { notify } = useNotifications();
  const [done, setDone] = useState<Done[]>([]);
  const [undone, setUndone] = useState<SegmentOp[]>([]);
  const [busy, setBusy] = useState(false);

  const label = useCallback(
    (op: SegmentOp): string => (op.kind === 'split' ? t('labelSplit') : op.kind === 'join' ? t('labelJoin') : op.included ? t('labelInclude') : t('labelExclude')),
    [t],
  );

  const execute = useCallback(
    async (op: SegmentOp, fromRedo: boolean): Promise<boolean> => {
      setBusy(true);
      try {
        const undo = await perform(op);
        setDone((list) => [...list, { op, undo }]);
        setUndone((list) => (fromRedo ? list.slice(0, -1) : []));
        return true;
      } catch (error) {
        notify('error', t('editFailed', { message: errorMessage(error) }));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [notify, t],
  );
  const run = useCallback((op: SegmentOp) => execute(op, false), [execute]);

  const undo = useCallback(async () => {
    const last = done.at(-1);
    if (!last) return;
    setBusy(true);
    try {
      await segmentRepository.undoSegmentEdit(last.undo);
      setDone((list) => list.slice(0, -1));
      setUndone((list) => [...list, last.op]);
    } catch (error) {
      notify('error', t('undoFailed', { message: errorMessage(error) }));
      // What cannot be undone any more is dropped, so the next Ctrl+Z reaches older edits.
      setDone((list) => list.slice(0, -1));
    } finally {
      setBusy(false);
    }
  }, [done, notify, t]);

  const redo = useCallback(async () => {
    const op = undone.at(-1);
    if (op) await execute(op, true);
  }, [undone, execute]);

  return {
    run,
    undo,
    redo,
    undoLabel: done.length ? label(done.at(-1)!.op) : null,
    redoLabel: undone.length ? label(undone.at(-1)!) : null,
    busy,
  };
}
