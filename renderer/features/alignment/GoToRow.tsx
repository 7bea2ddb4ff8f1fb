import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { messages } from './messages';

/** Ctrl+G: a one-field form that moves the cursor to row N. */
export function GoToRow({ rowCount, onGo, onClose }: { rowCount: number; onGo: (row: number) => void; onClose: () => void }) {
  const t = useT(messages);
  const [value, setValue] = useState('');
  const n = Number(value);
  const valid = Number.isInteger(n) && n >= 1 && n <= rowCount;
  return (
    <form
      className="toolbar go-to-row"
      data-testid="go-to-row"
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) onGo(n);
      }}
    >
      <label className="small">
        {t('goToLabel', { count: rowCount })}{' '}
        <input
          autoFocus
          className="input"
          inputMode="numeric"
          value={value}
          data-testid="go-to-row-input"
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onClose();
          }}
        />
      </label>
      <button type="submit" className="button" disabled={!valid}>
        {t('go')}
      </button>
      <button type="button" className="button" onClick={onClose}>
        {t('cancel')}
      </button>
    </form>
  );
}
