import { useNotifications } from './NotificationsProvider';

/** The toast area: errors are announced assertively, other notices politely. */
export function NotificationArea() {
  const { notices, dismiss } = useNotifications();
  return (
    <div className="toasts" data-testid="notifications">
      <div role="alert" className="toasts__group">
        {notices.filter((n) => n.kind === 'error').map((n) => (
          <Toast key={n.id} kind={n.kind} message={n.message} onDismiss={() => dismiss(n.id)} />
        ))}
      </div>
      <div role="status" className="toasts__group">
        {notices.filter((n) => n.kind !== 'error').map((n) => (
          <Toast key={n.id} kind={n.kind} message={n.message} onDismiss={() => dismiss(n.id)} />
        ))}
      </div>
    </div>
  );
}

function Toast({ kind, message, onDismiss }: { kind: string; message: string; onDismiss: () => void }) {
  return (
    <div className={`toast toast--${kind}`} data-testid={`toast-${kind}`}>
      <span className="toast__message">{message}</span>
      <button type="button" className="toast__close" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
