import { useCallback } from 'react';
import { formatMessage, type MessageParams, type Messages } from '../../shared/i18n/locales';
import { useLocale } from './LocaleProvider';

/**
 * A feature's translate function: `const t = useT(messages); t('merge')`, `t('rows', { count })`.
 * Each feature keeps its catalog beside it (`messages.ts`, made with defineMessages).
 */
export function useT<K extends string>(messages: Messages<K>): (key: K, params?: MessageParams) => string {
  const { locale } = useLocale();
  return useCallback((key: K, params?: MessageParams) => formatMessage(messages[locale][key], params, locale), [messages, locale]);
}
