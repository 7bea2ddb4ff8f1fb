import { useEffect } from 'react';
import { useT } from '../i18n/useT';
import { shellMessages } from './messages';
import { useNotifications } from './NotificationsProvider';
import { useRouter } from './RouterProvider';

/**
 * Stops the browser from navigating to a file dropped outside a project (which would leave the
 * app); the project view's own drop handler adds dropped files as documents.
 */
export function WindowDropGuard() {
  const { route } = useRouter();
  const { notify } = useNotifications();
  const t = useT(shellMessages);
  const inProject = route.view === 'project';

  useEffect(() => {
    const carriesFiles = (event: DragEvent): boolean => Array.from(event.dataTransfer?.types ?? []).includes('Files');
    const onDragOver = (event: DragEvent): void => {
      if (carriesFiles(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (!inProject) notify('info', t('dropHere'));
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [inProject, notify, t]);

  return null;
}
