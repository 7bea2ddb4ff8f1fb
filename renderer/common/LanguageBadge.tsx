import type { LangTag } from '../../shared/model';
import { useLanguageName } from './languageNames';

/** A compact language tag with its full name (in the UI language) as tooltip and accessible label. */
export function LanguageBadge({ lang }: { lang: LangTag }) {
  const languageName = useLanguageName();
  return (
    <span className="lang-badge" title={languageName(lang)} aria-label={languageName(lang)}>
      {lang}
    </span>
  );
}
