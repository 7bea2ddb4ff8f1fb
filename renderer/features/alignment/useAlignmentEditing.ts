import { useCallback, useState } from 'react';
import type { AlignmentKeyId } from '../../../shared/commands';
import { EditNotApplicableError, type BeadOp } from '../../../shared/editing/beadOps';
import { repository, type AlignmentView } from '../../db/repository';
import { isCancelled } from '../../engine/engineClient';
import { useEngineTask } from '../../engine/useEngineTask';
import { errorMessage, useNotifications } from '../../shell/NotificationsProvider';

/** Rows below this score are "low confidence" for F7 / Shift+F7. */
export const LOW_CONFIDENCE = 0.5;

export interface Cursor {
  row: number;
  column: number;
}

export interface AlignmentEditing {
  cursor: Cursor;
  setCursor: (cursor: Cursor) => void;
  /** Runs a key of the alignment view (shared/commands.ts ALIGNMENT_KEYS); `pageRows` rows per page. */
  runKey: (id: AlignmentKeyId, pageRows: number) => void;
  edit: (op: BeadOp) => Promise<void>;
  goToOpen: boolean;
  closeGoTo: () => void;
  goTo: (rowNumber: number) => void;
  realigning: boolean;
}

/** The row cursor and the editing commands of the alignment view: edits, undo/redo, navigation, realign. */
export function useAlignmentEditing(view: AlignmentView): AlignmentEditing {
  const { notify } = useNotifications();
  const [rawCursor, setCursor] = useState<Cursor>({ row: 0, column: 0 });
  const [goToOpen, setGoToOpen] = useState(false);
  const realignTask = useEngineTask('align');
  const rowCount = view.beads.length;
  const cursor: Cursor = {
    row: Math.max(0, Math.min(rawCursor.row, rowCount - 1)),
    column: Math.max(0, Math.min(rawCursor.column, view.columns.length - 1)),
  };
  const alignmentId = view.alignment.id;

  const report = useCallback(
    (error: unknown) => {
      if (error instanceof EditNotApplicableError) notify('info', error.message);
      else if (isCancelled(error)) notify('info', 'Realignment cancelled.');
      else notify('error', `Edit failed: ${errorMessage(error)}`);
    },
    [notify],
  );

  const edit = useCallback(
    async (op: BeadOp) => {
      try {
        const outcome = await repository.applyEdit(alignmentId, op);
        // Merges and splits land on the first row they produced; the other edits keep the cursor where it is.
        if (op.kind.startsWith('merge') || op.kind === 'split') setCursor((c) => ({ ...c, row: outcome.start }));
      } catch (error) {
        report(error);
      }
    },
    [alignmentId, report],
  );

  const history = useCallback(
    async (direction: 'undo' | 'redo') => {
      try {
        const outcome = direction === 'undo' ? await repository.undo(alignmentId) : await repository.redo(alignmentId);
        if (!outcome) notify('info', direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.');
        else {
          setCursor((c) => ({ ...c, row: outcome.start }));
          notify('info', `${direction === 'undo' ? 'Undone' : 'Redone'}: ${outcome.label}.`);
        }
      } catch (error) {
        report(error);
      }
    },
    [alignmentId, notify, report],
  );

  const { run: runAlign } = realignTask;
  const realign = useCallback(async () => {
    try {
      const input = await repository.loadRealignInput(alignmentId);
      const { beads } = await runAlign({ documents: input.documents, fixed: input.fixed });
      await repository.replaceUnconfirmed(alignmentId, beads, input.version);
      notify('success', `Realigned the unconfirmed rows; ${input.fixed.length} confirmed rows kept.`);
    } catch (error) {
      report(error);
    }
  }, [alignmentId, notify, report, runAlign]);

  const find = (from: number, step: 1 | -1, test: (k: number) => boolean, none: string): void => {
    for (let k = from + step; k >= 0 && k < rowCount; k += step) {
      if (test(k)) {
        setCursor({ ...cursor, row: k });
        return;
      }
    }
    notify('info', none);
  };
  const isLow = (k: number): boolean => view.beads[k]!.score < LOW_CONFIDENCE && view.beads[k]!.status !== 'confirmed';
  const moveTo = (row: number): void => setCursor({ ...cursor, row: Math.max(0, Math.min(row, rowCount - 1)) });
  const { row, column } = cursor;

  const runKey = (id: AlignmentKeyId, pageRows: number): void => {
    if (rowCount === 0) return;
    switch (id) {
      case 'row-down':
        return moveTo(row + 1);
      case 'row-up':
        return moveTo(row - 1);
      case 'page-down':
        return moveTo(row + pageRows);
      case 'page-up':
        return moveTo(row - pageRows);
      case 'first-row':
        return moveTo(0);
      case 'last-row':
        return moveTo(rowCount - 1);
      case 'column-right':
        return setCursor({ row, column: Math.min(column + 1, view.columns.length - 1) });
      case 'column-left':
        return setCursor({ row, column: Math.max(column - 1, 0) });
      case 'merge-next':
        return void edit({ kind: 'mergeWithNext', row });
      case 'merge-previous':
        return void edit({ kind: 'mergeWithPrevious', row });
      case 'split':
        return void edit({ kind: 'split', row });
      case 'move-up':
        return void edit({ kind: 'moveUp', row, column });
      case 'move-down':
        return void edit({ kind: 'moveDown', row, column });
      case 'no-counterpart':
        return void edit({ kind: 'detach', row, column });
      case 'toggle-confirm':
        return void edit({ kind: view.beads[row]!.status === 'confirmed' ? 'unconfirm' : 'confirm', row });
      case 'confirm-above':
        return void edit({ kind: 'confirmAbove', row });
      case 'realign':
        if (!realignTask.running) void realign();
        return;
      case 'undo':
        return void history('undo');
      case 'redo':
        return void history('redo');
      case 'next-low':
        return find(row, 1, isLow, 'No low-confidence row below.');
      case 'previous-low':
        return find(row, -1, isLow, 'No low-confidence row above.');
      case 'next-unconfirmed':
        return find(row, 1, (k) => view.beads[k]!.status !== 'confirmed', 'No unconfirmed row below.');
      case 'go-to-row':
        return setGoToOpen(true);
    }
  };

  return {
    cursor,
    setCursor,
    runKey,
    edit,
    goToOpen,
    closeGoTo: () => setGoToOpen(false),
    goTo: (rowNumber: number) => {
      setGoToOpen(false);
      moveTo(rowNumber - 1);
    },
    realigning: realignTask.running,
  };
}
