import { useChangeDocumentEncoding } from './useChangeDocumentEncoding';
import { useChangeDocumentLanguage } from './useChangeDocumentLanguage';
import { DocumentRow } from './DocumentRow';
import type { DocumentSummary } from '../../db/repository';

/** The project's documents in alignment-column order. */
export function DocumentList({ documents }: { documents: DocumentSummary[] }) {
  const { change, pendingId } = useChangeDocumentLanguage();
  const encoding = useChangeDocumentEncoding();
  if (documents.length === 0) {
    return (
      <p className="empty-state" data-testid="no-documents">
        No documents yet. Add text files, paste a report, or drop files (text, HTML, Markdown, DOCX) anywhere on this window.
      </p>
    );
  }
  return (
    <table className="data-table data-table--compact" data-testid="document-list">
      <thead>
        <tr>
          <th scope="col" className="num">
            #
          </th>
          <th scope="col">Document</th>
          <th scope="col" className="num">
            Segments
          </th>
          <th scope="col">Language</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {documents.map((doc, i) => (
          <DocumentRow
            key={doc.id}
            doc={doc}
            position={i + 1}
            changingLanguage={pendingId === doc.id}
            onChangeLanguage={(id, lang) => void change(id, lang)}
            changingEncoding={encoding.pendingId === doc.id}
            onChangeEncoding={(id, value) => void encoding.change(id, value)}
          />
        ))}
      </tbody>
    </table>
  );
}
