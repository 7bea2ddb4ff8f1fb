import type { PickedFile, SaveExportArgs, SaveExportResult } from '../../shared/ipc';

/** What the renderer needs from its host: Electron's native dialogs, or the browser's. */
export interface Platform {
  kind: 'desktop' | 'web';
  /** Lets the user pick text files; resolves to [] when the user cancels. */
  pickDocuments(): Promise<PickedFile[]>;
  saveExport(args: SaveExportArgs): Promise<SaveExportResult>;
}
