import { useState, type FormEvent } from 'react';
import { useT } from '../../i18n/useT';
import { useModalDialog } from '../../shell/useModalDialog';
import { documentsMessages } from './messages';

interface Props {
  open: boolean;
  onClose: () => void;
  /** Resolves true when the text was added (the dialog then closes). */
  onSubmit: (title: string, text: string) => Promise<boolean>;
}

/** A modal dialog to paste a report's text with a title. */
export function PasteTextDialog({ open, onClose, onSubmit }: Props) {
  const dialog = useModalDialog(open);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const t = useT(documentsMessages);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setBusy(true);
    const added = await onSubmit(title, text);
    setBusy(false);
    if (added) {
      setTitle('');
      setText('');
      onClose();
    }
  }

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="paste-dialog-title" data-testid="paste-dialog" onClose={onClose}>
      <form method="dialog" className="dialog__form" onSubmit={(e) => void submit(e)}>
        <h2 id="paste-dialog-title" className="dialog__title">
          {t('pasteTitle')}
        </h2>
        <label className="field">
          <span className="field__label">{t('title')}</span>
          <input className="input" data-testid="paste-title" value={title} onChange={(e) => setTitle(e.target.value)} placeholder={t('titlePlaceholder')} />
        </label>
        <label className="field">
          <span className="field__label">{t('text')}</span>
          <textarea className="textarea" data-testid="paste-text" value={text} rows={12} onChange={(e) => setText(e.target.value)} placeholder={t('textPlaceholder')} />
        </label>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" className="button button--primary" data-testid="paste-submit" disabled={busy || !text.trim()}>
            {busy ? t('adding') : t('addDocument')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
