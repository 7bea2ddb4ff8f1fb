import type { ReactNode } from 'react';
import type { DocumentSummary } from '../../db/repository';
import { AlignProgress } from './AlignProgress';
import { MAX_COLUMNS, MIN_COLUMNS, pickAlignmentColumns } from './alignmentColumns';
import type { AlignmentRun } from './useRunAlignment';

interface Props {
  documents: DocumentSummary[];
  run: AlignmentRun;
  /** Whether the stored alignment no longer matches the documents. */
  stale: boolean;
  /** Further actions (export) shown at the end. */
  children?: ReactNode;
}

/** Align / Cancel with progress, notes about which documents take part, and extra actions. */
export function AlignToolbar({ documents, run, stale, children }: Props) {
  const columns = pickAlignmentColumns(documents);
  const enough = documents.length >= MIN_COLUMNS;
  return (
    <div className="card__header align-toolbar">
      <h2 id="alignment-heading" className="card__title">
        Alignment
      </h2>
      <div className="toolbar">
        {!enough && <span className="muted small">Add at least two documents to align.</span>}
        {documents.length > MAX_COLUMNS && (
          <span className="note small" data-testid="columns-note">
            Aligns the first {MAX_COLUMNS} documents in list order.
          </span>
        )}
        {stale && enough && !run.running && (
          <span className="note small" data-testid="stale-note">
            Documents changed since this alignment — align again.
          </span>
        )}
        {run.running ? (
          <>
            <AlignProgress progress={run.progress} />
            <button type="button" className="button" data-testid="align-cancel" onClick={run.cancel}>
              Cancel
            </button>
          </>
        ) : (
          <button type="button" className="button button--primary" data-testid="align-button" disabled={!enough} onClick={() => void run.align(columns.map((d) => d.id))}>
            Align
          </button>
        )}
        {children}
      </div>
    </div>
  );
}
