import { version } from '../../package.json';
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


  return (
    <dialog ref={dialog} className="dialog dialog--narrow" aria-labelledby="about-title" data-testid="about-dialog" onClose={onClose}>
      <form method="dialog" className="dialog__form">
        <h2 id="about-title" className="dialog__title">
          Qiyos <span data-testid="about-version">{version}</span>
        </h2>
        <p>Aligns parallel news reports in Uzbek (Cyrillic and Latin), Russian and English, sentence by sentence, and exports TMX.</p>
        {runtime.length > 0 ? (
          <p className="muted small" data-testid="about-runtime">
            {runtime.join(' · ')}
          </p>
        ) : (
          <p className="muted small">Your projects are stored in this browser only (IndexedDB).</p>
        )}
        <p className="muted small">MIT License.</p>
        <div className="dialog__actions">
          <button type="submit" className="button button--primary">
            Close
          </button>
        </div>
      </form>
    </dialog>
  );
}
