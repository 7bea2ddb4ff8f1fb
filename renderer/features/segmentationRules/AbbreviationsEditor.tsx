import { useState, type FormEvent } from 'react';
import { normalizeAbbreviation } from '../../../shared/text/segmentationRules';
import { useT } from '../../i18n/useT';
import { messages } from './messages';

/** A language's own abbreviations: a list with a remove button each, and a field to add more (several at once, separated by spaces or commas). */
export function AbbreviationsEditor({ lang, value, onChange }: { lang: string; value: string[]; onChange: (next: string[]) => void }) {
  const t = useT(messages);
  const [text, setText] = useState('');
  const add = (event: FormEvent): void => {
    event.preventDefault();
    const words = text.split(/[\s,;]+/).map(normalizeAbbreviation).filter((w) => w !== '' && !value.includes(w));
    if (words.length) onChange([...value, ...new Set(words)]);
    setText('');
  };
  return (
    <section className="rules-section" aria-labelledby={`abbreviations-${lang}`}>
      <h3 id={`abbreviations-${lang}`} className="rules-section__title">
        {t('abbreviations')} <span className="count">{value.length}</span>
      </h3>
      <p className="small muted">{t('abbreviationsHelp')}</p>
      {value.length === 0 ? (
        <p className="muted small">{t('noAbbreviations')}</p>
      ) : (
        <ul className="abbreviation-list" data-testid="abbreviation-list" lang={lang}>
          {value.map((word) => (
            <li key={word} className="abbreviation-chip" data-testid="abbreviation">
              <span>{word}.</span>
              <button type="button" className="abbreviation-chip__remove" aria-label={t('removeAbbreviation', { word })} onClick={() => onChange(value.filter((w) => w !== word))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="toolbar" onSubmit={add}>
        <input className="input" data-testid="abbreviation-input" lang={lang} aria-label={t('newAbbreviation')} placeholder={t('newAbbreviation')} value={text} onChange={(e) => setText(e.target.value)} />
        <button type="submit" className="button button--small" data-testid="abbreviation-add" disabled={text.trim() === ''}>
          {t('add')}
        </button>
      </form>
    </section>
  );
}
