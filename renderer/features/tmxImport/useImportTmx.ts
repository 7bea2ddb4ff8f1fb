import { useCallback } from 'react';
import type { PickedFile } from '../../../shared/ipc';
import type { InlineMode } from '../../../shared/tmx/readTmx';
import { repository } from '../../db/repository';
import { isCancelled } from '../../engine/engineClient';
import { useEngineTask } from '../../engine/useEngineTask';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { useErrorMessage, useNotifications } from '../../shell/NotificationsProvider';
import { useRouter } from '../../shell/RouterProvider';
import { importedDocuments, importSummary, projectNameFromFile } from './importedDocuments';
import { tmxImportMessages } from './messages';

/**
 * Imports a TMX file as a new project: parsing in the engine worker, then one repository
 * transaction that stores the project, its documents and the confirmed alignment (or nothing).
 */
export function useImportTmx() {
  const task = useEngineTask('importTmx');
  const { notify } = useNotifications();
  const { navigate } = useRouter();
  const { locale } = useLocale();
  const t = useT(tmxImportMessages);
  const errorMessage = useErrorMessage();
  const { run } = task;

  const importFile = useCallback(
    async (file: PickedFile, inline: InlineMode) => {
      try {
        const result = await run({ fileName: file.name, bytes: file.bytes, inline });
        const projectId = await repository.importProject(projectNameFromFile(file.name, locale), importedDocuments(result, file.name), result.beads);
        notify('success', importSummary(result, file.name, locale));
        navigate({ view: 'project', projectId });
      } catch (error) {
        if (!isCancelled(error)) notify('error', t('importFailed', { file: file.name, error: errorMessage(error) }));
      }
    },
    [errorMessage, locale, navigate, notify, run, t],
  );

  return { importFile, running: task.running };
}
