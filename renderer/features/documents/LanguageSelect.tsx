import type { LangTag } from '../../../shared/model';
import { LANGUAGE_CHOICES, languageName } from '../../common/languageNames';

interface Props {
  value: LangTag;
  detected: LangTag;
  disabled?: boolean;
  onChange: (lang: LangTag) => void;
  label: string;
}

/** The document's language, detected or chosen by the user. */
export function LanguageSelect({ value, detected, disabled, onChange, label }: Props) {
  const choices = LANGUAGE_CHOICES.includes(value) ? LANGUAGE_CHOICES : [value, ...LANGUAGE_CHOICES];
  return (
    <select className="select" data-testid="doc-lang-select" aria-label={label} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
      {choices.map((lang) => (
        <option key={lang} value={lang}>
          {lang} — {languageName(lang)}
          {lang === detected ? ' (detected)' : ''}
        </option>
      ))}
    </select>
  );
}
