import { useCallback, useState } from 'react';
import { ENCODING_NAMES, type SupportedEncoding } from '../../../shared/import/decodeBytes';
import { repository } from '../../db/repository';
import { runEngine } from '../../engine/engineClient';
import { useT } from '../../i18n/useT';
import { useErrorMessage, useNotifications } from '../../shell/NotificationsProvider';
import { documentsMessages } from './messages';

/**
 * Overrides a document's encoding: the worker decodes the stored bytes again and re-segments
 * them, then the text and segments are replaced in one transaction (any alignment is dropped).
 */
export function useChangeDocumentEncoding(): { change: (documentId: number, encoding: SupportedEncoding) => Promise<void>; pendingId: number | null } {
  const { notify } = useNotifications();
  const t = useT(documentsMessages);
  const errorMessage = useErrorMessage();
  const [pendingId, setPendingId] = useState<number | null>(null);

  const change = useCallback(
    async (documentId: number, encoding: SupportedEncoding) => {
      setPendingId(documentId);
      try {
        const doc = await repository.getDocument(documentId);
        if (doc.originalBytes === undefined) throw new Error(t('noOriginalFile'));
        // A language the user chose is kept; a detected one is detected again in the new text.
        const lang = doc.lang !== doc.detectedLang ? doc.lang : undefined;
        const { imported, prepared } = await runEngine('import', { bytes: doc.originalBytes, fileName: doc.fileName, encoding, lang });
        await repository.redecodeDocument(
          documentId,
          {
            originalText: imported.text,
            encoding: imported.encoding ?? encoding,
            encodingConfident: imported.encodingConfident ?? true,
            lang: prepared.lang,
            detectedLang: prepared.detected.lang,
          },
          prepared.segments,
        );
        notify('info', t('decodedAgain', { title: doc.title, encoding: ENCODING_NAMES[encoding] }));
      } catch (error) {
        notify('error', t('encodingFailed', { error: errorMessage(error) }));
      } finally {
        setPendingId(null);
      }
    },
    [errorMessage, notify, t],
  );

  return { change, pendingId };
}
