import { useCallback } from 'react';
import type { TmxInput } from '../../../shared/tmx/types';
import type { AlignmentView } from '../../db/repository';
import { isCancelled } from '../../engine/engineClient';
import { useEngineTask } from '../../engine/useEngineTask';
import { getPlatform } from '../../platform';
import { errorMessage, useNotifications } from '../../shell/NotificationsProvider';
import { buildTmxInput, exportFileName } from './buildTmxInput';

/** Writes the alignment as TMX in the engine worker and hands it to the platform to save. */
export function useExportTmx(projectName: string, view: AlignmentView | null | undefined) {
  const task = useEngineTask('exportTmx');
  const { notify } = useNotifications();
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
        const droppedNote = dropped ? ` ${dropped} ${dropped === 1 ? 'character' : 'characters'} that XML cannot carry (control characters) ${dropped === 1 ? 'was' : 'were'} left out.` : '';
        notify(units === 0 ? 'info' : 'success', `Exported ${units} translation ${units === 1 ? 'unit' : 'units'} to ${result.path}.${droppedNote}`);
        return true;
      } catch (error) {
        if (!isCancelled(error)) notify('error', `Export failed: ${errorMessage(error)}`);
        return false;
      }
    },
    [notify, projectName, run, view],
  );

  return { exportTmx, running: task.running };
}
