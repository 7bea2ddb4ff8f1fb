import { useCallback, useEffect, useRef, useState } from 'react';
import { ENCODING_NAMES } from '../../../shared/import/decodeBytes';
import type { PickedFile } from '../../../shared/ipc';
import type { Progress } from '../../../shared/model';
import { repository } from '../../db/repository';
import { runEngine } from '../../engine/engineClient';
import type { MessageParams } from '../../../shared/i18n/locales';
import { useT } from '../../i18n/useT';
import { errorMessage, useErrorMessage, useNotifications } from '../../shell/NotificationsProvider';
import { openedFilesInbox } from './opened/openedFiles';
import { documentsMessages, type DocumentsMessageKey } from './messages';
import { newDocumentFrom } from './newDocument';

export interface DocumentImporter {
  importFiles: (files: PickedFile[]) => Promise<void>;
  importText: (title: string, text: string) => Promise<boolean>;
  /** What is being imported right now, for a status line; null when idle. */
  busy: string | null;
  /** The engine's latest report for the file being imported (decode → extract → segment); null when none. */
  progress: Progress | null;
  showReading: (progress: Progress | null) => void;
}

function titleFromFileName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '') || fileName;
}

/**
 * The engine's message when it already names the file ("x.txt": the file is empty), else one that
 * does; `describe` gives the error's message in the UI's language.
 */
export function importFailureMessage(
  fileName: string,
  error: unknown,
  t: (key: DocumentsMessageKey, params?: MessageParams) => string,
  describe: (error: unknown) => string = errorMessage,
): string {
  const message = describe(error);
  const named = errorMessage(error).startsWith(`"${fileName}"`);
  return named ? t('addFailedNamed', { error: message }) : t('addFailed', { file: fileName, error: message });
}

/**
 * Adds documents to a project. Files go to the engine worker as raw bytes (it detects format and
 * encoding, extracts and segments the text); pasted text is segmented there too. A document is
 * stored only when everything succeeded. Imports run one after another so documents keep the
 * order they were picked or dropped in.
 */
export function useImportDocuments(projectId: number): DocumentImporter {
  const { notify } = useNotifications();
  const t = useT(documentsMessages);
  const describeError = useErrorMessage();
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
      const rules = (await repository.getProject(projectId))?.segmentationRules;
      const { imported, prepared } = await runEngine('import', { bytes: file.bytes, fileName: file.name, rules }, { onProgress: setProgress });
      await repository.addDocument(projectId, newDocumentFrom(imported, prepared, { title: imported.title || titleFromFileName(file.name), fileName: file.name, bytes: file.bytes }));
      if (imported.encoding !== undefined && imported.encodingConfident === false) {
        notify('info', t('encodingGuess', { file: file.name, encoding: ENCODING_NAMES[imported.encoding] }));
      }
    },
    [notify, projectId, t],
  );

  const importFiles = useCallback(
    (files: PickedFile[]) =>
      enqueue(async () => {
        let added = 0;
        for (const file of files) {
          setBusy(t('addingFile', { name: file.name }));
          setProgress(null);
          try {
            await importFile(file);
            added++;
          } catch (error) {
            notify('error', importFailureMessage(file.name, error, t, describeError));
          }
        }
        setBusy(null);
        setProgress(null);
        if (added > 0) notify('success', t('added', { count: added }));
      }),
    [describeError, enqueue, importFile, notify, t],
  );

  const importText = useCallback(
    (title: string, text: string) =>
      enqueue(async () => {
        const name = title.trim() || text.trim().split('\n')[0]?.slice(0, 60) || t('pastedFallback');
        setBusy(t('addingFile', { name }));
        try {
          if (!text.trim()) throw new Error(t('pasteEmpty', { name }));
          // The text goes as typed: its line breaks are the paragraph breaks the segmenter keeps.
          const rules = (await repository.getProject(projectId))?.segmentationRules;
          const prepared = await runEngine('prepare', { text, rules });
          if (prepared.segments.length === 0) throw new Error(t('noSentences', { name }));
          await repository.addDocument(projectId, {
            title: name,
            fileName: '',
            originalText: text,
            lang: prepared.lang,
            detectedLang: prepared.detected.lang,
            segments: prepared.segments,
          });
          notify('success', t('addedOne', { name }));
          return true;
        } catch (error) {
          notify('error', t('pasteFailed', { error: describeError(error) }));
          return false;
        } finally {
          setBusy(null);
        }
      }),
    [describeError, enqueue, notify, projectId, t],
  );

  // Files opened from outside the app for this project (see opened/openedFiles.ts) come through here too.
  useEffect(() => openedFilesInbox.claim(projectId, (files) => void importFiles(files)), [projectId, importFiles]);

  /** Shows the browser reading files before their import (phase 'read'); null when reading ended or failed. */
  const showReading = useCallback(
    (p: Progress | null) => {
      setBusy(p === null ? null : t('adding'));
      setProgress(p);
    },
    [t],
  );

  return { importFiles, importText, busy, progress, showReading };
}
