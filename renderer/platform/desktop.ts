import { englishText, withErrorText } from '../../shared/i18n/localizeError';
import type { DesktopBridge, PickedFile, PickResult } from '../../shared/ipc';
import type { Platform } from './platform';

declare global {
  interface Window {
    /** Present only inside the Electron app (exposed by its preload). */
    qiyosDesktop?: DesktopBridge;
  }
}

/**
 * The files of a dialog's answer; a refused file becomes an Error whose `message` is English (logs)
 * and whose `localized` text `errorMessage` shows in the UI language.
 */
async function pickedFiles(answer: Promise<PickResult>): Promise<PickedFile[]> {
  const result = await answer;
  if ('refused' in result) throw withErrorText(new Error(englishText(result.refused)), result.refused);
  return result.files;
}

/** The Electron host: native dialogs through the preload's typed `invoke`. */
export function createDesktopPlatform(bridge: DesktopBridge): Platform {
  return {
    kind: 'desktop',
    pickDocuments: () => pickedFiles(bridge.invoke('qiyos:open-documents')),
    pickFile: (filter) => pickedFiles(bridge.invoke('qiyos:open-file', { filter: { name: filter.name, extensions: [...filter.extensions] } })),
    saveExport: (args) => bridge.invoke('qiyos:save-export', args),
    setUiLocale: (locale) => bridge.invoke('qiyos:set-ui-locale', locale),
  };
}
