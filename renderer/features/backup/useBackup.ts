import { useCallback, useState } from 'react';
import { backupFileName, databaseBackupFileName, serializeBackup } from '../../db/backup';
import { backupRepository } from '../../db/backupRepository';
import { getPlatform } from '../../platform';
import { useT } from '../../i18n/useT';
import { useErrorMessage, useNotifications } from '../../shell/NotificationsProvider';
import { backupMessages } from './messages';

export interface BackupActions {
  busy: boolean;
  /** Saves one project as a backup file where the user chooses. */
  backUpProject(projectId: number): Promise<void>;
  /** Saves every project and the settings as one backup file. */
  backUpAll(): Promise<void>;
}

/** Making backups: read from the database, then a save dialog (desktop) or a download (browser). */
export function useBackup(): BackupActions {
  const { notify } = useNotifications();
  const t = useT(backupMessages);
  const errorMessage = useErrorMessage();
  const [busy, setBusy] = useState(false);

  const save = useCallback(
    async (make: () => Promise<{ suggestedName: string; content: string; done: (path: string) => string } | null>) => {
      setBusy(true);
      try {
        const file = await make();
        if (!file) return;
        const result = await getPlatform().saveExport({ suggestedName: file.suggestedName, content: file.content, filter: { name: t('fileFilter'), extensions: ['json'] } });
        if (result.saved) notify('success', file.done(result.path));
      } catch (error) {
        notify('error', t('backupFailed', { error: errorMessage(error) }));
      } finally {
        setBusy(false);
      }
    },
    [errorMessage, notify, t],
  );

  const backUpProject = useCallback(
    (projectId: number) =>
      save(async () => {
        const backup = await backupRepository.backupProject(projectId);
        const name = backup.project.name;
        return { suggestedName: backupFileName(name), content: serializeBackup(backup), done: (path) => t('backedUp', { name, path }) };
      }),
    [save, t],
  );

  const backUpAll = useCallback(
    () =>
      save(async () => {
        const backup = await backupRepository.backupDatabase();
        if (backup.projects.length === 0) {
          notify('info', t('nothingToBackUp'));
          return null;
        }
        return { suggestedName: databaseBackupFileName(), content: serializeBackup(backup), done: (path) => t('backedUpAll', { count: backup.projects.length, path }) };
      }),
    [save, notify, t],
  );

  return { busy, backUpProject, backUpAll };
}
