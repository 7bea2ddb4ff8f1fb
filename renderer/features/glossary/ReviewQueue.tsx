import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { conceptOf } from '../../db/glossaryRepository';
import type { GlossaryConceptRecord, Stored } from '../../db/types';
import { useT } from '../../i18n/useT';
import { EntryDetail } from './EntryDetail';
import { entryLabel, matchesFilter, type EntryFilter } from './filterEntries';
import { useGlossaryEntries } from './glossaryHooks';
import { ConceptTypeOptions } from './ConceptTypeOptions';
import { STATUS_LABEL, TYPE_LABEL } from './labels';
import { glossaryMessages } from './messages';
import { useGlossaryActions } from './useGlossaryActions';

/**
 * The review queue: filters and search, the entries (candidates best first) as a keyboard-driven
 * list, and the chosen entry's editor. Keys on the list: ↑ ↓ Home End move, A approve, R reject or
 * restore, E edit, M merge, S split.
 */
export function ReviewQueue({ projectId }: { projectId: number }) {
  const t = useT(glossaryMessages);
  const entries = useGlossaryEntries(projectId);
  const approved = useMemo(() => (entries ?? []).filter((e) => e.status === 'approved').map(conceptOf), [entries]);
  const actions = useGlossaryActions();
  const [filter, setFilter] = useState<EntryFilter>({ status: 'all', type: 'all', query: '' });
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const lastIndex = useRef(0);
  const detail = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);

  const visible = useMemo(() => (entries ?? []).filter((e) => matchesFilter(e, filter)), [entries, filter]);
  let index = visible.findIndex((e) => e.id === selectedId);
  // The chosen entry left the list (approved under a "candidates" filter…): the next one takes its place.
  if (index < 0 && visible.length > 0) index = Math.min(lastIndex.current, visible.length - 1);
  if (index >= 0) lastIndex.current = index;
  const selected: Stored<GlossaryConceptRecord> | undefined = visible[index];

  const select = (k: number): void => {
    const entry = visible[Math.max(0, Math.min(k, visible.length - 1))];
    if (!entry) return;
    setSelectedId(entry.id);
    document.getElementById(`glossary-entry-${entry.id}`)?.scrollIntoView({ block: 'nearest' });
  };
  const focusInDetail = (selector: string): void => detail.current?.querySelector<HTMLElement>(selector)?.focus();

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>): void => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const run = (f: () => void): void => {
      event.preventDefault();
      f();
    };
    switch (key) {
      case 'ArrowDown':
        return run(() => select(index + 1));
      case 'ArrowUp':
        return run(() => select(index - 1));
      case 'Home':
        return run(() => select(0));
      case 'End':
        return run(() => select(visible.length - 1));
      case 'a':
        return run(() => selected && selected.status !== 'approved' && void actions.approve(selected));
      case 'r':
        return run(() => selected && void (selected.status === 'rejected' ? actions.unreject(selected) : actions.reject(selected)));
      case 'e':
        return run(() => focusInDetail('[data-testid="glossary-type"]'));
      case 'm':
        return run(() => focusInDetail('[data-testid="glossary-merge-with"]'));
      case 's':
        return run(() => focusInDetail('[data-testid="glossary-split-choice"]'));
    }
  };

  if (entries === undefined) return <p className="muted">{t('loading')}</p>;

  return (
    <div className="glossary-review">
      <div className="toolbar glossary-filters">
        <label className="small">
          {t('filterStatus')}{' '}
          <select
            className="select"
            data-testid="glossary-filter-status"
            value={filter.status}
            onChange={(event) => setFilter({ ...filter, status: event.target.value as EntryFilter['status'] })}
          >
            <option value="all">{t('all')}</option>
            {(['candidate', 'approved', 'rejected'] as const).map((s) => (
              <option key={s} value={s}>
                {t(STATUS_LABEL[s])}
              </option>
            ))}
          </select>
        </label>
        <label className="small">
          {t('filterType')}{' '}
          <select className="select" data-testid="glossary-filter-type" value={filter.type} onChange={(event) => setFilter({ ...filter, type: event.target.value as EntryFilter['type'] })}>
            <option value="all">{t('all')}</option>
            <ConceptTypeOptions />
          </select>
        </label>
        <input
          className="input"
          type="search"
          aria-label={t('search')}
          placeholder={t('search')}
          data-testid="glossary-search"
          value={filter.query}
          onChange={(event) => setFilter({ ...filter, query: event.target.value })}
        />
        <span className="count" data-testid="glossary-count">
          {t('entries', { count: visible.length })}
        </span>
      </div>
      {entries.length === 0 ? (
        <p className="empty-state" data-testid="glossary-empty">
          {t('emptyGlossary')}
        </p>
      ) : (
        <div className="glossary-review__body">
          <div className="glossary-review__list">
            {visible.length === 0 ? (
              <p className="muted">{t('noMatches')}</p>
            ) : (
              <ul
                ref={list}
                className="glossary-list"
                role="listbox"
                tabIndex={0}
                aria-label={t('entryList')}
                aria-activedescendant={selected ? `glossary-entry-${selected.id}` : undefined}
                aria-describedby="glossary-keys-hint"
                data-testid="glossary-list"
                onKeyDown={onKeyDown}
              >
                {visible.map((entry) => (
                  <li
                    key={entry.id}
                    id={`glossary-entry-${entry.id}`}
                    role="option"
                    aria-selected={entry.id === selected?.id}
                    className={`glossary-list__item glossary-list__item--${entry.status}${entry.id === selected?.id ? ' glossary-list__item--selected' : ''}`}
                    data-testid="glossary-entry"
                    data-status={entry.status}
                    onClick={() => {
                      setSelectedId(entry.id);
                      list.current?.focus();
                    }}
                  >
                    <span className="glossary-list__label" data-testid="glossary-entry-label">
                      {entryLabel(entry)}
                    </span>
                    <span className="glossary-list__meta small muted">
                      {t(TYPE_LABEL[entry.concept.type])} · {t(STATUS_LABEL[entry.status])} · {entry.concept.score.toFixed(2)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <p id="glossary-keys-hint" className="small muted">
              {t('keysHint')}
            </p>
          </div>
          <div className="glossary-review__detail" ref={detail}>
            {selected ? <EntryDetail key={selected.id} entry={selected} entries={entries} actions={actions} approved={approved} /> : <p className="muted">{t('noSelection')}</p>}
          </div>
        </div>
      )}
    </div>
  );
}
