import type { PickedFile, SaveExportArgs, SaveExportResult } from '../../shared/ipc';

/** What the renderer needs from its host: Electron's native dialogs, or the browser's. */
export interface Platform {
  kind: 'desktop' | 'web';
  /** Lets the user pick text files; resolves to [] when the user cancels. */
  pickDocuments(): Promise<PickedFile[]>;
  /** Lets the user pick one file of the given type (e.g. TMX, a backup); resolves to [] when cancelled. */
  pickFile(filter: { name: string; extensions: string[] }): Promise<PickedFile[]>;
  saveExport(args: SaveExportArgs): Promise<SaveExportResult>;
}
