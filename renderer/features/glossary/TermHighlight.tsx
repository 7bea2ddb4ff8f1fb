import { useId, useMemo, useState } from 'react';
import { createTermMatcher, type TermMatcher } from '../../../glossary/termMatch';
import { highlightTerms, splitHighlights } from '../../../glossary/highlight';
import { GLOSSARY_LANGS, type Concept, type GlossaryLang } from '../../../glossary/model';
import { useLanguageName } from '../../common/languageNames';
import { useT } from '../../i18n/useT';
import { TYPE_LABEL } from './labels';
import { glossaryMessages } from './messages';

/** One matcher per concept list, so a table of cells shares it (build with useTermMatcher). */
export function useTermMatcher(concepts: readonly Concept[] | undefined): TermMatcher | undefined {
  return useMemo(() => (concepts && concepts.length > 0 ? createTermMatcher(concepts) : undefined), [concepts]);
}

interface Props {
  text: string;
  /** The text's language; without it every language is tried. */
  lang?: GlossaryLang;
  concepts: readonly Concept[];
  /** A shared matcher over `concepts` (useTermMatcher), to avoid building one per cell. */
  matcher?: TermMatcher;
  /** Whether marks take keyboard focus (default true); false inside a grid with its own keys (hover still works). */
  focusable?: boolean;
}

/**
 * `text` with its approved glossary terms marked; hovering or focusing a term shows its entry
 * (type and terms in every language). Plain text when nothing matches.
 */
export function TermHighlight({ text, lang, concepts, matcher, focusable = true }: Props) {
  const pieces = useMemo(() => {
    if (concepts.length === 0) return [{ text }];
    return splitHighlights(text, highlightTerms(text, matcher ?? concepts, lang));
  }, [text, lang, concepts, matcher]);
  const byId = useMemo(() => new Map(concepts.map((c) => [c.id, c])), [concepts]);
  return (
    <>
      {pieces.map((piece, k) => {
        const concept = piece.conceptId !== undefined ? byId.get(piece.conceptId) : undefined;
        return concept ? <TermMark key={k} text={piece.text} concept={concept} focusable={focusable} /> : piece.text;
      })}
    </>
  );
}

function TermMark({ text, concept, focusable }: { text: string; concept: Concept; focusable: boolean }) {
  const t = useT(glossaryMessages);
  const languageName = useLanguageName();
  const [open, setOpen] = useState(false);
  const id = useId();
  const summary = GLOSSARY_LANGS.flatMap((l) => concept.terms[l]?.[0]?.text ?? []).join(' / ');
  return (
    <span className="term-mark-wrap">
      <mark
        className={`term-mark term-mark--${concept.type}`}
        tabIndex={focusable ? 0 : -1}
        data-testid="term-mark"
        data-concept={concept.id}
        aria-describedby={open ? id : undefined}
        aria-label={t('termEntryTitle', { type: t(TYPE_LABEL[concept.type]), terms: summary })}
        onMouseEnter={() => setOpen(true)}
        onMouseLeave={() => setOpen(false)}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
        }}
      >
        {text}
      </mark>
      {open && (
        <span role="tooltip" id={id} className="term-card" data-testid="term-card">
          <strong>{t(TYPE_LABEL[concept.type])}</strong>
          {GLOSSARY_LANGS.filter((l) => (concept.terms[l]?.length ?? 0) > 0).map((l) => (
            <span key={l} className="term-card__line">
              <span className="term-card__lang">{languageName(l)}:</span> {concept.terms[l]!.map((term) => term.text).join(', ')}
            </span>
          ))}
          {concept.note !== undefined && <span className="term-card__note">{concept.note}</span>}
        </span>
      )}
    </span>
  );
}
