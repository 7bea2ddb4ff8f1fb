import type { SegmentView } from '../../db/repository';
import { useT } from '../../i18n/useT';
import { messages } from './messages';
import { SegmentDiff } from './SegmentDiff';
import { SentenceEditor } from './SentenceEditor';
import { SentenceText } from './SentenceText';

/** Where a sentence of this cell can be dragged: its first one to the row above, its last one to the row below. */
export type DragDirections = 'up' | 'down' | 'both';

interface Props {
  segments: SegmentView[];
  colIndex: number;
  lang: string;
  column: number;
  active?: boolean;
  /** Whether the row has a row above / below (for dragging a sentence there). */
  hasAbove?: boolean;
  hasBelow?: boolean;
  /** The sentence being edited in place in this cell, if any. */
  editingSegmentId?: number | null;
  onSaveText?: (text: string, byKey: boolean) => void;
  onCancelEdit?: () => void;
  /** This cell of a row is where a dragged sentence would land. */
  dropTarget?: boolean;
}

/** One column of one row: the bead's segments in that document, or a "no counterpart" mark. */
export function AlignmentCell({ segments, colIndex, lang, column, active = false, hasAbove = false, hasBelow = false, editingSegmentId = null, onSaveText, onCancelEdit, dropTarget = false }: Props) {
  const t = useT(messages);
  const marks = { 'data-column': column, 'aria-current': active || undefined, 'data-drop-target': dropTarget || undefined } as const;
  const state = `${active ? ' grid__cell--active' : ''}${dropTarget ? ' grid__cell--drop' : ''}`;
  if (segments.length === 0) {
    return (
      <div role="gridcell" aria-colindex={colIndex} className={`grid__cell grid__cell--empty${state}`} data-testid="alignment-cell" {...marks}>
        <span aria-label={t('noCounterpart')} title={t('noCounterpartTitle')}>
          —
        </span>
      </div>
    );
  }
  const last = segments.length - 1;
  return (
    <div role="gridcell" aria-colindex={colIndex} className={`grid__cell${state}`} lang={lang} data-testid="alignment-cell" {...marks}>
      {segments.map((segment, k) => {
        if (segment.id === editingSegmentId) {
          return <SentenceEditor key={segment.id} text={segment.text} lang={lang} onSave={(text, byKey) => onSaveText?.(text, byKey)} onCancel={() => onCancelEdit?.()} />;
        }
        const up = k === 0 && hasAbove;
        const down = k === last && hasBelow;
        const drag: DragDirections | undefined = up && down ? 'both' : up ? 'up' : down ? 'down' : undefined;
        const edited = segment.originalText !== undefined && segment.originalText !== segment.text;
        const diffId = `seg-diff-${segment.id}`;
        const title =
          segment.kind === 'boilerplate'
            ? segment.reason
              ? t('boilerplateReasonTitle', { reason: segment.reason })
              : t('boilerplateTitle')
            : drag === 'both'
              ? t('dragUpOrDown')
              : drag === 'up'
                ? t('dragUp')
                : drag === 'down'
                  ? t('dragDown')
                  : undefined;
        return (
          <p
            key={segment.id}
            className={`seg seg--${segment.kind}${edited ? ' seg--edited' : ''}${drag ? ' seg--draggable' : ''}`}
            title={title}
            draggable={drag ? true : undefined}
            data-segment={segment.id}
            data-drag={drag}
            data-testid="segment"
            aria-describedby={edited ? diffId : undefined}
          >
            <SentenceText text={segment.text} lang={lang} />
            {edited && (
              <>
                {' '}
                <span className="seg__edited" title={t('editedTitle')} data-testid="segment-edited-mark">
                  {t('edited')}
                </span>
                <SegmentDiff id={diffId} original={segment.originalText!} text={segment.text} />
              </>
            )}
          </p>
        );
      })}
    </div>
  );
}
