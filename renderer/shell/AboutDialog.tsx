import { version } from '../../package.json';
import { useT } from '../i18n/useT';
import { shellMessages } from './messages';
import { useModalDialog } from './useModalDialog';

interface Props {
  open: boolean;
  onClose: () => void;
  /** On the desktop: the Electron, Chromium and Node versions. */
  runtime?: string[];
}

/** "About Qiyos" in the app (the desktop menu's Help → About shows the native panel instead). */
export function AboutDialog({ open, onClose, runtime = [] }: Props) {
  const dialog = useModalDialog(open);
  const t = useT(shellMessages);


  return (
    <dialog ref={dialog} className="dialog dialog--narrow" aria-labelledby="about-title" data-testid="about-dialog" onClose={onClose}>
      <form method="dialog" className="dialog__form">
        <h2 id="about-title" className="dialog__title">
          Qiyos <span data-testid="about-version">{version}</span>
        </h2>
        <p>{t('aboutText')}</p>
        {runtime.length > 0 ? (
          <p className="muted small" data-testid="about-runtime">
            {runtime.join(' · ')}
          </p>
        ) : (
          <p className="muted small">{t('aboutBrowserStorage')}</p>
        )}
        <p className="muted small">{t('license')}</p>
        <div className="dialog__actions">
          <button type="submit" className="button button--primary">
            {t('close')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
