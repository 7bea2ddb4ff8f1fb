import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/useT';
import { messages } from './messages';

/** Where a split most likely goes: the word boundary nearest the middle of the text. */
function middleBoundary(text: string): number {
  const middle = text.length / 2;
  let best = -1;
  for (let k = 1; k < text.length; k++) {
    if (/\s/u.test(text[k - 1]!) && !/\s/u.test(text[k]!) && (best < 0 || Math.abs(k - middle) < Math.abs(best - middle))) best = k;
  }
  return best < 0 ? Math.floor(middle) : best;
}

/**
 * Picks the place to split a sentence: the text in a field whose caret the user places by click
 * or arrow keys (typing changes nothing), then Enter or "Split here"; Escape cancels.
 */
export function SplitEditor({ text, onSplit, onCancel }: { text: string; onSplit: (offset: number) => void; onCancel: () => void }) {
  const t = useT(messages);
  const field = useRef<HTMLTextAreaElement>(null);
  const [problem, setProblem] = useState(false);

  useEffect(() => {
    const el = field.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    el.closest('[data-testid="split-editor"]')?.scrollIntoView({ block: 'nearest' });
    const at = middleBoundary(text);
    el.setSelectionRange(at, at);
  }, [text]);

  const split = (): void => {
    const offset = field.current?.selectionStart ?? 0;
    if (text.slice(0, offset).trim() === '' || text.slice(offset).trim() === '') {
      setProblem(true);
      field.current?.focus();
      return;
    }
    onSplit(offset);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      split();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <div className="split-editor" data-testid="split-editor">
      <textarea
        ref={field}
        className="split-editor__text"
        data-testid="split-field"
        aria-label={t('splitEditorLabel')}
        aria-describedby="split-editor-help"
        aria-invalid={problem || undefined}
        value={text}
        rows={Math.min(6, Math.max(2, Math.ceil(text.length / 90)))}
        spellCheck={false}
        onChange={() => undefined}
        onBeforeInput={(event) => event.preventDefault()}
        onPaste={(event) => event.preventDefault()}
        onCut={(event) => event.preventDefault()}
        onDrop={(event) => event.preventDefault()}
        onKeyDown={onKeyDown}
      />
      <p id="split-editor-help" className="small muted">
        {problem ? <span role="alert">{t('splitNeedsTwoParts')}</span> : t('splitHelp')}
      </p>
      <div className="toolbar">
        <button type="button" className="button button--primary button--small" data-testid="split-confirm" onClick={split}>
          {t('splitHere')}
        </button>
        <button type="button" className="button button--small" data-testid="split-cancel" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
