import { expect } from 'vitest';
import { ImportError } from '../../../shared/import/errors';

/** Runs `run`, expects it to throw an ImportError and returns it for further checks. */
export function importError(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('expected an ImportError');
}
