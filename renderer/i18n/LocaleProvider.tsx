import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isUiLocale, pickUiLocale, type UiLocale } from '../../shared/i18n/locales';
import { SETTING_KEYS, settingsRepository } from '../db/settingsRepository';
import { getPlatform } from '../platform';

interface LocaleContextValue {
  locale: UiLocale;
  setLocale(locale: UiLocale): void;
}

const LocaleContext = createContext<LocaleContextValue>({ locale: 'en', setLocale: () => undefined });

/** Holds the UI language: the saved setting, else the browser's preferred languages. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<UiLocale>(() => pickUiLocale(navigator.languages ?? [navigator.language]));

  useEffect(() => {
    let cancelled = false;
    settingsRepository.get(SETTING_KEYS.uiLocale).then(
      (saved) => {
        if (!cancelled && isUiLocale(saved)) setLocaleState(saved);
      },
      () => undefined, // No saved setting readable: keep the browser's choice.
    );
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
    // The desktop's native menu follows the UI language.
    getPlatform()
      .setUiLocale(locale)
      .catch((error: unknown) => console.error('Could not translate the menu:', error));
  }, [locale]);

  const setLocale = useCallback((next: UiLocale) => {
    setLocaleState(next);
    void settingsRepository.set(SETTING_KEYS.uiLocale, next);
  }, []);

  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleContextValue {
  return useContext(LocaleContext);
}
