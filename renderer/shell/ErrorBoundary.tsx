import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Shown in the fallback, e.g. "the project view". */
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
    return (
      <div className="error-panel" role="alert" data-testid="error-boundary">
        <h2>Something went wrong in {this.props.area}.</h2>
        <p className="error-panel__message">{error.message || String(error)}</p>
        <div className="error-panel__actions">
          <button type="button" className="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          <a className="button button--quiet" href="#/">
            Back to projects
          </a>
        </div>
      </div>
    );
  }
}
