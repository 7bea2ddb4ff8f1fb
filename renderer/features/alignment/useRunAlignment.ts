import { useCallback } from 'react';
import type { Progress } from '../../../shared/model';
import { glossaryRepository } from '../../db/glossaryRepository';
import { repository } from '../../db/repository';
import { isCancelled } from '../../engine/engineClient';
import { useEngineTask } from '../../engine/useEngineTask';
import { useT } from '../../i18n/useT';
import { useErrorMessage, useNotifications } from '../../shell/NotificationsProvider';
import { messages } from './messages';

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
  const t = useT(messages);
  const errorMessage = useErrorMessage();
  const { run } = task;

  const align = useCallback(
    async (documentIds: number[]) => {
      try {
        const documents = await repository.loadAlignInput(documentIds);
        // Approved glossary terms anchor the sentences that contain them.
        const terms = await glossaryRepository.termAnchors(projectId);
        const { beads } = await run({ documents, terms });
        await repository.saveAlignment(projectId, documentIds, beads);
        notify('success', t('aligned', { docs: documentIds.length, count: beads.length }));
      } catch (error) {
        if (isCancelled(error)) notify('info', t('alignCancelled'));
        else notify('error', t('alignFailed', { error: errorMessage(error) }));
      }
    },
    [errorMessage, notify, projectId, run, t],
  );

  return { align, cancel: task.cancel, running: task.running, progress: task.progress };
}
