import { useCallback, useState } from 'react';
import type { LangTag } from '../../../shared/model';
import { repository } from '../../db/repository';
import { runEngine } from '../../engine/engineClient';
import { useT } from '../../i18n/useT';
import { useErrorMessage, useNotifications } from '../../shell/NotificationsProvider';
import { documentsMessages } from './messages';

/** Overrides a document's language: re-segments its text for that language and stores the result. */
export function useChangeDocumentLanguage(): { change: (documentId: number, lang: LangTag) => Promise<void>; pendingId: number | null } {
  const { notify } = useNotifications();
  const t = useT(documentsMessages);
  const errorMessage = useErrorMessage();
  const [pendingId, setPendingId] = useState<number | null>(null);

  const change = useCallback(
    async (documentId: number, lang: LangTag) => {
      setPendingId(documentId);
      try {
        const doc = await repository.getDocument(documentId);
        const rules = (await repository.getProject(doc.projectId))?.segmentationRules;
        const prepared = await runEngine('prepare', { text: doc.originalText, lang, rules });
        await repository.setDocumentLanguage(documentId, lang, prepared.segments);
        notify('info', t('languageChanged', { title: doc.title, lang }));
      } catch (error) {
        notify('error', t('languageFailed', { error: errorMessage(error) }));
      } finally {
        setPendingId(null);
      }
    },
    [errorMessage, notify, t],
  );

  return { change, pendingId };
}
