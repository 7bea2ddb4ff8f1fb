import { useChangeDocumentEncoding } from './useChangeDocumentEncoding';
import { useChangeDocumentLanguage } from './useChangeDocumentLanguage';
import { DocumentRow } from './DocumentRow';
import type { DocumentSummary } from '../../db/repository';
import { useT } from '../../i18n/useT';
import { documentsMessages } from './messages';

/** The project's documents in alignment-column order. */
export function DocumentList({ documents }: { documents: DocumentSummary[] }) {
  const { change, pendingId } = useChangeDocumentLanguage();
  const encoding = useChangeDocumentEncoding();
  const t = useT(documentsMessages);
  if (documents.length === 0) {
    return (
      <p className="empty-state" data-testid="no-documents">
        {t('empty')}
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
          <th scope="col">{t('colDocument')}</th>
          <th scope="col" className="num">
            {t('colSegments')}
          </th>
          <th scope="col">{t('colLanguage')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('colActions')}</span>
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
