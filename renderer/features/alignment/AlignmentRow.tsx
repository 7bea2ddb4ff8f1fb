import type { CSSProperties, Ref } from 'react';
import type { BeadView } from '../../db/repository';
import { useT } from '../../i18n/useT';
import { AlignmentCell } from './AlignmentCell';
import { messages } from './messages';
import { ConfidenceBadge } from './ConfidenceBadge';
import { confidenceLevel } from './confidenceScale';

interface Props {
  bead: BeadView;
  /** The real row index, and the row's position among those shown (they differ under a filter). */
  index: number;
  position: number;
  rowCount: number;
  langs: string[];
  style: CSSProperties;
  ref?: Ref<HTMLDivElement>;
  /** Find: a matching row, or the current match. */
  match?: 'hit' | 'current' | undefined;
  /** The row under the cursor, with its current column. */
  selected?: boolean;
  activeColumn?: number;
  onSelect?: (row: number, column: number | null) => void;
  /** The sentence being edited in place in this row, and what to do with the result. */
  editingSegmentId?: number | null;
  onSaveText?: (text: string, byKey: boolean) => void;
  onCancelEdit?: () => void;
  /** A double-click on a sentence: edit it in place. */
  onEditSegment?: (row: number, column: number, segmentId: number) => void;
  /** The column where a dragged sentence would land in this row, if it may. */
  dropColumn?: number | null;
}

/** The DOM id of a row, for the grid's aria-activedescendant. */
export const rowDomId = (beadId: number): string => `alignment-row-${beadId}`;

/** One bead as a grid row: its number and status, confidence and one cell per document. */
export function AlignmentRow({ bead, index, position, rowCount, langs, style, ref, match, selected = false, activeColumn, onSelect, editingSegmentId = null, onSaveText, onCancelEdit, onEditSegment, dropColumn = null }: Props) {
  const t = useT(messages);
  const isBoilerplate = bead.cells.every((cell) => cell.every((s) => s.kind === 'boilerplate'));
  const confirmed = bead.status === 'confirmed';
  return (
    <div
      ref={ref}
      id={rowDomId(bead.id)}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-index={index}
      data-position={position}
      data-testid="alignment-row"
      data-status={bead.status}
      data-selected={selected || undefined}
      data-match={match}
      className={`grid__row grid__row--body ${isBoilerplate ? 'grid__row--boilerplate' : confidenceLevel(bead.score).className}${match ? ` grid__row--match-${match}` : ''}${selected ? ' grid__row--selected' : ''}`}
      style={style}
      onClick={(event) => {
        const cell = (event.target as HTMLElement).closest('[data-column]');
        onSelect?.(index, cell ? Number(cell.getAttribute('data-column')) : null);
      }}
      onDoubleClick={(event) => {
        const target = event.target as HTMLElement;
        const segment = target.closest('[data-segment]');
        const cell = target.closest('[data-column]');
        if (segment && cell) onEditSegment?.(index, Number(cell.getAttribute('data-column')), Number(segment.getAttribute('data-segment')));
      }}
    >
      <div role="rowheader" aria-colindex={1} className="grid__cell grid__cell--num">
        {index + 1}
        <span className={`row-status row-status--${bead.status}`} data-testid="row-status" title={confirmed ? t('confirmedTitle') : t('autoTitle')}>
          {confirmed ? <LockIcon /> : <span aria-hidden="true">○</span>} {confirmed ? t('confirmedStatus') : t('autoStatus')}
        </span>
      </div>
      <div role="gridcell" aria-colindex={2} className="grid__cell grid__cell--conf">
        <ConfidenceBadge score={bead.score} boilerplate={isBoilerplate} />
      </div>
      {bead.cells.map((segments, c) => (
        <AlignmentCell
          key={c}
          segments={segments}
          colIndex={c + 3}
          lang={langs[c] ?? ''}
          column={c}
          active={selected && activeColumn === c}
          hasAbove={index > 0}
          hasBelow={index < rowCount - 1}
          editingSegmentId={editingSegmentId !== null && segments.some((s) => s.id === editingSegmentId) ? editingSegmentId : null}
          onSaveText={onSaveText}
          onCancelEdit={onCancelEdit}
          dropTarget={dropColumn === c}
        />
      ))}
    </div>
  );
}

/** A small padlock drawn inline (no emoji font needed). */
function LockIcon() {
  return (
    <svg className="row-status__icon" viewBox="0 0 12 14" width="10" height="12" aria-hidden="true" focusable="false">
      <path d="M3 6V4a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <rect x="1" y="6" width="10" height="8" rx="1.5" fill="currentColor" />
    </svg>
  );
}
