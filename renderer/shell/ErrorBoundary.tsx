import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { shellMessages } from './messages';

interface Props {
  /** Shown in the fallback (already translated), e.g. "the project view". */
  area: string;
  children: ReactNode;
  /** Changing this clears a caught error (e.g. the route). */
  resetKey?: string;
}

interface State {
  error: Error | null;
}

/** Shows a readable message with a retry instead of a blank screen when a view fails to render. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Error in ${this.props.area}`, error, info.componentStack);
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <ErrorPanel area={this.props.area} error={error} onRetry={() => this.setState({ error: null })} />;
  }
}

/** The fallback itself: a function component, so it can use the UI language. */
function ErrorPanel({ area, error, onRetry }: { area: string; error: Error; onRetry: () => void }) {
  const t = useT(shellMessages);
  return (
    <div className="error-panel" role="alert" data-testid="error-boundary">
      <h2>{t('somethingWrong', { area })}</h2>
      <p className="error-panel__message">{error.message || String(error)}</p>
      <div className="error-panel__actions">
        <button type="button" className="button" onClick={onRetry}>
          {t('tryAgain')}
        </button>
        <a className="button button--quiet" href="#/">
          {t('backToProjects')}
        </a>
      </div>
    </div>
  );
}
