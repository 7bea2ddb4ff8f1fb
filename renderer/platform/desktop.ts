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
    // The open dialog offers "All files" too; a dedicated channel with the filter can come later.
    pickFile: async () => (await bridge.invoke('qiyos:open-documents')).slice(0, 1),
    saveExport: (args) => bridge.invoke('qiyos:save-export', args),
  };
}
