import { useEffect, useRef } from 'react';
import { useT } from '../i18n/useT';
import { shellMessages } from './messages';
import { useNotifications, type Notice } from './NotificationsProvider';

/** The toast area: errors are announced assertively, other notices politely. */
export function NotificationArea() {
  const { notices, dismiss } = useNotifications();
  return (
    <div className="toasts" data-testid="notifications">
      <div role="alert" className="toasts__group">
        {notices.filter((n) => n.kind === 'error').map((n) => (
          <Toast key={n.id} notice={n} onDismiss={() => dismiss(n.id)} />
        ))}
      </div>
      <div role="status" className="toasts__group">
        {notices.filter((n) => n.kind !== 'error').map((n) => (
          <Toast key={n.id} notice={n} onDismiss={() => dismiss(n.id)} />
        ))}
      </div>
    </div>
  );
}

function Toast({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const t = useT(shellMessages);
  const { kind, message, action, focusAction } = notice;
  const actionButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusAction) actionButton.current?.focus();
  }, [focusAction]);
  return (
    <div className={`toast toast--${kind}`} data-testid={`toast-${kind}`}>
      <span className="toast__message">{message}</span>
      {action && (
        <button
          ref={actionButton}
          type="button"
          className="button button--small toast__action"
          data-testid="toast-action"
          onClick={() => {
            onDismiss();
            action.run();
          }}
        >
          {action.label}
        </button>
      )}
      <button type="button" className="toast__close" aria-label={t('dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
