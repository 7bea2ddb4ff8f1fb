import { useState, type FormEvent } from 'react';
import { MAX_DOCUMENT_TITLE, repository, type DocumentSummary } from '../../db/repository';
import { useT } from '../../i18n/useT';
import { useErrorMessage, useNotifications } from '../../shell/NotificationsProvider';
import { documentsMessages } from './messages';

/** Inline rename of a document: Enter saves, Escape cancels; a refused title keeps the form open. */
export function RenameDocumentForm({ doc, onDone }: { doc: DocumentSummary; onDone: () => void }) {
  const [title, setTitle] = useState(doc.title);
  const [saving, setSaving] = useState(false);
  const { notify } = useNotifications();
  const t = useT(documentsMessages);
  const errorMessage = useErrorMessage();

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (saving) return;
    if (title.trim() === doc.title) {
      onDone();
      return;
    }
    setSaving(true);
    try {
      await repository.renameDocument(doc.id, title);
      onDone();
    } catch (error) {
      notify('error', t('renameFailed', { error: errorMessage(error) }));
      setSaving(false);
    }
  }

  return (
    <form className="inline-form inline-form--tight rename-document-form" data-testid="rename-document-form" onSubmit={(e) => void submit(e)}>
      <input
        className="input input--small"
        aria-label={t('newTitle', { title: doc.title })}
        data-testid="rename-document-input"
        value={title}
        autoFocus
        maxLength={Math.max(MAX_DOCUMENT_TITLE, doc.title.length)}
        onChange={(e) => setTitle(e.target.value)}
        onFocus={(e) => e.currentTarget.select()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            // The row's own keys (and any dialog around) must not see the Escape that closes this form.
            e.stopPropagation();
            onDone();
          }
        }}
      />
      <button type="submit" className="button button--small button--primary" data-testid="save-document-title" disabled={!title.trim() || saving}>
        {t('save')}
      </button>
      <button type="button" className="button button--small" data-testid="cancel-document-title" onClick={onDone}>
        {t('cancel')}
      </button>
    </form>
  );
}
