import { useState } from 'react';
import { parseBackup } from '../../db/backup';
import { backupRepository, RestoreConflictError } from '../../db/backupRepository';
import { useT } from '../../i18n/useT';
import { getPlatform } from '../../platform';
import { useCommand } from '../../shell/commands';
import { useErrorMessage, useNotifications } from '../../shell/NotificationsProvider';
import { useRouter } from '../../shell/RouterProvider';
import { backupMessages } from './messages';

/**
 * Restores a backup file: one project, or every project of a whole-database backup with the
 * settings. When projects of the same names exist, the user is asked before they are replaced;
 * the restore (and the replacement) is one transaction.
 */
export function RestoreBackupButton() {
  const { notify } = useNotifications();
  const { navigate } = useRouter();
  const t = useT(backupMessages);
  const errorMessage = useErrorMessage();
  const [busy, setBusy] = useState(false);
  useCommand('restore-backup', busy ? null : () => void restore());

  async function restore(): Promise<void> {
    setBusy(true);
    let name = t('theBackup');
    try {
      const [file] = await getPlatform().pickFile({ name: t('fileFilter'), extensions: ['json'] });
      if (!file) return;
      name = file.name;
      const backup = parseBackup(new TextDecoder('utf-8').decode(file.bytes));
      let projectIds: number[];
      try {
        projectIds = await backupRepository.restoreBackup(backup);
      } catch (error) {
        if (!(error instanceof RestoreConflictError)) throw error;
        const names = error.projectNames;
        const question = names.length === 1 ? t('confirmReplaceOne', { name: names[0]! }) : t('confirmReplaceMany', { names: names.map((n) => `“${n}”`).join(', ') });
        if (!window.confirm(question)) {
          notify('info', t('nothingRestored'));
          return;
        }
        projectIds = await backupRepository.restoreBackup(backup, { replace: true });
      }
      if (backup.scope === 'project') {
        notify('success', t('restoredOne', { name: backup.project.name }));
        navigate({ view: 'project', projectId: projectIds[0]! });
      } else {
        notify('success', t('restoredMany', { count: projectIds.length }));
        navigate({ view: 'home' });
      }
    } catch (error) {
      notify('error', t('restoreFailed', { file: name, error: errorMessage(error) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <button type="button" className="button" data-testid="restore-backup" disabled={busy} onClick={() => void restore()}>
      {t('restore')}
    </button>
  );
}
