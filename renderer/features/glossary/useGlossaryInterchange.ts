import { useCallback } from 'react';
import { version } from '../../../package.json';
import { glossaryToCsv, glossaryToTbx, glossaryToTsv } from '../../../glossary/exportFormats';
import { readGlossaryFile } from '../../../glossary/importGlossary';
import type { GlossaryLang } from '../../../glossary/model';
import { glossaryRepository } from '../../db/glossaryRepository';
import { useT } from '../../i18n/useT';
import { getPlatform } from '../../platform';
import { useCommand } from '../../shell/commands';
import { useErrorMessage, useNotifications } from '../../shell/NotificationsProvider';
import { exportFileName } from '../export/buildTmxInput';
import { glossaryMessages } from './messages';

type Format = 'tbx' | 'csv' | 'tsv';

const FILTERS: Readonly<Record<Format, { name: string; extensions: string[] }>> = {
  tbx: { name: 'TBX', extensions: ['tbx'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  tsv: { name: 'OmegaT TSV', extensions: ['txt', 'tsv'] },
};

/**
 * Glossary export (approved entries: TBX-Basic, CSV, OmegaT TSV for `pair`) and import (TBX, CSV,
 * TSV; header-less TSV in `pair`), saved and picked through the platform layer. Registers the
 * glossary's menu commands while mounted.
 */
export function useGlossaryInterchange(projectId: number, projectName: string, pair: [GlossaryLang, GlossaryLang]) {
  const { notify } = useNotifications();
  const t = useT(glossaryMessages);
  const errorMessage = useErrorMessage();

  const exportAs = useCallback(
    async (format: Format): Promise<boolean> => {
      try {
        const concepts = await glossaryRepository.approvedConcepts(projectId);
        if (concepts.length === 0) {
          notify('info', t('nothingToExport'));
          return false;
        }
        if (format === 'tsv' && pair[0] === pair[1]) {
          notify('info', t('tsvSameLanguage'));
          return false;
        }
        const content =
          format === 'tbx' ? glossaryToTbx(concepts, { sourceLang: pair[0], toolVersion: version }) : format === 'csv' ? glossaryToCsv(concepts) : glossaryToTsv(concepts, pair[0], pair[1]);
        const suffix = format === 'tsv' ? `glossary ${pair[0]}-${pair[1]}` : 'glossary';
        const result = await getPlatform().saveExport({
          suggestedName: exportFileName(`${projectName} ${suffix}`, format === 'tsv' ? 'txt' : format),
          content,
          filter: FILTERS[format],
        });
        if (!result.saved) return false;
        notify('success', t('exported', { count: concepts.length, path: result.path }));
        return true;
      } catch (error) {
        notify('error', t('exportFailed', { error: errorMessage(error) }));
        return false;
      }
    },
    [errorMessage, notify, pair, projectId, projectName, t],
  );

  const importFile = useCallback(async (): Promise<boolean> => {
    const [file] = await getPlatform().pickFile({ name: 'TBX, CSV, TSV', extensions: ['tbx', 'xml', 'csv', 'tsv', 'txt'] });
    if (file === undefined) return false;
    try {
      // Everything is read and checked before anything is stored: a bad file changes nothing.
      const concepts = readGlossaryFile(file.name, file.bytes, { source: pair[0], target: pair[1] });
      const { added, merged } = await glossaryRepository.importConcepts(projectId, concepts);
      notify('success', t('imported', { file: file.name, added, merged }));
      return true;
    } catch (error) {
      notify('error', t('importFailed', { file: file.name, error: errorMessage(error) }));
      return false;
    }
  }, [errorMessage, notify, pair, projectId, t]);

  useCommand('export-glossary-tbx', () => exportAs('tbx'));
  useCommand('export-glossary-csv', () => exportAs('csv'));
  useCommand('import-glossary', importFile);

  return { exportAs, importFile };
}
