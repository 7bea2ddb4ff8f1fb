import type { DiffPart } from '../../../shared/compare/wordDiff';

export type DiffLayoutSide = 'left' | 'right' | 'inline';

/**
 * One column of the comparison: the left text with its own words struck through, the right text
 * with its own words underlined, or (inline) both merged. Shared words are plain.
 */
export function DiffText({ parts, side, removedLabel, addedLabel, testId }: { parts: readonly DiffPart[]; side: DiffLayoutSide; removedLabel: string; addedLabel: string; testId: string }) {
  return (
    <div className="compare__text" data-testid={testId}>
      {parts.map((part, i) => {
        if (part.kind === 'same') return <span key={i}>{side === 'right' ? part.right : part.left}</span>;
        if (part.kind === 'removed') {
          return side === 'right' ? null : (
            <del key={i} className="compare__removed" title={removedLabel}>
              {part.left}
            </del>
          );
        }
        return side === 'left' ? null : (
          <ins key={i} className="compare__added" title={addedLabel}>
            {part.right}
          </ins>
        );
      })}
    </div>
  );
}
