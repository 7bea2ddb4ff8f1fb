import { useT } from '../../i18n/useT';
import { backupMessages } from './messages';
import { useBackup } from './useBackup';

/** Saves one project with everything in it as a single `.qiyos.json` file. */
export function BackupProjectButton({ projectId, projectName }: { projectId: number; projectName: string }) {
  const t = useT(backupMessages);
  const { busy, backUpProject } = useBackup();
  return (
    <button
      type="button"
      className="button button--small"
      data-testid="backup-project"
      title={t('backUpProjectTitle', { name: projectName })}
      disabled={busy}
      onClick={() => void backUpProject(projectId)}
    >
      {t('backUp')}
    </button>
  );
}
