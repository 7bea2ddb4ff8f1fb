import { useCallback } from 'react';
import { projectRepository } from '../../db/projectRepository';
import type { ProjectSummary } from '../../db/repository';
import { useT } from '../../i18n/useT';
import { useErrorMessage, useNotifications } from '../../shell/NotificationsProvider';
import { projectsMessages } from './messages';

/** How long "Undo" stays offered after a project is deleted. */
const UNDO_DELETE_MS = 10_000;

/** Duplicate and delete (with Undo) for one project of the list; outcomes are reported as notices. */
export function useProjectActions(project: ProjectSummary) {
  const t = useT(projectsMessages);
  const errorMessage = useErrorMessage();
  const { notify } = useNotifications();
  const { id, name } = project;

  const duplicate = useCallback(async (): Promise<void> => {
    const copyName = t('copyName', { name });
    try {
      await projectRepository.duplicateProject(id, copyName);
      notify('success', t('duplicated', { name: copyName }));
    } catch (error) {
      notify('error', t('duplicateFailed', { error: errorMessage(error) }));
    }
  }, [errorMessage, id, name, notify, t]);

  /** Deletes the project; the notice offers Undo, which puts it back exactly (same ids). Resolves false on failure. */
  const remove = useCallback(async (): Promise<boolean> => {
    try {
      const snapshot = await projectRepository.deleteProjectWithSnapshot(id);
      const undo = (): void => {
        projectRepository.restoreDeletedProject(snapshot).then(
          () => notify('success', t('restored', { name })),
          (error: unknown) => notify('error', t('restoreFailed', { error: errorMessage(error) })),
        );
      };
      notify('info', t('deleted', { name }), { action: { label: t('undo'), run: undo }, durationMs: UNDO_DELETE_MS, focusAction: true });
      return true;
    } catch (error) {
      notify('error', t('deleteFailed', { error: errorMessage(error) }));
      return false;
    }
  }, [errorMessage, id, name, notify, t]);

  return { duplicate, remove };
}
