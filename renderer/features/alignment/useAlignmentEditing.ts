import { useCallback, useState } from 'react';
import type { AlignmentKeyId } from '../../../shared/commands';
import { EditNotApplicableError, type BeadOp } from '../../../shared/editing/beadOps';
import type { Progress } from '../../../shared/model';
import { glossaryRepository } from '../../db/glossaryRepository';
import { editAlignment } from '../../db/hooks';
import { repository, type AlignmentView, type EditOutcome, type RowLocator } from '../../db/repository';
import { isCancelled } from '../../engine/engineClient';
import { useEngineTask } from '../../engine/useEngineTask';
import { useT } from '../../i18n/useT';
import { useErrorMessage, useNotifications } from '../../shell/NotificationsProvider';
import { LOW_CONFIDENCE } from './confidenceScale';
import { editLabel } from './editLabel';
import { messages } from './messages';
import type { RowList } from './rowList';

export interface Cursor {
  row: number;
  column: number;
}

/** The sentence whose text is being edited in place. */
export interface TextEditTarget {
  row: number;
  segmentId: number;
}

export interface AlignmentEditing {
  /** Always a shown row (when any is shown). */
  cursor: Cursor;
  setCursor: (cursor: Cursor) => void;
  /** Runs a key of the alignment view (shared/commands.ts ALIGNMENT_KEYS); `pageRows` rows per page. */
  runKey: (id: AlignmentKeyId, pageRows: number) => void;
  edit: (op: BeadOp) => Promise<void>;
  goToOpen: boolean;
  closeGoTo: () => void;
  goTo: (rowNumber: number) => void;
  /** In-place text edit (F2, double-click): which sentence, start, save, cancel. */
  textEdit: TextEditTarget | null;
  startTextEdit: (target: TextEditTarget) => void;
  saveText: (text: string) => Promise<void>;
  cancelTextEdit: () => void;
  realigning: boolean;
  realignProgress: Progress | null;
  cancelRealign: () => void;
}

/** Keys that only move the cursor: they work while the rows are still being read. */
const NAVIGATION_KEYS: ReadonlySet<AlignmentKeyId> = new Set(['row-down', 'row-up', 'page-down', 'page-up', 'first-row', 'last-row', 'column-right', 'column-left', 'go-to-row']);

/**
 * The row cursor and the editing commands of the alignment view: edits, undo/redo, navigation,
 * text edits, realign. `rows` are the rows shown (all, or those a filter keeps): navigation moves
 * among them, and row numbers stay the real ones. Until `ready` (the view holds only the first
 * rows while the rest are read), only the cursor moves.
 */
