import { useVirtualizer } from '@tanstack/react-virtual';
import { forwardRef, useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent } from 'react';
import type { SegmentRecord, Stored } from '../../db/types';
import { useT } from '../../i18n/useT';
import { messages } from './messages';
import { SegmentRow, segmentDomId } from './SegmentRow';
import type { SegmentEditing } from './useSegmentEditing';

export interface SegmentListHandle {
  /** Moves the cursor to a segment, scrolls it into view and focuses the list. */
  jumpTo: (index: number) => void;
}

interface Props {
  segments: Stored<SegmentRecord>[];
  lang: string;
  title: string;
  editing: SegmentEditing;
}

/**
 * The document's segments in order, virtualised (only those near the viewport are in the DOM,
 * measured since their heights vary). The list takes the keyboard: ↑/↓, Page Up/Down, Home/End
 * move the cursor; S splits, J joins with the next, X includes or leaves out; Ctrl+Z / Ctrl+Shift+Z
 * (Ctrl+Y) undo and redo.
 */
export const SegmentList = forwardRef<SegmentListHandle, Props>(function SegmentList({ segments, lang, title, editing }, ref) {
  const t = useT(messages);
  const scroller = useRef<HTMLDivElement>(null);
  const [cursor, setCursor] = useState(0);
  const [splitting, setSplitting] = useState<number | null>(null);
  const virtualizer = useVirtualizer({
    count: segments.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 64,
    overscan: 10,
    getItemKey: (index) => segments[index]?.id ?? index,
  });
  const row = Math.min(cursor, Math.max(0, segments.length - 1));

  useEffect(() => {
    if (segments.length > 0) virtualizer.scrollToIndex(row, { align: 'auto' });
  }, [row, segments.length, virtualizer]);

  useImperativeHandle(ref, () => ({
    jumpTo(index: number) {
      if (index < 0 || index >= segments.length) return;
      setCursor(index);
      virtualizer.scrollToIndex(index, { align: 'center' });
      scroller.current?.focus({ preventScroll: true });
    },
  }));

  const focusList = () => scroller.current?.focus({ preventScroll: true });
  const split = async (segment: Stored<SegmentRecord>, offset: number): Promise<void> => {
    setSplitting(null);
    await editing.run({ kind: 'split', segmentId: segment.id, offset });
    focusList();
  };
  const join = async (index: number): Promise<void> => {
    const segment = segments[index];
    if (!segment || index >= segments.length - 1) return;
    await editing.run({ kind: 'join', segmentId: segment.id });
    setCursor(index);
  };
  const toggle = async (index: number, included: boolean): Promise<void> => {
    const segment = segments[index];
    if (segment) await editing.run({ kind: 'include', segmentId: segment.id, included });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const ctrl = event.ctrlKey || event.metaKey;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (ctrl && key === 'z') {
      event.preventDefault();
      void (event.shiftKey ? editing.redo() : editing.undo());
      return;
    }
    if (ctrl && key === 'y') {
      event.preventDefault();
      void editing.redo();
      return;
    }
    // Keys pressed on a button, a checkbox or the split field inside the list are theirs.
    if (event.target !== event.currentTarget || ctrl || event.altKey || event.nativeEvent.isComposing) return;
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 640) / 64) - 1);
    const move = (to: number) => setCursor(Math.max(0, Math.min(segments.length - 1, to)));
    const actions: Record<string, () => void> = {
      ArrowDown: () => move(row + 1),
      ArrowUp: () => move(row - 1),
      j: () => void join(row),
      PageDown: () => move(row + page),
      PageUp: () => move(row - page),
      Home: () => move(0),
      End: () => move(segments.length - 1),
      s: () => setSplitting(segments[row]?.id ?? null),
      x: () => void toggle(row, segments[row]?.kind === 'boilerplate'),
      ' ': () => void toggle(row, segments[row]?.kind === 'boilerplate'),
    };
    const action = actions[key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const current = segments[row];
  return (
    <>
      <p className="small muted" id="document-keys-hint">
        {t('keysHint')}
      </p>
      <div
        ref={scroller}
        className="segment-list"
        data-testid="segment-list"
        role="list"
        tabIndex={0}
        lang={lang}
        aria-label={t('segmentsLabel', { title })}
        aria-describedby="document-keys-hint"
        onKeyDown={onKeyDown}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const segment = segments[item.index]!;
            return (
              <div key={item.key} ref={virtualizer.measureElement} data-index={item.index} className="segment-list__item" style={{ transform: `translateY(${item.start}px)` }}>
                <SegmentRow
                  segment={segment}
                  index={item.index}
                  isLast={item.index === segments.length - 1}
                  current={item.index === row}
                  splitting={splitting === segment.id}
                  busy={editing.busy}
                  onSelect={() => {
                    setCursor(item.index);
                    focusList();
                  }}
                  onStartSplit={() => {
                    setCursor(item.index);
                    setSplitting(segment.id);
                  }}
                  onSplit={(offset) => void split(segment, offset)}
                  onCancelSplit={() => {
                    setSplitting(null);
                    focusList();
                  }}
                  onJoin={() => void join(item.index)}
                  onToggle={(included) => void toggle(item.index, included)}
                />
              </div>
            );
          })}
        </div>
      </div>
      <p className="visually-hidden" aria-live="polite" data-active={current ? segmentDomId(row) : undefined}>
        {current ? `${row + 1}/${segments.length}: ${current.text}` : ''}
      </p>
    </>
  );
});
