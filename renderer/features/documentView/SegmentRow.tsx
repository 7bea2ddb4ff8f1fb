import type { SegmentRecord, Stored } from '../../db/types';
import { useT } from '../../i18n/useT';
import { messages } from './messages';
import { SplitEditor } from './SplitEditor';

interface Props {
  segment: Stored<SegmentRecord>;
  index: number;
  isLast: boolean;
  current: boolean;
  splitting: boolean;
  busy: boolean;
  onSelect: () => void;
  onStartSplit: () => void;
  onSplit: (offset: number) => void;
  onCancelSplit: () => void;
  onJoin: () => void;
  onToggle: (included: boolean) => void;
}

export const segmentDomId = (index: number): string => `document-segment-${index}`;

/** One segment: number, kind, text (dimmed with its reason when left out), and its actions. */
export function SegmentRow({ segment, index, isLast, current, splitting, busy, onSelect, onStartSplit, onSplit, onCancelSplit, onJoin, onToggle }: Props) {
  const t = useT(messages);
  const included = segment.kind !== 'boilerplate';
  const kindName = segment.kind === 'sentence' ? t('kindSentence') : segment.kind === 'heading' ? t('kindHeading') : t('kindBoilerplate');
  const reasonKey = `reason_${segment.reason ?? ''}`;
  const reason = segment.reason === 'user' ? t('reasonUser') : reasonKey in messages.en ? t(reasonKey as keyof typeof messages.en) : segment.reason;
  return (
    <div
      id={segmentDomId(index)}
      role="listitem"
      className={`segment-row segment-row--${segment.kind}${current ? ' segment-row--current' : ''}`}
      data-testid="segment-row"
      data-segment-id={segment.id}
      data-kind={segment.kind}
      aria-current={current || undefined}
      onClick={(event) => {
        // A click on the text selects the segment and gives the list the keyboard; controls keep theirs.
        if (!(event.target as HTMLElement).closest('button, input, textarea, select, label')) onSelect();
      }}
    >
      <span className="segment-row__number num muted">{index + 1}</span>
      <div className="segment-row__body">
        {splitting ? (
          <SplitEditor text={segment.text} onSplit={onSplit} onCancel={onCancelSplit} />
        ) : (
          <p className="segment-row__text" data-testid="segment-text">
            {segment.text}
          </p>
        )}
        <span className="segment-row__meta small muted">
          {!included && reason !== undefined ? (
            <span className="segment-row__reason" data-testid="segment-reason" data-reason={segment.reason}>
              {t('reason', { reason })}
            </span>
          ) : (
            <span className="segment-row__kind">{kindName}</span>
          )}
        </span>
      </div>
      <div className="segment-row__actions">
        <label className="segment-row__include small" title={t('includeTitle')}>
          <input type="checkbox" data-testid="segment-include" checked={included} disabled={busy} onChange={(e) => onToggle(e.target.checked)} /> {t('included')}
        </label>
        {!splitting && (
          <button type="button" className="button button--small" data-testid="segment-split" title={t('splitTitle')} disabled={busy} onClick={onStartSplit}>
            {t('split')}
          </button>
        )}
        <button type="button" className="button button--small" data-testid="segment-join" title={t('joinTitle')} disabled={busy || isLast} onClick={onJoin}>
          {t('join')}
        </button>
      </div>
    </div>
  );
}
