import { useCallback, useRef, useState } from 'react';
import type { PickedFile } from '../../../shared/ipc';
import { repository } from '../../db/repository';
import { runEngine } from '../../engine/engineClient';
import { decodeText } from '../../platform';
import { errorMessage, useNotifications } from '../../shell/NotificationsProvider';

interface TextSource {
  title: string;
  fileName: string;
  text: string;
}

export interface DocumentImporter {
  importFiles: (files: PickedFile[]) => Promise<void>;
  importText: (title: string, text: string) => Promise<boolean>;
  /** What is being imported right now, for a status line; null when idle. */
  busy: string | null;
}

function titleFromFileName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '') || fileName;
}

/**
 * Adds documents to a project: decode (files only), segment in the engine worker, store.
 * Imports run one after another so documents keep the order they were picked or dropped in.
 */
export function useImportDocuments(projectId: number): DocumentImporter {
  const { notify } = useNotifications();
  const [busy, setBusy] = useState<string | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const store = useCallback(
    async ({ title, fileName, text }: TextSource) => {
      if (!text.trim()) throw new Error(`"${title || fileName}" is empty.`);
      const prepared = await runEngine('prepare', { text });
      if (prepared.segments.length === 0) throw new Error(`No sentences were found in "${title || fileName}".`);
      await repository.addDocument(projectId, {
        title,
        fileName,
        originalText: text,
        lang: prepared.lang,
        detectedLang: prepared.detected.lang,
        segments: prepared.segments,
      });
    },
    [projectId],
  );

  const enqueue = useCallback(<T,>(work: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(work, work);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  const importFiles = useCallback(
    (files: PickedFile[]) =>
      enqueue(async () => {
        let added = 0;
        for (const file of files) {
          setBusy(`Adding ${file.name}…`);
          try {
            await store({ title: titleFromFileName(file.name), fileName: file.name, text: decodeText(file.name, file.bytes) });
            added++;
          } catch (error) {
            notify('error', `Could not add ${file.name}: ${errorMessage(error)}`);
          }
        }
        setBusy(null);
        if (added > 0) notify('success', added === 1 ? 'Added 1 document.' : `Added ${added} documents.`);
      }),
    [enqueue, notify, store],
  );

  const importText = useCallback(
    (title: string, text: string) =>
      enqueue(async () => {
        const name = title.trim() || text.trim().split('\n')[0]?.slice(0, 60) || 'Pasted text';
        setBusy(`Adding ${name}…`);
        try {
          await store({ title: name, fileName: '', text });
          notify('success', `Added "${name}".`);
          return true;
        } catch (error) {
          notify('error', `Could not add the pasted text: ${errorMessage(error)}`);
          return false;
        } finally {
          setBusy(null);
        }
      }),
    [enqueue, notify, store],
  );

  return { importFiles, importText, busy };
}
