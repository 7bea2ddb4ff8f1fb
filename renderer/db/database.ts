import { QiyosDatabase } from './schema';

export const DEFAULT_DATABASE_NAME = 'qiyos';

let singleton: QiyosDatabase | undefined;

/** The app's database, created on first use (nothing is opened at import time). */
export function getDatabase(): QiyosDatabase {
  singleton ??= new QiyosDatabase(DEFAULT_DATABASE_NAME);
  return singleton;
}

/** Opens a separately named database, e.g. one per unit test. */
export function openNamedDatabase(name: string): QiyosDatabase {
  return new QiyosDatabase(name);
}
