import { useCallback, useState } from 'react';
import type { LangTag } from '../../../shared/model';
import { repository } from '../../db/repository';
import { runEngine } from '../../engine/engineClient';
import { errorMessage, useNotifications } from '../../shell/NotificationsProvider';

/** Overrides a document's language: re-segments its text for that language and stores the result. */
export function useChangeDocumentLanguage(): { change: (documentId: number, lang: LangTag) => Promise<void>; pendingId: number | null } {
  const { notify } = useNotifications();
  const [pendingId, setPendingId] = useState<number | null>(null);

  const change = useCallback(
    async (documentId: number, lang: LangTag) => {
      setPendingId(documentId);
      try {
        const doc = await repository.getDocument(documentId);
        const prepared = await runEngine('prepare', { text: doc.originalText, lang });
        await repository.setDocumentLanguage(documentId, lang, prepared.segments);
        notify('info', `"${doc.title}" is now treated as ${lang} and was segmented again.`);
      } catch (error) {
        notify('error', `Could not change the language: ${errorMessage(error)}`);
      } finally {
        setPendingId(null);
      }
    },
    [notify],
  );

  return { change, pendingId };
}
