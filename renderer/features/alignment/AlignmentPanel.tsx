import { useMemo, useState, type ReactNode } from 'react';
import { useAlignmentFirstRows } from '../../db/hooks';
import type { AlignmentView, DocumentSummary } from '../../db/repository';
import { useT } from '../../i18n/useT';
import { useAlignmentRowRequest } from '../../shell/rowRequest';
import { ApprovedTermsProvider } from './termsContext';
import { AlignmentMap } from '../alignmentMap/AlignmentMap';
import { filterRows, type AlignmentFilter } from '../find/alignmentFilters';
import { FilterBar } from '../find/FilterBar';
import { FindBar } from '../find/FindBar';
import { useFindInAlignment, type FindState } from '../find/useFindInAlignment';
import { AlignmentTable } from './AlignmentTable';
import { AlignToolbar } from './AlignToolbar';
import { EditToolbar } from './EditToolbar';
import { isAlignmentCurrent, MIN_COLUMNS, pickAlignmentColumns } from './alignmentColumns';
import { messages } from './messages';
import { RowList } from './rowList';
import { useAlignmentEditing } from './useAlignmentEditing';
import { useRunAlignment } from './useRunAlignment';

interface Props {
  projectId: number;
  documents: DocumentSummary[];
  /** `undefined` while loading, `null` when not aligned yet. */
  view: AlignmentView | null | undefined;
  /** Extra toolbar actions, e.g. export. */
  actions?: ReactNode;
}

/** The alignment card: toolbar with Align/Cancel, then the side-by-side table or an empty state. */
export function AlignmentPanel({ projectId, documents, view, actions }: Props) {
  const t = useT(messages);
  const run = useRunAlignment(projectId);
  const columnIds = pickAlignmentColumns(documents).map((d) => d.id);
  const stale = !!view && !isAlignmentCurrent(view.alignment.columns, columnIds);
  const find = useFindInAlignment(view);
  // A large alignment's first rows are shown while the rest are read (same table, read-only until then).
  const first = useAlignmentFirstRows(projectId);

  return (
    <section className="card alignment-panel" aria-labelledby="alignment-heading" data-testid="alignment-panel">
      <AlignToolbar documents={documents} run={run} stale={stale}>
        {actions}
      </AlignToolbar>
      {view === undefined ? (
        first ? (
          <EditableTable view={first.view} total={first.total} find={find} loading />
        ) : (
          <p className="muted">{t('loading')}</p>
        )
      ) : view === null ? (
        <p className="empty-state" data-testid="not-aligned">
          {documents.length < MIN_COLUMNS ? t('emptyNoDocuments') : t('emptyNotAligned')}
        </p>
      ) : (
        <EditableTable view={view} total={view.beads.length} find={find} loading={false} />
      )}
    </section>
  );
}

/**
 * The table with its filters, map, row cursor and editing commands (a component of its own: the
 * hooks need a loaded view). While `loading`, `view` holds only the first of `total` rows: the
 * cursor moves, filters chosen apply once all rows are in, edits wait.
 */
function EditableTable({ view, total, find, loading }: { view: AlignmentView; total: number; find: FindState; loading: boolean }) {
  const [filters, setFilters] = useState<ReadonlySet<AlignmentFilter>>(new Set());
  const hasQuery = find.open && find.query.trim() !== '';
  const matches = find.open ? find.matches : undefined;
  const shown = useMemo(() => (loading ? null : filterRows(view.beads, filters, hasQuery ? find.matches : null)), [loading, view.beads, filters, hasQuery, find.matches]);
  const rows = useMemo(() => new RowList(total, shown), [total, shown]);
  const editing = useAlignmentEditing(view, rows, !loading);
  // Another view (the glossary's consistency list) asks for a row: show it, even when the filters hide it.
  useAlignmentRowRequest(view.alignment.projectId, (row) => {
    if (!rows.has(row)) setFilters(new Set());
    editing.setCursor({ ...editing.cursor, row });
  });
  const toggle = (filter: AlignmentFilter) =>
    setFilters((current) => {
      const next = new Set(current);
      if (!next.delete(filter)) next.add(filter);
      return next;
    });
  return (
    <>
      <EditToolbar alignmentId={view.alignment.id} editing={editing} currentStatus={loading || !rows.has(editing.cursor.row) ? undefined : view.beads[editing.cursor.row]?.status} />
      <div className="find-filter-row">
        {find.open && (
          <FindBar query={find.query} onQueryChange={find.setQuery} current={find.current} total={find.matches.length} onNext={find.next} onPrevious={find.previous} onClose={find.close} />
        )}
        <FilterBar active={filters} onToggle={toggle} onClear={() => setFilters(new Set())} shown={shown ? shown.length : null} total={total} canMatch={hasQuery} />
      </div>
      <div className="alignment-body">
        <ApprovedTermsProvider projectId={view.alignment.projectId}>
          <AlignmentTable view={view} rows={rows} matches={matches} activeIndex={find.open ? find.activeBead : null} editing={editing} loading={loading} />
        </ApprovedTermsProvider>
        {loading ? (
          // The map needs every row; its place is kept so the table does not change width.
          <figure className="alignment-map" aria-hidden="true" data-testid="alignment-map-pending" />
        ) : (
          <AlignmentMap view={view} currentRow={editing.cursor.row} onJump={(row) => editing.setCursor({ ...editing.cursor, row })} />
        )}
      </div>
    </>
  );
}
