import { useState } from 'react';
import type { DocumentSummary } from '../../db/repository';
import { useT } from '../../i18n/useT';
import { getPlatform, readBrowserFiles } from '../../platform';
import { useCommand } from '../../shell/commands';
import { useErrorMessage, useNotifications } from '../../shell/NotificationsProvider';
import { DocumentList } from './DocumentList';
import { ImportProgress } from './ImportProgress';
import { documentsMessages } from './messages';
import { PasteTextDialog } from './PasteTextDialog';
import { useImportDocuments } from './useImportDocuments';
import { useWindowFileDrop } from './useWindowFileDrop';

interface Props {
  projectId: number;
  documents: DocumentSummary[] | undefined;
}

/** The open project's documents and the three ways to add one: picker, paste, drop. */
export function DocumentsPanel({ projectId, documents }: Props) {
  const importer = useImportDocuments(projectId);
  const { notify } = useNotifications();
  const t = useT(documentsMessages);
  const errorMessage = useErrorMessage();
  const [pasting, setPasting] = useState(false);
  const { dragging } = useWindowFileDrop((files) => {
    readBrowserFiles(files, importer.showReading).then(importer.importFiles, (error: unknown) => {
      importer.showReading(null);
      notify('error', t('readDropFailed', { error: errorMessage(error) }));
    });
  });

  async function pickFiles(): Promise<void> {
    try {
      const files = await getPlatform().pickDocuments(importer.showReading);
      if (files.length) await importer.importFiles(files);
      else importer.showReading(null);
    } catch (error) {
      importer.showReading(null);
      notify('error', t('openFailed', { error: errorMessage(error) }));
    }
  }
  useCommand('import-documents', () => pickFiles());

  return (
    <section className="card documents-panel" aria-labelledby="documents-heading" data-testid="documents-panel">
      <div className="card__header">
        <h2 id="documents-heading" className="card__title">
          {t('heading')} {documents && <span className="count">{documents.length}</span>}
        </h2>
        <div className="toolbar">
          {importer.busy && (
            <span className="muted small" role="status" data-testid="import-status">
              {importer.busy}
            </span>
          )}
          {importer.busy && <ImportProgress progress={importer.progress} />}
          <button type="button" className="button" data-testid="add-files" onClick={() => void pickFiles()}>
            {t('addFiles')}
          </button>
          <button type="button" className="button" data-testid="paste-open" onClick={() => setPasting(true)}>
            {t('pasteText')}
          </button>
        </div>
      </div>
      {documents === undefined ? <p className="muted">{t('loading')}</p> : <DocumentList documents={documents} />}
      <PasteTextDialog open={pasting} onClose={() => setPasting(false)} onSubmit={importer.importText} />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-overlay__box">{t('dropOverlay')}</div>
        </div>
      )}
    </section>
  );
}
