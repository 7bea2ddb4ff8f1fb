import { useState } from 'react';
import type { SupportedEncoding } from '../../../shared/import/decodeBytes';
import { FORMAT_NAMES } from '../../../shared/import/importDocument';
import type { LangTag } from '../../../shared/model';
import { repository, type DocumentSummary } from '../../db/repository';
import { errorMessage, useNotifications } from '../../shell/NotificationsProvider';
import { EncodingSelect } from './EncodingSelect';
import { LanguageSelect } from './LanguageSelect';

interface Props {
  doc: DocumentSummary;
  position: number;
  changingLanguage: boolean;
  onChangeLanguage: (documentId: number, lang: LangTag) => void;
  changingEncoding: boolean;
  onChangeEncoding: (documentId: number, encoding: SupportedEncoding) => void;
}

/** One document: title, source file with its format and encoding, segment count, language and a remove action. */
export function DocumentRow({ doc, position, changingLanguage, onChangeLanguage, changingEncoding, onChangeEncoding }: Props) {
  const [confirming, setConfirming] = useState(false);
  const { notify } = useNotifications();

  async function remove(): Promise<void> {
    try {
      await repository.removeDocument(doc.id);
    } catch (error) {
      notify('error', `Could not remove the document: ${errorMessage(error)}`);
      setConfirming(false);
    }
  }

  return (
    <tr data-testid="document-row" data-document-id={doc.id}>
      <td className="num muted">{position}</td>
      <td>
        <span className="doc-title" data-testid="document-title">
          {doc.title}
        </span>
        <span className="doc-meta">
          {doc.fileName || 'pasted text'}
          {doc.format && (
            <>
              {' · '}
              <span data-testid="document-format">{FORMAT_NAMES[doc.format]}</span>
            </>
          )}
          {doc.encoding && (
            <>
              {' · '}
              {doc.originalBytes ? (
                <EncodingSelect
                  value={doc.encoding}
                  confident={doc.encodingConfident !== false}
                  disabled={changingEncoding}
                  label={`Text encoding of ${doc.title}`}
                  onChange={(encoding) => onChangeEncoding(doc.id, encoding)}
                />
              ) : (
                <span data-testid="document-encoding">{doc.encoding}</span>
              )}
              {changingEncoding && <span className="muted small"> decoding again…</span>}
            </>
          )}
        </span>
      </td>
      <td className="num" data-testid="document-segment-count">
        {doc.segmentCount}
      </td>
      <td>
        <LanguageSelect
          value={doc.lang}
          detected={doc.detectedLang}
          disabled={changingLanguage}
          label={`Language of ${doc.title}`}
          onChange={(lang) => onChangeLanguage(doc.id, lang)}
        />
        {changingLanguage && <span className="muted small"> re-segmenting…</span>}
      </td>
      <td className="actions">
        {confirming ? (
          <span className="confirm" role="group" aria-label={`Remove ${doc.title}?`}>
            <button type="button" className="button button--danger button--small" data-testid="confirm-remove-document" onClick={() => void remove()}>
              Remove
            </button>
            <button type="button" className="button button--small" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </span>
        ) : (
          <button type="button" className="button button--small button--quiet-danger" data-testid="remove-document" onClick={() => setConfirming(true)} aria-label={`Remove ${doc.title}`}>
            Remove
          </button>
        )}
      </td>
    </tr>
  );
}
