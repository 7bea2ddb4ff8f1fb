import { useCallback } from 'react';
import { readSrx } from '../../../shared/srx/readSrx';
import { writeSrx } from '../../../shared/srx/writeSrx';
import type { SegmentationRules } from '../../../shared/text/segmentationRules';
import { decodeXmlBytes } from '../../../shared/xml/decodeXml';
import { useT } from '../../i18n/useT';
import { getPlatform } from '../../platform';
import { useErrorMessage, useNotifications } from '../../shell/NotificationsProvider';
import { messages } from './messages';

/** A file name for the rules of `projectName`: letters, digits, dashes; ".srx". */
export function srxFileName(projectName: string): string {
  const base = projectName.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${base || 'qiyos'}-segmentation.srx`;
}

/** Counts rules and abbreviations over all languages. */
function ruleCount(rules: SegmentationRules): number {
  return Object.values(rules).reduce((sum, entry) => sum + (entry?.rules.length ?? 0) + (entry?.abbreviations.length ?? 0), 0);
}

/**
 * SRX import and export for the rules editor. Import only reads the file into the editor (nothing
 * is stored until the user saves); a file that is not usable SRX is refused with its line.
 */
export function useSrxTransfer(): { importSrx: () => Promise<SegmentationRules | null>; exportSrx: (rules: SegmentationRules, projectName: string) => Promise<void> } {
  const t = useT(messages);
  const errorMessage = useErrorMessage();
  const { notify } = useNotifications();

  const importSrx = useCallback(async (): Promise<SegmentationRules | null> => {
    let file = 'SRX';
    try {
      const [picked] = await getPlatform().pickFile({ name: 'SRX', extensions: ['srx', 'xml'] });
      if (!picked) return null;
      file = picked.name;
      const { rules, unusedLanguageRules, warnings } = readSrx(decodeXmlBytes(picked.bytes));
      const unused = unusedLanguageRules.length ? ` ${t('importedUnused', { names: unusedLanguageRules.join(', ') })}` : '';
      notify('info', `${t('imported', { file, count: ruleCount(rules) })}${unused}${warnings.length ? ` ${warnings.join(' ')}` : ''}`);
      return rules;
    } catch (error) {
      notify('error', t('importFailed', { file, message: errorMessage(error) }));
      return null;
    }
  }, [errorMessage, notify, t]);

  const exportSrx = useCallback(
    async (rules: SegmentationRules, projectName: string): Promise<void> => {
      try {
        const result = await getPlatform().saveExport({ suggestedName: srxFileName(projectName), content: writeSrx(rules), filter: { name: 'SRX', extensions: ['srx'] } });
        if (result.saved) notify('success', t('exported', { file: result.path }));
      } catch (error) {
        notify('error', t('exportFailed', { message: errorMessage(error) }));
      }
    },
    [errorMessage, notify, t],
  );

  return { importSrx, exportSrx };
}
