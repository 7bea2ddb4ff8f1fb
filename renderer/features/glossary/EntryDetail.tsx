import { useState } from 'react';
import type { TermRef } from '../../../glossary/conceptOps';
import { GLOSSARY_LANGS, type Concept, type ConceptType, type GlossaryLang, type Term, type TermStatus } from '../../../glossary/model';
import { LanguageBadge } from '../../common/LanguageBadge';
import { useLanguageName } from '../../common/languageNames';
import type { GlossaryConceptRecord, Stored } from '../../db/types';
import { useT } from '../../i18n/useT';
import { entryLabel } from './filterEntries';
import { ConceptTypeOptions } from './ConceptTypeOptions';
import { STATUS_LABEL, TERM_STATUS_LABEL } from './labels';
import { glossaryMessages } from './messages';
import { TermHighlight, useTermMatcher } from './TermHighlight';
import type { GlossaryActions } from './useGlossaryActions';

const TERM_STATUSES: readonly TermStatus[] = ['preferred', 'admitted', 'deprecated'];
const refKey = (r: TermRef): string => `${r.lang}|${r.text}`;

interface Props {
  entry: Stored<GlossaryConceptRecord>;
  /** Every entry of the project, to merge with. */
  entries: readonly Stored<GlossaryConceptRecord>[];
  actions: GlossaryActions;
  /** The project's approved concepts, marked in the context sentences. */
  approved: readonly Concept[];
}

