import type { DesktopBridge } from '../../shared/ipc';
import type { Platform } from './platform';

declare global {
  interface Window {
    /** Present only inside the Electron app (exposed by its preload). */
    qiyosDesktop?: DesktopBridge;
  }
}

/** The Electron host: native dialogs through the preload's typed `invoke`. */
export function createDesktopPlatform(bridge: DesktopBridge): Platform {
  return {
    kind: 'desktop',
    pickDocuments: () => bridge.invoke('qiyos:open-documents'),
    pickFile: (filter) => bridge.invoke('qiyos:open-file', { filter: { name: filter.name, extensions: [...filter.extensions] } }),
    saveExport: (args) => bridge.invoke('qiyos:save-export', args),
    setUiLocale: (locale) => bridge.invoke('qiyos:set-ui-locale', locale),
  };
}
