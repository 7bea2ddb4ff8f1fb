import type { ReactNode } from 'react';
import type { AlignmentView, DocumentSummary } from '../../db/repository';
import { FindBar } from '../find/FindBar';
import { useFindInAlignment } from '../find/useFindInAlignment';
import { AlignmentTable } from './AlignmentTable';
import { AlignToolbar } from './AlignToolbar';
import { EditToolbar } from './EditToolbar';
import { isAlignmentCurrent, MIN_COLUMNS, pickAlignmentColumns } from './alignmentColumns';
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
  const run = useRunAlignment(projectId);
  const columnIds = pickAlignmentColumns(documents).map((d) => d.id);
  const stale = !!view && !isAlignmentCurrent(view.alignment.columns, columnIds);
  const find = useFindInAlignment(view);

  return (
    <section className="card alignment-panel" aria-labelledby="alignment-heading" data-testid="alignment-panel">
      <AlignToolbar documents={documents} run={run} stale={stale}>
        {actions}
      </AlignToolbar>
      {view === undefined ? (
        <p className="muted">Loading alignment…</p>
      ) : view === null ? (
        <p className="empty-state" data-testid="not-aligned">
          {documents.length < MIN_COLUMNS
            ? 'Add two to four versions of the same report, then press Align to pair their sentences.'
            : 'Not aligned yet. Press Align to pair the sentences of these documents.'}
        </p>
      ) : (
        <>
          {find.open && (
            <FindBar
              query={find.query}
              onQueryChange={find.setQuery}
              current={find.current}
              total={find.matches.length}
              onNext={find.next}
              onPrevious={find.previous}
              onClose={find.close}
            />
          )}
          <EditableTable view={view} matches={find.open ? find.matches : undefined} activeIndex={find.open ? find.activeBead : null} />
        </>
      )}
    </section>
  );
}

/** The table with its row cursor and editing commands (a component of its own: the hook needs a loaded view). */
function EditableTable({ view, matches, activeIndex }: { view: AlignmentView; matches: readonly number[] | undefined; activeIndex: number | null }) {
  const editing = useAlignmentEditing(view);
  return (
    <>
      <EditToolbar alignmentId={view.alignment.id} editing={editing} />
      <AlignmentTable view={view} matches={matches} activeIndex={activeIndex} editing={editing} />
    </>
  );
}