/** One entry's editor: status actions, type, terms per language (edit, status, add, remove, split), note, merge, contexts. */
export function EntryDetail({ entry, entries, actions, approved }: Props) {
  const t = useT(glossaryMessages);
  const languageName = useLanguageName();
  const matcher = useTermMatcher(approved);
  const { concept } = entry;
  const [note, setNote] = useState(concept.note ?? '');
  const [newLang, setNewLang] = useState<GlossaryLang>(GLOSSARY_LANGS.find((l) => concept.terms[l] === undefined) ?? 'en');
  const [newText, setNewText] = useState('');
  const [mergeWith, setMergeWith] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const mergeable = entries.filter((e) => e.id !== entry.id && e.status !== 'rejected');
  const rejected = entry.status === 'rejected';

  const termRow = (term: Term) => {
    const ref = refKey(term);
    return (
      <li key={ref} className="glossary-term" data-testid="glossary-term" data-lang={term.lang}>
        <input
          type="checkbox"
          className="checkbox"
          data-testid="glossary-split-choice"
          aria-label={t('moveToNew', { term: term.text })}
          checked={chosen.has(ref)}
          disabled={term.generated === true}
          onChange={(event) => {
            const next = new Set(chosen);
            if (event.target.checked) next.add(ref);
            else next.delete(ref);
            setChosen(next);
          }}
        />
        <input
          className="input glossary-term__text"
          defaultValue={term.text}
          aria-label={t('termText', { lang: languageName(term.lang) })}
          data-testid="glossary-term-text"
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.currentTarget.blur();
            if (event.key === 'Escape') {
              event.currentTarget.value = term.text;
              event.currentTarget.blur();
            }
          }}
          onBlur={(event) => {
            const value = event.currentTarget.value.trim();
            if (value !== '' && value !== term.text) void actions.edit(entry, { kind: 'change-term', lang: term.lang, text: term.text, newText: value });
            else event.currentTarget.value = term.text;
          }}
        />
        <select
          className="select select--small"
          aria-label={t('termStatus', { term: term.text })}
          data-testid="glossary-term-status"
          value={term.status}
          onChange={(event) => void actions.edit(entry, { kind: 'change-term', lang: term.lang, text: term.text, status: event.target.value as TermStatus })}
        >
          {TERM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(TERM_STATUS_LABEL[s])}
            </option>
          ))}
        </select>
        {term.generated === true && (
          <span className="glossary-badge" title={t('generatedTitle')} data-testid="glossary-term-generated">
            {t('generated')}
          </span>
        )}
        {term.pending === true && (
          <span className="glossary-badge glossary-badge--new" title={t('pendingTitle')}>
            {t('pending')}
          </span>
        )}
        <button
          type="button"
          className="button button--quiet-danger button--small"
          aria-label={t('removeTerm', { term: term.text })}
          title={t('removeTerm', { term: term.text })}
          data-testid="glossary-term-remove"
          onClick={() => void actions.edit(entry, { kind: 'remove-term', lang: term.lang, text: term.text })}
        >
          ×
        </button>
      </li>
    );
  };

  const contexts = GLOSSARY_LANGS.flatMap((lang) => (concept.terms[lang] ?? []).flatMap((term) => term.sources.slice(0, 2).map((s) => ({ term, source: s })))).slice(0, 8);

  return (
    <article className="glossary-detail" aria-label={entryLabel(entry)} data-testid="glossary-detail">
      <header className="glossary-detail__header">
        <h2 className="card__title" data-testid="glossary-detail-title">
          {entryLabel(entry)}
        </h2>
        <span className="small muted">
          {t(STATUS_LABEL[entry.status])} · {t('score', { score: concept.score.toFixed(2) })}
        </span>
      </header>
      <div className="toolbar">
        {!rejected && entry.status !== 'approved' && (
          <button type="button" className="button button--primary" data-testid="glossary-approve" onClick={() => void actions.approve(entry)}>
            {t('approve')} <kbd className="kbd">A</kbd>
          </button>
        )}
        {entry.status === 'approved' && allTermsReviewed(entry) === false && (
          <button type="button" className="button button--primary" data-testid="glossary-approve" onClick={() => void actions.approve(entry)}>
            {t('approve')} <kbd className="kbd">A</kbd>
          </button>
        )}
        {rejected ? (
          <button type="button" className="button" data-testid="glossary-restore" onClick={() => void actions.unreject(entry)}>
            {t('restore')} <kbd className="kbd">R</kbd>
          </button>
        ) : (
          <button type="button" className="button button--danger" data-testid="glossary-reject" onClick={() => void actions.reject(entry)}>
            {t('reject')} <kbd className="kbd">R</kbd>
          </button>
        )}
        <label className="small">
          {t('type')}{' '}
          <select
            className="select"
            data-testid="glossary-type"
            value={concept.type}
            onChange={(event) => void actions.edit(entry, { kind: 'type', type: event.target.value as ConceptType })}
          >
            <ConceptTypeOptions />
          </select>
        </label>
      </div>

      <h3 className="glossary-detail__heading">{t('terms')}</h3>
      {GLOSSARY_LANGS.filter((lang) => (concept.terms[lang]?.length ?? 0) > 0).map((lang) => (
        <section key={lang} className="glossary-lang" aria-label={languageName(lang)}>
          <LanguageBadge lang={lang} />
          <ul className="glossary-terms">{concept.terms[lang]!.map(termRow)}</ul>
        </section>
      ))}
      <h3 className="glossary-detail__heading">{t('contexts')}</h3>
      {contexts.length === 0 ? (
        <p className="small muted">{t('noContext')}</p>
      ) : (
        <ul className="glossary-contexts" data-testid="glossary-contexts">
          {contexts.map(({ term, source }, k) => (
            <li key={k} lang={term.lang}>
              <LanguageBadge lang={term.lang} /> <TermHighlight text={source.context} lang={term.lang} concepts={approved} matcher={matcher} />
              {term.variants.some((v) => v !== term.text) && <span className="small muted"> — {t('seenAs', { forms: term.variants.join(', ') })}</span>}
            </li>
          ))}
        </ul>
      )}
      <form
        className="toolbar glossary-add-term"
        onSubmit={(event) => {
          event.preventDefault();
          if (newText.trim() === '') return;
          void actions.edit(entry, { kind: 'add-term', lang: newLang, text: newText }).then(() => setNewText(''));
        }}
      >
        <select className="select" aria-label={t('newTermLang')} data-testid="glossary-new-term-lang" value={newLang} onChange={(event) => setNewLang(event.target.value as GlossaryLang)}>
          {GLOSSARY_LANGS.map((lang) => (
            <option key={lang} value={lang}>
              {languageName(lang)}
            </option>
          ))}
        </select>
        <input className="input" aria-label={t('newTermText')} placeholder={t('newTermText')} data-testid="glossary-new-term-text" value={newText} onChange={(event) => setNewText(event.target.value)} />
        <button type="submit" className="button" data-testid="glossary-add-term" disabled={newText.trim() === ''}>
          {t('addTerm')}
        </button>
      </form>
      <div className="toolbar">
        <button
          type="button"
          className="button"
          data-testid="glossary-split"
          disabled={chosen.size === 0}
          title={t('splitHint')}
          onClick={() => {
            const refs = [...chosen].map((k) => ({ lang: k.slice(0, k.indexOf('|')) as GlossaryLang, text: k.slice(k.indexOf('|') + 1) }));
            void actions.split(entry, refs).then(() => setChosen(new Set()));
          }}
        >
          {t('split')} <kbd className="kbd">S</kbd>
        </button>
        <label className="small">
          {t('mergeWith')}{' '}
          <select className="select glossary-merge-select" data-testid="glossary-merge-with" value={mergeWith} disabled={rejected} onChange={(event) => setMergeWith(event.target.value)}>
            <option value="">{t('mergeChoose')}</option>
            {mergeable.map((e) => (
              <option key={e.id} value={e.id}>
                {entryLabel(e)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" data-testid="glossary-merge" disabled={mergeWith === '' || rejected} onClick={() => void actions.merge(entry.id, Number(mergeWith)).then(() => setMergeWith(''))}>
          {t('merge')} <kbd className="kbd">M</kbd>
        </button>
      </div>

      <label className="field">
        <span className="field__label">{t('note')}</span>
        <textarea className="textarea" rows={2} data-testid="glossary-note" value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
      <div className="toolbar">
        <button type="button" className="button button--small" data-testid="glossary-save-note" disabled={note === (concept.note ?? '')} onClick={() => void actions.edit(entry, { kind: 'note', note })}>
          {t('saveNote')}
        </button>
      </div>

    </article>
  );
}

/** Whether an approved entry has no term still waiting for review (added later, or transliterated). */
function allTermsReviewed(entry: GlossaryConceptRecord): boolean {
  return !Object.values(entry.concept.terms).some((terms) => terms?.some((term) => term.pending === true || term.generated === true));
}
