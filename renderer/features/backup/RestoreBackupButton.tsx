import { useState } from 'react';
import { parseBackup } from '../../db/backup';
import { ProjectExistsError, repository } from '../../db/repository';
import { storageErrorMessage } from '../../db/storageErrors';
import { getPlatform } from '../../platform';
import { useCommand } from '../../shell/commands';
import { useNotifications } from '../../shell/NotificationsProvider';
import { useRouter } from '../../shell/RouterProvider';

/**
 * Restores a project from a backup file. When a project of the same name exists, the user is
 * asked before it is replaced; the restore (and the replacement) is one transaction.
 */
export function RestoreBackupButton() {
  const { notify } = useNotifications();
  const { navigate } = useRouter();
  const [busy, setBusy] = useState(false);
  useCommand('restore-backup', busy ? null : () => void restore());

  async function restore(): Promise<void> {
    setBusy(true);
    let name = 'the backup';
    try {
      const [file] = await getPlatform().pickFile({ name: 'Qiyos backup', extensions: ['json'] });
      if (!file) return;
      name = file.name;
      const backup = parseBackup(new TextDecoder('utf-8').decode(file.bytes));
      let projectId: number;
      try {
        projectId = await repository.restoreProject(backup);
      } catch (error) {
        if (!(error instanceof ProjectExistsError)) throw error;
        if (!window.confirm(`A project named "${error.projectName}" already exists. Replace it with the one from the backup? The current one will be deleted.`)) {
          notify('info', 'Nothing was restored.');
          return;
        }
        projectId = await repository.restoreProject(backup, { replace: true });
      }
      notify('success', `Restored "${backup.project.name}".`);
      navigate({ view: 'project', projectId });
    } catch (error) {
      notify('error', `Could not restore ${name}: ${storageErrorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <button type="button" className="button" data-testid="restore-backup" disabled={busy} onClick={() => void restore()}>
      Restore backup…
    </button>
  );
}
