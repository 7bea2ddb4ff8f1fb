import { useCallback } from 'react';
import { glossaryRepository } from '../../db/glossaryRepository';
import { isCancelled } from '../../engine/engineClient';
import { useEngineTask } from '../../engine/useEngineTask';
import { useT } from '../../i18n/useT';
import { useErrorMessage, useNotifications } from '../../shell/NotificationsProvider';
import { glossaryMessages } from './messages';

/** Extracts the project's glossary in the engine worker and folds it into the stored one (review kept). */
export function useGlossaryExtraction(projectId: number) {
  const task = useEngineTask('extractGlossary');
  const { notify } = useNotifications();
  const t = useT(glossaryMessages);
  const errorMessage = useErrorMessage();
  const { run } = task;

  const extract = useCallback(async () => {
    try {
      const input = await glossaryRepository.loadExtractionInput(projectId);
      if (input.documents.length === 0) {
        notify('info', t('noDocuments'));
        return;
      }
      const { concepts } = await run(input);
      const outcome = await glossaryRepository.saveExtraction(projectId, concepts);
      notify('success', t('extracted', { added: outcome.added, updated: outcome.updated, skipped: outcome.skipped }));
    } catch (error) {
      if (isCancelled(error)) notify('info', t('extractCancelled'));
      else notify('error', t('extractFailed', { error: errorMessage(error) }));
    }
  }, [errorMessage, notify, projectId, run, t]);

  return { extract, cancel: task.cancel, running: task.running, progress: task.progress };
}
