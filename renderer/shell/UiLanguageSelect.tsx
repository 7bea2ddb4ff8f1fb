import { UI_LOCALES, UI_LOCALE_NAMES, isUiLocale } from '../../shared/i18n/locales';
import { useLocale } from '../i18n/LocaleProvider';
import { useT } from '../i18n/useT';
import { shellMessages } from './messages';

/** Switches the interface language (kept in the settings). */
export function UiLanguageSelect() {
  const { locale, setLocale } = useLocale();
  const t = useT(shellMessages);
  return (
    <select
      className="topbar__locale"
      data-testid="ui-language"
      aria-label={t('uiLanguage')}
      title={t('uiLanguage')}
      value={locale}
      onChange={(event) => {
        if (isUiLocale(event.target.value)) setLocale(event.target.value);
      }}
    >
      {UI_LOCALES.map((l) => (
        <option key={l} value={l} lang={l}>
          {UI_LOCALE_NAMES[l]}
        </option>
      ))}
    </select>
  );
}
