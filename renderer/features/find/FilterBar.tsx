import { useT } from '../../i18n/useT';
import { ALIGNMENT_FILTERS, type AlignmentFilter } from './alignmentFilters';
import { messages } from './messages';

const TEST_IDS: Record<AlignmentFilter, string> = {
  text: 'filter-text',
  low: 'filter-low',
  unconfirmed: 'filter-unconfirmed',
  notOneToOne: 'filter-not-one-to-one',
  emptyCell: 'filter-empty-cell',
  matches: 'filter-matches',
};

interface Props {
  active: ReadonlySet<AlignmentFilter>;
  onToggle: (filter: AlignmentFilter) => void;
  onClear: () => void;
  /** Rows shown and in all; `shown` null when no filter is active. */
  shown: number | null;
  total: number;
  /** Whether find has a query (the "matches" filter needs one). */
  canMatch: boolean;
}

/** Toggle buttons that narrow the table to the rows worth a look; several combine (all must hold). */
export function FilterBar({ active, onToggle, onClear, shown, total, canMatch }: Props) {
  const t = useT(messages);
  return (
    <div className="toolbar filter-bar" role="toolbar" aria-label={t('filters')} data-testid="filter-bar">
      <span className="small muted">{t('filters')}:</span>
      {ALIGNMENT_FILTERS.map((filter) => (
        <button
          key={filter}
          type="button"
          className={`button button--small filter-bar__toggle${active.has(filter) ? ' filter-bar__toggle--on' : ''}`}
          aria-pressed={active.has(filter)}
          disabled={filter === 'matches' && !canMatch && !active.has(filter)}
          title={t(`${filter}Title`)}
          data-testid={TEST_IDS[filter]}
          onClick={() => onToggle(filter)}
        >
          {t(filter)}
        </button>
      ))}
      {shown !== null && (
        <>
          <span className="small filter-bar__status" role="status" data-testid="filter-status">
            {t('shown', { shown, total })}
          </span>
          <button type="button" className="button button--small button--quiet" data-testid="filter-clear" onClick={onClear}>
            {t('clear')}
          </button>
        </>
      )}
    </div>
  );
}
