import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { runCommand } from './commands';
import { shellMessages } from './messages';
import { UiLanguageSelect } from './UiLanguageSelect';

/** The app header: product name on the left, the current view's title and actions after it. */
export function TopBar({ children }: { children?: ReactNode }) {
  const t = useT(shellMessages);
  return (
    <header className="topbar">
      <a className="topbar__brand" href="#/" aria-label={t('allProjects')}>
        <span className="topbar__logo" aria-hidden="true">
          Q
        </span>
        Qiyos
      </a>
      <div className="topbar__content">{children}</div>
      <nav className="topbar__help" aria-label={t('help')}>
        <UiLanguageSelect />
        <button type="button" className="topbar__help-button" data-testid="open-shortcuts" title={t('shortcutsTitle')} onClick={() => runCommand('shortcut-sheet')}>
          {t('shortcuts')}
        </button>
        <button type="button" className="topbar__help-button" data-testid="open-about" onClick={() => runCommand('about')}>
          {t('about')}
        </button>
      </nav>
    </header>
  );
}
