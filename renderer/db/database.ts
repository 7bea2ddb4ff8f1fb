import { QiyosDatabase } from './schema';
import { trackDatabaseWrites } from './writeTracker';

export const DEFAULT_DATABASE_NAME = 'qiyos';

let singleton: QiyosDatabase | undefined;

/** The app's database, created on first use (nothing is opened at import time); its writes are counted for a clean quit. */
export function getDatabase(): QiyosDatabase {
  singleton ??= trackDatabaseWrites(new QiyosDatabase(DEFAULT_DATABASE_NAME));
  return singleton;
}

/** Opens a separately named database, e.g. one per unit test. */
export function openNamedDatabase(name: string): QiyosDatabase {
  return new QiyosDatabase(name);
}
