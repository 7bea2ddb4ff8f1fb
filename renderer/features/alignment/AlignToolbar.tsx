import type { ReactNode } from 'react';
import type { DocumentSummary } from '../../db/repository';
import { useT } from '../../i18n/useT';
import { AlignProgress } from './AlignProgress';
import { messages } from './messages';
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
  const t = useT(messages);
  const columns = pickAlignmentColumns(documents);
  const enough = documents.length >= MIN_COLUMNS;
  return (
    <div className="card__header align-toolbar">
      <h2 id="alignment-heading" className="card__title">
        {t('heading')}
      </h2>
      <div className="toolbar">
        {!enough && <span className="muted small">{t('needTwo')}</span>}
        {documents.length > MAX_COLUMNS && (
          <span className="note small" data-testid="columns-note">
            {t('firstColumns', { max: MAX_COLUMNS })}
          </span>
        )}
        {stale && enough && !run.running && (
          <span className="note small" data-testid="stale-note">
            {t('stale')}
          </span>
        )}
        {run.running ? (
          <>
            <AlignProgress progress={run.progress} />
            <button type="button" className="button" data-testid="align-cancel" onClick={run.cancel}>
              {t('cancel')}
            </button>
          </>
        ) : (
          <button type="button" className="button button--primary" data-testid="align-button" disabled={!enough} onClick={() => void run.align(columns.map((d) => d.id))}>
            {t('align')}
          </button>
        )}
        {children}
      </div>
    </div>
  );
}
