import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/useT';
import { useFocusTarget } from '../../shell/focusRequest';
import { messages } from './messages';

interface Props {
  query: string;
  onQueryChange: (query: string) => void;
  /** Position of the current match among `total` (0-based), or -1. */
  current: number;
  total: number;
  onNext: () => void;
  onPrevious: () => void;
  onClose: () => void;
}

/** The find bar above the alignment: Enter / Shift+Enter go to the next / previous row that matches, Escape closes. */
export function FindBar({ query, onQueryChange, current, total, onNext, onPrevious, onClose }: Props) {
  const t = useT(messages);
  const input = useRef<HTMLInputElement>(null);
  useFocusTarget('find-input', input);
  useEffect(() => {
    input.current?.focus();
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (event.shiftKey) onPrevious();
      else onNext();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  }

  const status = query.trim() === '' ? '' : total === 0 ? t('noMatches') : t('position', { current: current + 1, total });
  return (
    <div className="find-bar" role="search" data-testid="find-bar">
      <input
        ref={input}
        className="input input--small find-bar__input"
        type="search"
        aria-label={t('findLabel')}
        placeholder={t('findPlaceholder')}
        data-testid="find-input"
        value={query}
        onChange={(e) => onQueryChange(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <span className="muted small find-bar__status" role="status" data-testid="find-status">
        {status}
      </span>
      <button type="button" className="button button--small" onClick={onPrevious} disabled={total === 0} aria-label={t('previous')}>
        ↑
      </button>
      <button type="button" className="button button--small" onClick={onNext} disabled={total === 0} aria-label={t('next')}>
        ↓
      </button>
      <button type="button" className="button button--small button--quiet" onClick={onClose} aria-label={t('close')}>
        ×
      </button>
    </div>
  );
}
