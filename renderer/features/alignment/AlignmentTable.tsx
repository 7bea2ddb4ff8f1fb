import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { ALIGNMENT_KEYS, type AlignmentKeyId } from '../../../shared/commands';
import type { AlignmentView } from '../../db/repository';
import { useLanguageName } from '../../common/languageNames';
import { matchesAccelerator } from '../../shell/keys';
import { isMacPlatform } from '../../shell/useKeyboardShortcuts';
import { useT } from '../../i18n/useT';
import type { DragDirections } from './AlignmentCell';
import { dropOp, type DragSource } from './dragSentence';
import { AlignmentRow, rowDomId } from './AlignmentRow';
import { messages } from './messages';
import type { RowList } from './rowList';
import { GoToRow } from './GoToRow';
import type { AlignmentEditing } from './useAlignmentEditing';

const KEY_TABLE = Object.entries(ALIGNMENT_KEYS).flatMap(([id, spec]) => spec.keys.map((key) => [key, id as AlignmentKeyId] as const));

/** The alignment key for a key press on the grid, if any. */
function alignmentKey(event: KeyboardEvent, isMac: boolean): AlignmentKeyId | null {
  const key = event.key === ' ' ? 'Space' : event.key;
  const like = { key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, shiftKey: event.shiftKey };
  return KEY_TABLE.find(([accelerator]) => matchesAccelerator(accelerator, like, isMac))?.[1] ?? null;
}

const rowOf = (target: EventTarget): number | null => {
  const row = (target as HTMLElement).closest?.('[data-testid="alignment-row"]');
  return row ? Number(row.getAttribute('data-index')) : null;
};

/**
 * The side-by-side view: one row per bead, one column per document. Rows are virtualised (only
 * those near the viewport are in the DOM) and measured, since their heights vary with the text.
 * `rows` are the rows shown (all, or those the filters keep); row numbers stay the real ones.
 * While `loading`, `view` holds only the first rows: the others are blank until they are read.
 */
export function AlignmentTable({
  view,
  rows,
  matches,
  activeIndex = null,
  editing,
  loading = false,
}: {
  view: AlignmentView;
  rows: RowList;
  matches?: readonly number[];
  activeIndex?: number | null;
  editing: AlignmentEditing;
  loading?: boolean;
}) {
  const t = useT(messages);
  const languageName = useLanguageName();
  const scroller = useRef<HTMLDivElement>(null);
  const isMac = useMemo(isMacPlatform, []);
  const { cursor } = editing;
  const matched = useMemo(() => new Set(matches ?? []), [matches]);
  const drag = useRef<DragSource | null>(null);
  const [drop, setDrop] = useState<{ row: number; column: number } | null>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 72,
    overscan: 8,
    indexAttribute: 'data-position',
    getItemKey: (position) => view.beads[rows.at(position)]?.id ?? position,
  });
  useEffect(() => {
    if (activeIndex !== null && rows.has(activeIndex)) virtualizer.scrollToIndex(rows.positionOf(activeIndex), { align: 'center' });
  }, [activeIndex, rows, virtualizer]);
  useEffect(() => {
    if (rows.length > 0) virtualizer.scrollToIndex(rows.positionOf(cursor.row), { align: 'auto' });
  }, [cursor.row, rows, virtualizer]);
  const focusGrid = () => scroller.current?.focus({ preventScroll: true });
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
  const onDragStart = (event: DragEvent<HTMLDivElement>): void => {
    const sentence = (event.target as HTMLElement).closest?.('[data-drag]');
    const cell = sentence?.closest('[data-column]');
    const row = rowOf(event.target);
    if (!sentence || !cell || row === null || loading) return;
    // The cursor stays put while dragging (moving it would show the row buttons elsewhere and shift rows); the edit moves it.
    drag.current = { row, column: Number(cell.getAttribute('data-column')), directions: sentence.getAttribute('data-drag') as DragDirections };
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', sentence.textContent ?? '');
  };
  const onDragOver = (event: DragEvent<HTMLDivElement>): void => {
    const row = rowOf(event.target);
    const op = row === null ? null : dropOp(drag.current, row);
    if (!op || row === null) {
      if (drop) setDrop(null);
      return;
    }
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (drop?.row !== row) setDrop({ row, column: drag.current!.column });
  };
  const endDrag = (): void => {
    drag.current = null;
    setDrop(null);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    const row = rowOf(event.target);
    const op = row === null ? null : dropOp(drag.current, row);
    endDrag();
    if (!op) return;
    event.preventDefault();
    void editing.edit(op);
    focusGrid();
  };
  const current = view.beads[cursor.row];
  const langs = view.columns.map((doc) => doc.lang);
  const template = { gridTemplateColumns: `5.5rem 7.5rem repeat(${view.columns.length}, minmax(0, 1fr))` };
  const rowCount = rows.total;

  return (
    <>
      {editing.goToOpen && (
        <GoToRow
          rowCount={rowCount}
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
        aria-label={t('gridLabel')}
        aria-rowcount={rowCount + 1}
        aria-colcount={view.columns.length + 2}
        aria-activedescendant={current && rows.length > 0 ? rowDomId(current.id) : undefined}
        aria-busy={editing.realigning || loading || undefined}
        data-loading={loading || undefined}
        data-testid="alignment-table"
        data-shown-rows={rows.length}
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        <div role="rowgroup" className="grid__head">
          <div role="row" aria-rowindex={1} className="grid__row grid__row--head" style={template}>
            <div role="columnheader" aria-colindex={1} className="grid__cell grid__cell--num">
              {t('rowNumber')}
            </div>
            <div role="columnheader" aria-colindex={2} className="grid__cell grid__cell--conf">
              {t('confidence')}
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
        {rows.length === 0 && (
          <p className="empty-state grid__none" data-testid="no-rows-shown">
            {t('noRowsShown')}
          </p>
        )}
        <div role="rowgroup" className="grid__body" style={{ height: virtualizer.getTotalSize() }} onDragStart={onDragStart} onDragOver={onDragOver} onDrop={onDrop} onDragEnd={endDrag}>
          {virtualizer.getVirtualItems().map((item) => {
            const index = rows.at(item.index);
            const bead = view.beads[index];
            if (!bead) return null;
            const selected = index === cursor.row;
            return (
              <AlignmentRow
                key={item.key}
                ref={virtualizer.measureElement}
                bead={bead}
                index={index}
                position={item.index}
                rowCount={rowCount}
                langs={langs}
                match={index === activeIndex ? 'current' : matched.has(index) ? 'hit' : undefined}
                selected={selected}
                activeColumn={cursor.column}
                onSelect={(row, column) => {
                  editing.setCursor({ row, column: column ?? cursor.column });
                  focusGrid();
                }}
                editingSegmentId={editing.textEdit?.row === index ? editing.textEdit.segmentId : null}
                onSaveText={(text, byKey) => {
                  void editing.saveText(text);
                  if (byKey) focusGrid();
                }}
                onCancelEdit={() => {
                  editing.cancelTextEdit();
                  focusGrid();
                }}
                onEditSegment={(row, column, segmentId) => {
                  editing.setCursor({ row, column });
                  editing.startTextEdit({ row, segmentId });
                }}
                dropColumn={drop?.row === index ? drop.column : null}
                style={{ ...template, transform: `translateY(${item.start}px)` }}
              />
            );
          })}
        </div>
      </div>
    </>
  );
}
