/** App-wide settings (UI language, …) kept in the database's `settings` table. */
import { getDatabase } from './database';
import type { QiyosDatabase } from './schema';

export interface SettingsRepository {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export function createSettingsRepository(db: () => QiyosDatabase): SettingsRepository {
  return {
    async get(key) {
      return (await db().settings.get(key))?.value;
    },
    async set(key, value) {
      await db().settings.put({ key, value });
    },
  };
}

export const settingsRepository = createSettingsRepository(getDatabase);

/** Setting keys, written once. */
export const SETTING_KEYS = { uiLocale: 'uiLocale' } as const;
