import type { ReactNode } from 'react';

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
    </header>
  );
}
