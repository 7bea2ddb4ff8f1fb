import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { DEFAULT_UI_LOCALE, type UiLocale } from '../../shared/i18n/locales';
import { storageErrorMessage } from '../db/storageErrors';
import { useLocale } from '../i18n/LocaleProvider';

export type NoticeKind = 'success' | 'error' | 'info';

/** A button on a notice (e.g. Undo); running it dismisses the notice. */
export interface NoticeAction {
  label: string;
  run: () => void;
}

export interface NoticeOptions {
  action?: NoticeAction;
  /** How long a non-error notice stays (milliseconds). */
  durationMs?: number;
  /** Move the keyboard focus to the action (e.g. Undo right after a delete removed the focused row). */
  focusAction?: boolean;
}

export interface Notice {
  id: number;
  kind: NoticeKind;
  message: string;
  action?: NoticeAction;
  focusAction?: boolean;
}

interface NotificationsValue {
  notices: Notice[];
  notify: (kind: NoticeKind, message: string, options?: NoticeOptions) => void;
  dismiss: (id: number) => void;
}

const NotificationsContext = createContext<NotificationsValue | null>(null);

const AUTO_DISMISS_MS = 6000;

/** Holds the app's toasts; errors stay until dismissed, other notices fade after a few seconds. */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setNotices((all) => all.filter((n) => n.id !== id)), []);

  const notify = useCallback(
    (kind: NoticeKind, message: string, options: NoticeOptions = {}) => {
      const id = nextId.current++;
      const notice: Notice = { id, kind, message };
      if (options.action) {
        notice.action = options.action;
        notice.focusAction = options.focusAction ?? false;
      }
      setNotices((all) => [...all.slice(-4), notice]);
      if (kind !== 'error') setTimeout(() => dismiss(id), options.durationMs ?? AUTO_DISMISS_MS);
    },
    [dismiss],
  );

  const value = useMemo(() => ({ notices, notify, dismiss }), [notices, notify, dismiss]);
  return <NotificationsContext.Provider value={value}>{children}</NotificationsContext.Provider>;
}

export function useNotifications(): NotificationsValue {
  const value = useContext(NotificationsContext);
  if (!value) throw new Error('useNotifications must be used inside NotificationsProvider');
  return value;
}

/**
 * Reports an error from a command as a readable text in `locale` (English by default): the
 * translated message of Qiyos's own errors, a full disk said plainly, else the error's message.
 */
export function errorMessage(error: unknown, locale: UiLocale = DEFAULT_UI_LOCALE): string {
  return storageErrorMessage(error, locale);
}

/** errorMessage in the UI's language: `const errorMessage = useErrorMessage();` */
export function useErrorMessage(): (error: unknown) => string {
  const { locale } = useLocale();
  return useCallback((error: unknown) => errorMessage(error, locale), [locale]);
}
