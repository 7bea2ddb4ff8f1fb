import type { CSSProperties, Ref } from 'react';
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
}

/** One bead as a grid row: its number, confidence and one cell per document. */
export function AlignmentRow({ bead, index, langs, style, ref, match }: Props) {
  const isBoilerplate = bead.cells.every((cell) => cell.every((s) => s.kind === 'boilerplate'));
  return (
    <div
      ref={ref}
      role="row"
      aria-rowindex={index + 2}
      data-index={index}
      data-testid="alignment-row"
      data-match={match}
      className={`grid__row grid__row--body ${isBoilerplate ? 'grid__row--boilerplate' : confidenceLevel(bead.score).className}${match ? ` grid__row--match-${match}` : ''}`}
      style={style}
    >
      <div role="rowheader" aria-colindex={1} className="grid__cell grid__cell--num">
        {bead.order + 1}
      </div>
      <div role="gridcell" aria-colindex={2} className="grid__cell grid__cell--conf">
        <ConfidenceBadge score={bead.score} boilerplate={isBoilerplate} />
      </div>
      {bead.cells.map((segments, c) => (
        <AlignmentCell key={c} segments={segments} colIndex={c + 3} lang={langs[c] ?? ''} />
      ))}
    </div>
  );
}
