import { useCallback } from 'react';
import type { TmxInput } from '../../../shared/tmx/types';
import type { AlignmentView } from '../../db/repository';
import { isCancelled } from '../../engine/engineClient';
import { useEngineTask } from '../../engine/useEngineTask';
import { getPlatform } from '../../platform';
import { useT } from '../../i18n/useT';
import { useErrorMessage, useNotifications } from '../../shell/NotificationsProvider';
import { buildTmxInput, exportFileName } from './buildTmxInput';
import { exportMessages } from './messages';

/** Writes the alignment as TMX in the engine worker and hands it to the platform to save. */
export function useExportTmx(projectName: string, view: AlignmentView | null | undefined) {
  const task = useEngineTask('exportTmx');
  const { notify } = useNotifications();
  const t = useT(exportMessages);
  const errorMessage = useErrorMessage();
  const { run } = task;

  /** Resolves true when a file was written. */
  const exportTmx = useCallback(
    async (options: TmxInput['options'] = {}): Promise<boolean> => {
      if (!view) return false;
      try {
        const { xml, dropped, units } = await run(buildTmxInput(view, options));
        const result = await getPlatform().saveExport({
          suggestedName: exportFileName(projectName, 'tmx'),
          content: xml,
          filter: { name: 'TMX', extensions: ['tmx'] },
        });
        if (!result.saved) return false;
        const droppedNote = dropped ? ` ${t('dropped', { dropped })}` : '';
        notify(units === 0 ? 'info' : 'success', `${t('exported', { units, path: result.path })}${droppedNote}`);
        return true;
      } catch (error) {
        if (!isCancelled(error)) notify('error', t('failed', { error: errorMessage(error) }));
        return false;
      }
    },
    [errorMessage, notify, projectName, run, t, view],
  );

  return { exportTmx, running: task.running };
}
