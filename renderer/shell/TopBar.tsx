import type { ReactNode } from 'react';
import { runCommand } from './commands';

/** The app header: product name on the left, the current view's title and actions after it. */
export function TopBar({ children }: { children?: ReactNode }) {
  return (
    <header className="topbar">
      <a className="topbar__brand" href="#/" aria-label="Qiyos — all projects">
        <span className="topbar__logo" aria-hidden="true">
          Q
        </span>
        Qiyos
      </a>
      <div className="topbar__content">{children}</div>
      <nav className="topbar__help" aria-label="Help">
        <button type="button" className="topbar__help-button" data-testid="open-shortcuts" title="Keyboard shortcuts (F1)" onClick={() => runCommand('shortcut-sheet')}>
          Shortcuts
        </button>
        <button type="button" className="topbar__help-button" data-testid="open-about" onClick={() => runCommand('about')}>
          About
        </button>
      </nav>
    </header>
  );
}
