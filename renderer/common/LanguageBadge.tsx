import type { LangTag } from '../../shared/model';
import { languageName } from './languageNames';

/** A compact language tag with its full name as tooltip and accessible label. */
export function LanguageBadge({ lang }: { lang: LangTag }) {
  return (
    <span className="lang-badge" title={languageName(lang)} aria-label={languageName(lang)}>
      {lang}
    </span>
  );
}
