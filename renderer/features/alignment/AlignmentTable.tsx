import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import type { AlignmentView } from '../../db/repository';
import { languageName } from '../../common/languageNames';
import { AlignmentRow } from './AlignmentRow';

/**
 * The side-by-side view: one row per bead, one column per document. Rows are virtualised (only
 * those near the viewport are in the DOM) and measured, since their heights vary with the text.
 */
export function AlignmentTable({ view, matches, activeIndex = null }: { view: AlignmentView; matches?: readonly number[]; activeIndex?: number | null }) {
  const scroller = useRef<HTMLDivElement>(null);
  const matched = useMemo(() => new Set(matches ?? []), [matches]);
  const virtualizer = useVirtualizer({
    count: view.beads.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 72,
    overscan: 8,
    getItemKey: (index) => view.beads[index]?.id ?? index,
  });
  useEffect(() => {
    if (activeIndex !== null) virtualizer.scrollToIndex(activeIndex, { align: 'center' });
  }, [activeIndex, virtualizer]);
  const langs = view.columns.map((doc) => doc.lang);
  const template = { gridTemplateColumns: `4.25rem 6.5rem repeat(${view.columns.length}, minmax(0, 1fr))` };

  return (
    <div
      ref={scroller}
      className="grid"
      role="grid"
      aria-label="Aligned sentences"
      aria-rowcount={view.beads.length + 1}
      aria-colcount={view.columns.length + 2}
      aria-readonly="true"
      data-testid="alignment-table"
      tabIndex={0}
    >
      <div role="rowgroup" className="grid__head">
        <div role="row" aria-rowindex={1} className="grid__row grid__row--head" style={template}>
          <div role="columnheader" aria-colindex={1} className="grid__cell grid__cell--num">
            #
          </div>
          <div role="columnheader" aria-colindex={2} className="grid__cell grid__cell--conf">
            Confidence
          </div>
          {view.columns.map((doc, c) => (
            <div key={doc.id} role="columnheader" aria-colindex={c + 3} className="grid__cell" data-testid="alignment-column-header">
              <span className="grid__doc-title">{doc.title}</span>
              <span className="lang-badge" title={languageName(doc.lang)}>
                {doc.lang}
              </span>
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="grid__body" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const bead = view.beads[item.index];
          if (!bead) return null;
          return (
            <AlignmentRow
              key={item.key}
              ref={virtualizer.measureElement}
              bead={bead}
              index={item.index}
              langs={langs}
              match={item.index === activeIndex ? 'current' : matched.has(item.index) ? 'hit' : undefined}
              style={{ ...template, transform: `translateY(${item.start}px)` }}
            />
          );
        })}
      </div>
    </div>
  );
}
