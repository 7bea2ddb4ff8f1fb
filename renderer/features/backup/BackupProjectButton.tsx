import { useState } from 'react';
import { backupFileName, serializeBackup } from '../../db/backup';
import { repository } from '../../db/repository';
import { getPlatform } from '../../platform';
import { errorMessage, useNotifications } from '../../shell/NotificationsProvider';

/** Saves one project with everything in it as a single `.qiyos.json` file. */
export function BackupProjectButton({ projectId, projectName }: { projectId: number; projectName: string }) {
  const { notify } = useNotifications();
  const [busy, setBusy] = useState(false);

  async function backUp(): Promise<void> {
    setBusy(true);
    try {
      const content = serializeBackup(await repository.backupProject(projectId));
      const result = await getPlatform().saveExport({ suggestedName: backupFileName(projectName), content, filter: { name: 'Qiyos backup', extensions: ['json'] } });
      if (result.saved) notify('success', `Backed up "${projectName}" to ${result.path}.`);
    } catch (error) {
      notify('error', `Could not back up the project: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <button type="button" className="button button--small" data-testid="backup-project" disabled={busy} onClick={() => void backUp()}>
      Back up
    </button>
  );
}
