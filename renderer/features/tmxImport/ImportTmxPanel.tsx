import { useEffect, useRef, useState } from 'react';
import type { InlineMode } from '../../../shared/tmx/readTmx';
import { useT } from '../../i18n/useT';
import { getPlatform, readBrowserFiles } from '../../platform';
import { useErrorMessage, useNotifications } from '../../shell/NotificationsProvider';
import { tmxImportMessages } from './messages';
import { useImportTmx } from './useImportTmx';
import { useCommand } from '../../shell/commands';

const TMX_FILTER = { name: 'TMX', extensions: ['tmx', 'xml'] };
const TMX_NAME = /\.(tmx|xml)$/i;

/** "Import TMX…" with the inline-code choice; while shown, .tmx files dropped on the window are imported too. */
export function ImportTmxPanel() {
  const { importFile, running } = useImportTmx();
  const { notify } = useNotifications();
  const [keepInline, setKeepInline] = useState(false);
  const t = useT(tmxImportMessages);
  const errorMessage = useErrorMessage();
  const inline: InlineMode = keepInline ? 'keep' : 'strip';
  useCommand('import-tmx', running ? null : () => void pick());

  async function pick(): Promise<void> {
    try {
      const [file] = await getPlatform().pickFile(TMX_FILTER);
      if (file) await importFile(file, inline);
    } catch (error) {
      notify('error', t('openFailed', { error: errorMessage(error) }));
    }
  }

  useTmxFileDrop((file) => {
    readBrowserFiles([file]).then(
      ([picked]) => picked && importFile(picked, inline),
      (error: unknown) => notify('error', t('readFailed', { file: file.name, error: errorMessage(error) })),
    );
  });

  return (
    <div className="inline-form">
      <button type="button" className="button" data-testid="import-tmx" disabled={running} onClick={() => void pick()}>
        {running ? t('importing') : t('importTmx')}
      </button>
      <label className="checkbox small">
        <input type="checkbox" data-testid="import-tmx-keep-inline" checked={keepInline} onChange={(e) => setKeepInline(e.target.checked)} />{' '}
        {t('keepInline')}
      </label>
      <p className="muted small">{t('hint')}</p>
    </div>
  );
}

/**
 * Imports the first .tmx file dropped on the window. Listens in the capture phase so that the
 * window's general drop guard ("open a project first") does not also answer a TMX drop.
 */
function useTmxFileDrop(onFile: (file: File) => void): void {
  const handler = useRef(onFile);
  useEffect(() => {
    handler.current = onFile;
  });
  useEffect(() => {
    const tmxFiles = (event: DragEvent): File[] => Array.from(event.dataTransfer?.files ?? []).filter((f) => TMX_NAME.test(f.name));
    const onDrop = (event: DragEvent): void => {
      const [file] = tmxFiles(event);
      if (!file) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      handler.current(file);
    };
    window.addEventListener('drop', onDrop, { capture: true });
    return () => window.removeEventListener('drop', onDrop, { capture: true });
  }, []);
}
