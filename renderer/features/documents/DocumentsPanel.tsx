import { useState } from 'react';
import type { DocumentSummary } from '../../db/repository';
import { getPlatform, readBrowserFiles } from '../../platform';
import { useCommand } from '../../shell/commands';
import { errorMessage, useNotifications } from '../../shell/NotificationsProvider';
import { DocumentList } from './DocumentList';
import { ImportProgress } from './ImportProgress';
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
  const [pasting, setPasting] = useState(false);
  const { dragging } = useWindowFileDrop((files) => {
    readBrowserFiles(files).then(importer.importFiles, (error: unknown) => notify('error', `Could not read the dropped files: ${errorMessage(error)}`));
  });

  async function pickFiles(): Promise<void> {
    try {
      const files = await getPlatform().pickDocuments();
      if (files.length) await importer.importFiles(files);
    } catch (error) {
      notify('error', `Could not open the files: ${errorMessage(error)}`);
    }
  }
  useCommand('import-documents', () => pickFiles());

  return (
    <section className="card documents-panel" aria-labelledby="documents-heading" data-testid="documents-panel">
      <div className="card__header">
        <h2 id="documents-heading" className="card__title">
          Documents {documents && <span className="count">{documents.length}</span>}
        </h2>
        <div className="toolbar">
          {importer.busy && (
            <span className="muted small" role="status" data-testid="import-status">
              {importer.busy}
            </span>
          )}
          {importer.busy && <ImportProgress progress={importer.progress} />}
          <button type="button" className="button" data-testid="add-files" onClick={() => void pickFiles()}>
            Add files…
          </button>
          <button type="button" className="button" data-testid="paste-open" onClick={() => setPasting(true)}>
            Paste text…
          </button>
        </div>
      </div>
      {documents === undefined ? <p className="muted">Loading documents…</p> : <DocumentList documents={documents} />}
      <PasteTextDialog open={pasting} onClose={() => setPasting(false)} onSubmit={importer.importText} />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-overlay__box">Drop files (text, HTML, Markdown, DOCX) to add them to this project</div>
        </div>
      )}
    </section>
  );
}
