import { useCallback } from 'react';
import type { Progress } from '../../../shared/model';
import { repository } from '../../db/repository';
import { isCancelled } from '../../engine/engineClient';
import { useEngineTask } from '../../engine/useEngineTask';
import { errorMessage, useNotifications } from '../../shell/NotificationsProvider';

export interface AlignmentRun {
  align: (documentIds: number[]) => Promise<void>;
  cancel: () => void;
  running: boolean;
  progress: Progress | null;
}

/** Aligns the given documents in the engine worker and stores the result as the project's alignment. */
export function useRunAlignment(projectId: number): AlignmentRun {
  const task = useEngineTask('align');
  const { notify } = useNotifications();
  const { run } = task;

  const align = useCallback(
    async (documentIds: number[]) => {
      try {
        const documents = await repository.loadAlignInput(documentIds);
        const { beads } = await run({ documents });
        await repository.saveAlignment(projectId, documentIds, beads);
        notify('success', `Aligned ${documentIds.length} documents: ${beads.length} rows.`);
      } catch (error) {
        if (isCancelled(error)) notify('info', 'Alignment cancelled.');
        else notify('error', `Alignment failed: ${errorMessage(error)}`);
      }
    },
    [notify, projectId, run],
  );

  return { align, cancel: task.cancel, running: task.running, progress: task.progress };
}
