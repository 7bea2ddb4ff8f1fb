import type { LangTag } from '../../../shared/model';
import { LANGUAGE_CHOICES } from '../../common/languageNames';
import { useT } from '../../i18n/useT';
import { useLanguageName } from '../../common/languageNames';
import { documentsMessages } from './messages';

interface Props {
  value: LangTag;
  detected: LangTag;
  disabled?: boolean;
  onChange: (lang: LangTag) => void;
  label: string;
}

/** The document's language, detected or chosen by the user. */
export function LanguageSelect({ value, detected, disabled, onChange, label }: Props) {
  const t = useT(documentsMessages);
  const name = useLanguageName();
  const choices = LANGUAGE_CHOICES.includes(value) ? LANGUAGE_CHOICES : [value, ...LANGUAGE_CHOICES];
  return (
    <select className="select" data-testid="doc-lang-select" aria-label={label} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
      {choices.map((lang) => (
        <option key={lang} value={lang}>
          {lang} — {name(lang)}
          {lang === detected ? ` ${t('detected')}` : ''}
        </option>
      ))}
    </select>
  );
}
