import { useCommand } from '../../shell/commands';
import { useRouter } from '../../shell/RouterProvider';
import { useBackup } from './useBackup';

/**
 * The menu's File → Back Up Project… (while a project is open) and Back Up All Projects…
 * (everywhere). Mounted once by the shell.
 */
export function useBackupCommands(): void {
  const { route } = useRouter();
  const { busy, backUpProject, backUpAll } = useBackup();
  const projectId = route.view === 'project' ? route.projectId : null;
  useCommand('backup-project', busy || projectId === null ? null : () => backUpProject(projectId));
  useCommand('backup-all', busy ? null : () => backUpAll());
}
