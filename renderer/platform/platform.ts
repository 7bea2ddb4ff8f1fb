import type { UiLocale } from '../../shared/i18n/locales';
import type { FileFilter, PickedFile, SaveExportArgs, SaveExportResult } from '../../shared/ipc';
import type { Progress } from '../../shared/model';

/** What the renderer needs from its host: Electron's native dialogs, or the browser's. */
export interface Platform {
  kind: 'desktop' | 'web';
  /** Lets the user pick text files; resolves to [] when the user cancels. The browser reports reading them (phase 'read', bytes). */
  pickDocuments(onProgress?: (progress: Progress) => void): Promise<PickedFile[]>;
  /** Lets the user pick one file of the given type (e.g. TMX, a backup); resolves to [] when cancelled. */
  pickFile(filter: FileFilter): Promise<PickedFile[]>;
  /** Saves text where the user chooses (desktop: a save dialog with `filter`; browser: a download). */
  saveExport(args: SaveExportArgs): Promise<SaveExportResult>;
  /** Tells the host the UI language (desktop: the native menu follows it; browser: nothing to do). */
  setUiLocale(locale: UiLocale): Promise<void>;
}
