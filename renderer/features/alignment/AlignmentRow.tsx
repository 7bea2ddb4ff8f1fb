import type { CSSProperties, ReactNode, Ref } from 'react';
import type { BeadView } from '../../db/repository';
import { AlignmentCell } from './AlignmentCell';
import { ConfidenceBadge } from './ConfidenceBadge';
import { confidenceLevel } from './confidenceScale';

interface Props {
  bead: BeadView;
  index: number;
  langs: string[];
  style: CSSProperties;
  ref?: Ref<HTMLDivElement>;
  /** Find: a matching row, or the current match. */
  match?: 'hit' | 'current' | undefined;
  /** The row under the cursor, with its current column. */
  selected?: boolean;
  activeColumn?: number;
  onSelect?: (row: number, column: number | null) => void;
  /** Buttons shown on the selected row. */
  actions?: ReactNode;
}

/** The DOM id of a row, for the grid's aria-activedescendant. */
export const rowDomId = (beadId: number): string => `alignment-row-${beadId}`;

/** One bead as a grid row: its number and status, confidence and one cell per document. */
export function AlignmentRow({ bead, index, langs, style, ref, match, selected = false, activeColumn, onSelect, actions }: Props) {
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
    >
      <div role="rowheader" aria-colindex={1} className="grid__cell grid__cell--num">
        {index + 1}
        <span className={`row-status row-status--${bead.status}`} data-testid="row-status" title={confirmed ? 'Confirmed by you' : 'Automatic: not reviewed yet'}>
          {confirmed ? <LockIcon /> : <span aria-hidden="true">○</span>} {confirmed ? 'confirmed' : 'auto'}
        </span>
      </div>
      <div role="gridcell" aria-colindex={2} className="grid__cell grid__cell--conf">
        <ConfidenceBadge score={bead.score} boilerplate={isBoilerplate} />
        {actions}
      </div>
      {bead.cells.map((segments, c) => (
        <AlignmentCell key={c} segments={segments} colIndex={c + 3} lang={langs[c] ?? ''} column={c} active={selected && activeColumn === c} />
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
