import type { SegmentView } from '../../db/repository';

/** One column of one row: the bead's segments in that document, or a "no counterpart" mark. */
export function AlignmentCell({ segments, colIndex, lang }: { segments: SegmentView[]; colIndex: number; lang: string }) {
  if (segments.length === 0) {
    return (
      <div role="gridcell" aria-colindex={colIndex} className="grid__cell grid__cell--empty" data-testid="alignment-cell">
        <span aria-label="No counterpart" title="No counterpart in this document">
          —
        </span>
      </div>
    );
  }
  return (
    <div role="gridcell" aria-colindex={colIndex} className="grid__cell" lang={lang} data-testid="alignment-cell">
      {segments.map((segment) => (
        <p key={segment.id} className={`seg seg--${segment.kind}`} title={segment.kind === 'boilerplate' ? `Boilerplate${segment.reason ? `: ${segment.reason}` : ''} — not aligned` : undefined}>
          {segment.text}
        </p>
      ))}
    </div>
  );
}
