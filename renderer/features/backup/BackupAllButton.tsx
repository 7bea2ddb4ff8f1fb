import { useT } from '../../i18n/useT';
import { backupMessages } from './messages';
import { useBackup } from './useBackup';

/** Saves every project and the settings as one `.qiyos.json` file (File → Back Up All Projects… runs the same). */
export function BackupAllButton() {
  const t = useT(backupMessages);
  const { busy, backUpAll } = useBackup();
  return (
    <button type="button" className="button" data-testid="backup-all" disabled={busy} onClick={() => void backUpAll()}>
      {t('backUpAll')}
    </button>
  );
}
