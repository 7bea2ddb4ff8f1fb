import type { SegmentView } from '../../db/repository';

/** One column of one row: the bead's segments in that document, or a "no counterpart" mark. */
export function AlignmentCell({ segments, colIndex, lang, column, active = false }: { segments: SegmentView[]; colIndex: number; lang: string; column: number; active?: boolean }) {
  const marks = { 'data-column': column, 'aria-current': active || undefined } as const;
  if (segments.length === 0) {
    return (
      <div role="gridcell" aria-colindex={colIndex} className={`grid__cell grid__cell--empty${active ? ' grid__cell--active' : ''}`} data-testid="alignment-cell" {...marks}>
        <span aria-label="No counterpart" title="No counterpart in this document">
          —
        </span>
      </div>
    );
  }
  return (
    <div role="gridcell" aria-colindex={colIndex} className={`grid__cell${active ? ' grid__cell--active' : ''}`} lang={lang} data-testid="alignment-cell" {...marks}>
      {segments.map((segment) => (
        <p key={segment.id} className={`seg seg--${segment.kind}`} title={segment.kind === 'boilerplate' ? `Boilerplate${segment.reason ? `: ${segment.reason}` : ''} — not aligned` : undefined}>
          {segment.text}
        </p>
      ))}
    </div>
  );
}
