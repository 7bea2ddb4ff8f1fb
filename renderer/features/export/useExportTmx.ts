import { useCallback } from 'react';
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

  const exportTmx = useCallback(async () => {
    if (!view) return;
    try {
      const { xml, dropped } = await run(buildTmxInput(view));
      const result = await getPlatform().saveExport({
        suggestedName: exportFileName(projectName, 'tmx'),
        content: xml,
        filter: { name: 'TMX', extensions: ['tmx'] },
      });
      if (!result.saved) return;
      const written = view.beads.length - dropped;
      notify('success', `Exported ${written} translation units to ${result.path}${dropped ? ` (${dropped} rows without a counterpart left out)` : ''}.`);
    } catch (error) {
      if (!isCancelled(error)) notify('error', `Export failed: ${errorMessage(error)}`);
    }
  }, [notify, projectName, run, view]);

  return { exportTmx, running: task.running };
}
