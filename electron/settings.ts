/**
 * Settings that outlive a run (the last folder used in a dialog, the UI language for the menu), kept
 * as JSON under userData.
 * Loading never fails: a missing, unreadable or malformed file gives the defaults. Writes are
 * atomic and one at a time, so the file is always either the old or the new version.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isUiLocale, type UiLocale } from '../shared/i18n/locales';
import { writeFileAtomically } from './atomicWrite';

export interface Settings {
  /** The folder of the last file opened or saved through a dialog (absolute), or null. */
  lastDirectory: string | null;
  /** The UI language the renderer last reported, so the menu starts in it; null before the first report. */
  uiLocale: UiLocale | null;
}

export const DEFAULT_SETTINGS: Settings = { lastDirectory: null, uiLocale: null };

const MAX_PATH_LENGTH = 4096;

/** Keeps only valid fields of a parsed settings file; anything else falls back to its default. */
export function parseSettings(raw: unknown): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return settings;
  const { lastDirectory, uiLocale } = raw as Record<string, unknown>;
  if (isUiLocale(uiLocale)) settings.uiLocale = uiLocale;
  if (typeof lastDirectory === 'string' && lastDirectory.length <= MAX_PATH_LENGTH && path.isAbsolute(lastDirectory) && !lastDirectory.includes('\u0000')) {
    settings.lastDirectory = lastDirectory;
  }
  return settings;
}

export interface SettingsStore {
  get(): Settings;
  /** Changes settings now and saves them; resolves once this version is on disk. */
  update(patch: Partial<Settings>): Promise<void>;
}

/** Reads the settings file (or starts from the defaults) and returns the store that writes it back. */
export async function openSettings(filePath: string): Promise<SettingsStore> {
  let current: Settings;
  try {
    current = parseSettings(JSON.parse(await readFile(filePath, 'utf8')));
  } catch {
    current = { ...DEFAULT_SETTINGS };
  }
  let writing: Promise<void> = Promise.resolve();
  return {
    get: () => ({ ...current }),
    update(patch) {
      current = parseSettings({ ...current, ...patch });
      const snapshot = JSON.stringify(current, null, 2);
      writing = writing
        .then(async () => {
          await mkdir(path.dirname(filePath), { recursive: true });
          await writeFileAtomically(filePath, snapshot);
        })
        .catch((error: unknown) => {
        console.error('Qiyos could not save its settings:', error);
      });
      return writing;
    },
  };
}

/** A store that only lives in memory (tests, or when userData is unavailable). */
export function memorySettings(initial: Settings = DEFAULT_SETTINGS): SettingsStore {
  let current = { ...initial };
  return {
    get: () => ({ ...current }),
    update: async (patch) => {
      current = parseSettings({ ...current, ...patch });
    },
  };
}