export function useAlignmentEditing(view: AlignmentView, rows: RowList, ready = true): AlignmentEditing {
  const { notify } = useNotifications();
  const t = useT(messages);
  const errorMessage = useErrorMessage();
  const [rawCursor, setCursor] = useState<Cursor>({ row: 0, column: 0 });
  const [goToOpen, setGoToOpen] = useState(false);
  const [textEdit, setTextEdit] = useState<TextEditTarget | null>(null);
  const realignTask = useEngineTask('align');
  const cursor: Cursor = {
    row: rows.snap(rawCursor.row),
    column: Math.max(0, Math.min(rawCursor.column, view.columns.length - 1)),
  };
  const alignmentId = view.alignment.id;
  const projectId = view.alignment.projectId;

  const report = useCallback(
    (error: unknown) => {
      // The refusal carries its own translated text (shared/i18n/errorMessages.ts `edit.*`).
      if (error instanceof EditNotApplicableError) notify('info', errorMessage(error));
      else if (isCancelled(error)) notify('info', t('realignCancelled'));
      else notify('error', t('editFailed', { error: errorMessage(error) }));
    },
    [errorMessage, notify, t],
  );

  const run = useCallback((task: () => Promise<EditOutcome>) => editAlignment(projectId, task), [projectId]);
  // The shown rows' ids and orders let an edit read just its rows (see beadWindow in the repository).
  const { beads } = view;
  const locate: RowLocator = useCallback((row: number) => {
    const bead = beads[row];
    return bead && { id: bead.id, order: bead.order };
  }, [beads]);

  const edit = useCallback(
    async (op: BeadOp) => {
      if (!ready) return notify('info', t('stillReading'));
      try {
        const outcome = await run(() => repository.applyEdit(alignmentId, op, locate));
        // Merges, splits and moves land on the first row they produced; the other edits keep the cursor where it is.
        if (op.kind.startsWith('merge') || op.kind === 'split') setCursor((c) => ({ ...c, row: outcome.start }));
        else if (op.kind === 'moveUp' || op.kind === 'moveDown') setCursor((c) => ({ ...c, row: op.kind === 'moveUp' ? outcome.start : Math.min(op.row, outcome.start + outcome.count - 1) }));
      } catch (error) {
        report(error);
      }
    },
    [alignmentId, locate, notify, ready, report, run, t],
  );

  const history = useCallback(
    async (direction: 'undo' | 'redo') => {
      try {
        const outcome = await editAlignment(projectId, () => (direction === 'undo' ? repository.undo(alignmentId, locate) : repository.redo(alignmentId, locate)));
        if (!outcome) notify('info', direction === 'undo' ? t('nothingToUndo') : t('nothingToRedo'));
        else {
          setCursor((c) => ({ ...c, row: outcome.start }));
          const label = editLabel(t, outcome.op, outcome.label);
          notify('info', direction === 'undo' ? t('undone', { label }) : t('redone', { label }));
        }
      } catch (error) {
        report(error);
      }
    },
    [alignmentId, locate, notify, projectId, report, t],
  );

  const { run: runAlign } = realignTask;
  const realign = useCallback(async () => {
    try {
      const input = await repository.loadRealignInput(alignmentId);
      // Approved glossary terms anchor the realignment too, as in the first alignment.
      const terms = await glossaryRepository.termAnchors(projectId);
      const { beads } = await runAlign({ documents: input.documents, fixed: input.fixed, terms });
      await run(() => repository.replaceUnconfirmed(alignmentId, beads, input.version));
      notify('success', t('realigned', { count: input.fixed.length }));
    } catch (error) {
      report(error);
    }
  }, [alignmentId, notify, projectId, report, run, runAlign, t]);

  const saveText = useCallback(
    async (text: string) => {
      const target = textEdit;
      setTextEdit(null);
      if (!target) return;
      const segment = view.beads[target.row]?.cells.flat().find((s) => s.id === target.segmentId);
      if (segment && segment.text === text.trim()) return;
      try {
        await run(() => repository.editSegmentText(alignmentId, target.row, target.segmentId, text, locate));
      } catch (error) {
        report(error);
      }
    },
    [alignmentId, locate, report, run, textEdit, view.beads],
  );

  const find = (step: 1 | -1, test: (k: number) => boolean, none: string): void => {
    const found = rows.find(cursor.row, step, test);
    if (found === null) notify('info', none);
    else setCursor({ ...cursor, row: found });
  };
  const isLow = (k: number): boolean => view.beads[k]!.score < LOW_CONFIDENCE && view.beads[k]!.status !== 'confirmed';
  const moveBy = (delta: number): void => setCursor({ ...cursor, row: rows.step(cursor.row, delta) });
  const { row, column } = cursor;

  const runKey = (id: AlignmentKeyId, pageRows: number): void => {
    if (!ready && !NAVIGATION_KEYS.has(id)) return notify('info', t('stillReading'));
    if (rows.length === 0 && id !== 'undo' && id !== 'redo' && id !== 'realign') return;
    switch (id) {
      case 'row-down':
        return moveBy(1);
      case 'row-up':
        return moveBy(-1);
      case 'page-down':
        return moveBy(pageRows);
      case 'page-up':
        return moveBy(-pageRows);
      case 'first-row':
        return setCursor({ row: rows.at(0), column });
      case 'last-row':
        return setCursor({ row: rows.at(rows.length - 1), column });
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
      case 'edit-text': {
        const first = view.beads[row]?.cells[column]?.[0];
        if (first) setTextEdit({ row, segmentId: first.id });
        else notify('info', t('nothingToEdit', { row: row + 1 }));
        return;
      }
      case 'realign':
        if (!realignTask.running) void realign();
        return;
      case 'undo':
        return void history('undo');
      case 'redo':
        return void history('redo');
      case 'next-low':
        return find(1, isLow, t('noLowBelow'));
      case 'previous-low':
        return find(-1, isLow, t('noLowAbove'));
      case 'next-unconfirmed':
        return find(1, (k) => view.beads[k]!.status !== 'confirmed', t('noUnconfirmedBelow'));
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
      setCursor({ ...cursor, row: rowNumber - 1 });
    },
    textEdit,
    startTextEdit: (target: TextEditTarget) => (ready ? setTextEdit(target) : notify('info', t('stillReading'))),
    saveText,
    cancelTextEdit: () => setTextEdit(null),
    realigning: realignTask.running,
    realignProgress: realignTask.progress,
    cancelRealign: realignTask.cancel,
  };
}
