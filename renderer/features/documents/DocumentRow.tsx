import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { SupportedEncoding } from '../../../shared/import/decodeBytes';
import type { LangTag } from '../../../shared/model';
import { repository, type DocumentSummary } from '../../db/repository';
import { useErrorMessage, useNotifications } from '../../shell/NotificationsProvider';
import { useT } from '../../i18n/useT';
import { messages as documentViewMessages } from '../documentView/messages';
import { EncodingSelect } from './EncodingSelect';
import { documentsMessages } from './messages';
import { LanguageSelect } from './LanguageSelect';
import { RenameDocumentForm } from './RenameDocumentForm';

interface Props {
  doc: DocumentSummary;
  position: number;
  changingLanguage: boolean;
  onChangeLanguage: (documentId: number, lang: LangTag) => void;
  changingEncoding: boolean;
  onChangeEncoding: (documentId: number, encoding: SupportedEncoding) => void;
}

/** One document: title, source file with its format and encoding, segment count, language, rename (button or F2) and remove. */
export function DocumentRow({ doc, position, changingLanguage, onChangeLanguage, changingEncoding, onChangeEncoding }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const focusRenameButton = useRef(false);
  const { notify } = useNotifications();
  const tView = useT(documentViewMessages);
  const t = useT(documentsMessages);
  const errorMessage = useErrorMessage();

  async function remove(): Promise<void> {
    try {
      await repository.removeDocument(doc.id);
    } catch (error) {
      notify('error', t('removeFailed', { error: errorMessage(error) }));
      setConfirming(false);
    }
  }

  // Once the form has closed (the button is enabled again, whenever React renders after a save), the focus goes back to Rename.
  useEffect(() => {
    if (renaming || !focusRenameButton.current) return;
    focusRenameButton.current = false;
    renameButton.current?.focus();
  }, [renaming]);

  /** Closes the rename form, with the focus back on the row's Rename button. */
  function stopRenaming(): void {
    focusRenameButton.current = true;
    setRenaming(false);
  }

  // F2 renames, as in file managers, from any of the row's controls but a text field.
  function onKeyDown(event: KeyboardEvent<HTMLTableRowElement>): void {
    if (event.key !== 'F2' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || renaming) return;
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
    event.preventDefault();
    setConfirming(false);
    setRenaming(true);
  }

  return (
    <tr data-testid="document-row" data-document-id={doc.id} onKeyDown={onKeyDown}>
      <td className="num muted">{position}</td>
      <td>
        {renaming ? (
          <RenameDocumentForm doc={doc} onDone={stopRenaming} />
        ) : (
          <span className="doc-title" data-testid="document-title">
            {doc.title}
          </span>
        )}{' '}
        <a className="button button--small doc-open" data-testid="open-document" href={`#/project/${doc.projectId}/document/${doc.id}`} aria-label={tView('openDocument', { title: doc.title })}>
          {tView('open')}
        </a>
        <span className="doc-meta">
          {doc.fileName || t('pasted')}
          {doc.format && (
            <>
              {' · '}
              <span data-testid="document-format">{t(`format.${doc.format}`)}</span>
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
                  label={t('encodingOf', { title: doc.title })}
                  onChange={(encoding) => onChangeEncoding(doc.id, encoding)}
                />
              ) : (
                <span data-testid="document-encoding">{doc.encoding}</span>
              )}
              {changingEncoding && <span className="muted small"> {t('decodingAgain')}</span>}
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
          label={t('languageOf', { title: doc.title })}
          onChange={(lang) => onChangeLanguage(doc.id, lang)}
        />
        {changingLanguage && <span className="muted small"> {t('resegmenting')}</span>}
      </td>
      <td className="actions">
        {confirming ? (
          <span className="confirm" role="group" aria-label={t('removeQuestion', { title: doc.title })}>
            <button type="button" className="button button--danger button--small" data-testid="confirm-remove-document" onClick={() => void remove()}>
              {t('remove')}
            </button>
            <button type="button" className="button button--small" onClick={() => setConfirming(false)}>
              {t('keep')}
            </button>
          </span>
        ) : (
          <>
            <button
              ref={renameButton}
              type="button"
              className="button button--small"
              data-testid="rename-document"
              disabled={renaming}
              onClick={() => setRenaming(true)}
              aria-label={t('renameTitle', { title: doc.title })}
              aria-keyshortcuts="F2"
              title={t('renameKey')}
            >
              {t('rename')}
            </button>
            <button type="button" className="button button--small button--quiet-danger" data-testid="remove-document" onClick={() => setConfirming(true)} aria-label={t('removeTitle', { title: doc.title })}>
              {t('remove')}
            </button>
          </>
        )}
      </td>
    </tr>
  );
}
