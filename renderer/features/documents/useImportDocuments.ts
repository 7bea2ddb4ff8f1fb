import { useCallback, useRef, useState } from 'react';
import { ENCODING_NAMES } from '../../../shared/import/decodeBytes';
import type { PickedFile } from '../../../shared/ipc';
import type { Progress } from '../../../shared/model';
import { repository } from '../../db/repository';
import { runEngine } from '../../engine/engineClient';
import { errorMessage, useNotifications } from '../../shell/NotificationsProvider';

export interface DocumentImporter {
  importFiles: (files: PickedFile[]) => Promise<void>;
  importText: (title: string, text: string) => Promise<boolean>;
  /** What is being imported right now, for a status line; null when idle. */
  busy: string | null;
  /** The engine's latest report for the file being imported (decode → extract → segment); null when none. */
  progress: Progress | null;
}

function titleFromFileName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '') || fileName;
}

/** The engine's message when it already names the file ("x.txt": the file is empty), else one that does. */
export function importFailureMessage(fileName: string, error: unknown): string {
  const message = errorMessage(error);
  return message.startsWith(`"${fileName}"`) ? `Could not add ${message}` : `Could not add ${fileName}: ${message}`;
}

/**
 * Adds documents to a project. Files go to the engine worker as raw bytes (it detects format and
 * encoding, extracts and segments the text); pasted text is segmented there too. A document is
 * stored only when everything succeeded. Imports run one after another so documents keep the
 * order they were picked or dropped in.
 */
export function useImportDocuments(projectId: number): DocumentImporter {
  const { notify } = useNotifications();
  const [busy, setBusy] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const enqueue = useCallback(<T,>(work: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(work, work);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  const importFile = useCallback(
    async (file: PickedFile) => {
      const { imported, prepared } = await runEngine('import', { bytes: file.bytes, fileName: file.name }, { onProgress: setProgress });
      await repository.addDocument(projectId, {
        title: imported.title || titleFromFileName(file.name),
        fileName: file.name,
        originalText: imported.text,
        lang: prepared.lang,
        detectedLang: prepared.detected.lang,
        segments: prepared.segments,
        format: imported.format,
        encoding: imported.encoding,
        encodingConfident: imported.encodingConfident,
        originalBytes: file.bytes,
      });
      if (imported.encoding !== undefined && imported.encodingConfident === false) {
        notify('info', `The encoding of ${file.name} was a guess (${ENCODING_NAMES[imported.encoding]}); if its text looks wrong, pick another encoding in the list.`);
      }
    },
    [notify, projectId],
  );

  const importFiles = useCallback(
    (files: PickedFile[]) =>
      enqueue(async () => {
        let added = 0;
        for (const file of files) {
          setBusy(`Adding ${file.name}…`);
          setProgress(null);
          try {
            await importFile(file);
            added++;
          } catch (error) {
            notify('error', importFailureMessage(file.name, error));
          }
        }
        setBusy(null);
        setProgress(null);
        if (added > 0) notify('success', added === 1 ? 'Added 1 document.' : `Added ${added} documents.`);
      }),
    [enqueue, importFile, notify],
  );

  const importText = useCallback(
    (title: string, text: string) =>
      enqueue(async () => {
        const name = title.trim() || text.trim().split('\n')[0]?.slice(0, 60) || 'Pasted text';
        setBusy(`Adding ${name}…`);
        try {
          if (!text.trim()) throw new Error(`"${name}" is empty.`);
          // The text goes as typed: its line breaks are the paragraph breaks the segmenter keeps.
          const prepared = await runEngine('prepare', { text });
          if (prepared.segments.length === 0) throw new Error(`No sentences were found in "${name}".`);
          await repository.addDocument(projectId, {
            title: name,
            fileName: '',
            originalText: text,
            lang: prepared.lang,
            detectedLang: prepared.detected.lang,
            segments: prepared.segments,
          });
          notify('success', `Added "${name}".`);
          return true;
        } catch (error) {
          notify('error', `Could not add the pasted text: ${errorMessage(error)}`);
          return false;
        } finally {
          setBusy(null);
        }
      }),
    [enqueue, notify, projectId],
  );

  return { importFiles, importText, busy, progress };
}
