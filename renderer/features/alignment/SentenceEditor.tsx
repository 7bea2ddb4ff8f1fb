import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import { messages } from './messages';

/**
 * The in-place editor of one sentence: Enter saves, Escape cancels, leaving the field saves.
 * `onSave` learns whether a key ended the edit (then the grid takes the focus back; after a click
 * elsewhere, the focus stays where the user put it).
 */
export function SentenceEditor({ text, lang, onSave, onCancel }: { text: string; lang: string; onSave: (text: string, byKey: boolean) => void; onCancel: () => void }) {
  const t = useT(messages);
  const [value, setValue] = useState(text);
  const field = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  useEffect(() => {
    const el = field.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);
  const finish = (save: boolean, byKey: boolean) => {
    if (done.current) return;
    done.current = true;
    if (save) onSave(value, byKey);
    else onCancel();
  };
  return (
    <textarea
      ref={field}
      className="input seg-editor"
      lang={lang}
      aria-label={t('editTextLabel')}
      data-testid="segment-editor"
      rows={Math.min(6, Math.max(2, Math.ceil(value.length / 60)))}
      value={value}
      onChange={(event) => setValue(event.target.value)}
      onClick={(event) => event.stopPropagation()}
      onDoubleClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.nativeEvent.isComposing) return;
        if (event.key === 'Enter' && !event.shiftKey) {
          event.preventDefault();
          finish(true, true);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          finish(false, true);
        }
      }}
      onBlur={() => finish(true, false)}
    />
  );
}
