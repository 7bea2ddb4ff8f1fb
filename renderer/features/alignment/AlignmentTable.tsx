import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { ALIGNMENT_KEYS, type AlignmentKeyId } from '../../../shared/commands';
import type { AlignmentView } from '../../db/repository';
import { languageName } from '../../common/languageNames';
import { matchesAccelerator } from '../../shell/keys';
import { isMacPlatform } from '../../shell/useKeyboardShortcuts';
import { AlignmentRow, rowDomId } from './AlignmentRow';
import { GoToRow } from './GoToRow';
import { RowActions } from './RowActions';
import type { AlignmentEditing } from './useAlignmentEditing';

const KEY_TABLE = Object.entries(ALIGNMENT_KEYS).flatMap(([id, spec]) => spec.keys.map((key) => [key, id as AlignmentKeyId] as const));

/** The alignment key for a key press on the grid, if any. */
function alignmentKey(event: KeyboardEvent, isMac: boolean): AlignmentKeyId | null {
  const key = event.key === ' ' ? 'Space' : event.key;
  const like = { key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, shiftKey: event.shiftKey };
  return KEY_TABLE.find(([accelerator]) => matchesAccelerator(accelerator, like, isMac))?.[1] ?? null;
}

/**
 * The side-by-side view: one row per bead, one column per document. Rows are virtualised (only
 * those near the viewport are in the DOM) and measured, since their heights vary with the text.
 */
export function AlignmentTable({
  view,
  matches,
  activeIndex = null,
  editing,
}: {
  view: AlignmentView;
  matches?: readonly number[];
  activeIndex?: number | null;
  editing: AlignmentEditing;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const isMac = useMemo(isMacPlatform, []);
  const { cursor } = editing;
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
  useEffect(() => {
    if (view.beads.length > 0) virtualizer.scrollToIndex(cursor.row, { align: 'auto' });
  }, [cursor.row, view.beads.length, virtualizer]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    // Keys typed into a field or pressed on a button inside the grid are theirs.
    if (event.target !== event.currentTarget || event.nativeEvent.isComposing) return;
    const id = alignmentKey(event, isMac);
    if (!id) return;
    event.preventDefault();
    event.stopPropagation();
    const pageRows = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 720) / 72) - 1);
    editing.runKey(id, pageRows);
  };
  const current = view.beads[cursor.row];
  const langs = view.columns.map((doc) => doc.lang);
  const template = { gridTemplateColumns: `5.5rem 6.5rem repeat(${view.columns.length}, minmax(0, 1fr))` };

  return (
    <>
      {editing.goToOpen && (
        <GoToRow
          rowCount={view.beads.length}
          onGo={(n) => {
            editing.goTo(n);
            scroller.current?.focus();
          }}
          onClose={() => {
            editing.closeGoTo();
            scroller.current?.focus();
          }}
        />
      )}
      <div
        ref={scroller}
        className="grid"
        role="grid"
        aria-label="Aligned sentences"
        aria-rowcount={view.beads.length + 1}
        aria-colcount={view.columns.length + 2}
        aria-activedescendant={current ? rowDomId(current.id) : undefined}
        aria-busy={editing.realigning || undefined}
        data-testid="alignment-table"
        tabIndex={0}
        onKeyDown={onKeyDown}
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
                selected={item.index === cursor.row}
                activeColumn={cursor.column}
                onSelect={(row, column) => {
                  editing.setCursor({ row, column: column ?? cursor.column });
                  scroller.current?.focus({ preventScroll: true });
                }}
                actions={item.index === cursor.row ? <RowActions row={item.index} column={cursor.column} status={bead.status} onEdit={(op) => void editing.edit(op)} /> : undefined}
                style={{ ...template, transform: `translateY(${item.start}px)` }}
              />
            );
          })}
        </div>
      </div>
    </>
  );
}
