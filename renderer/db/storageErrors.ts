/** Turns storage failures into messages a user can act on; other errors keep their own message. */

/** Whether `error` (or the error Dexie wraps) says the disk or the browser's storage quota is full. */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const { name, message } = e as { name?: unknown; message?: unknown };
    if (name === 'QuotaExceededError' || (typeof message === 'string' && /quota|disk.*full|no space/i.test(message))) return true;
    e = (e as { inner?: unknown }).inner;
  }
  return false;
}

/** A readable message for a failed write; storage-full errors say that nothing was changed. */
export function storageErrorMessage(error: unknown): string {
  if (isQuotaError(error)) {
    return 'There is not enough storage space (the disk or the browser’s storage quota is full). Nothing was saved and what was stored before is unchanged. Free some space or delete old projects, then try again.';
  }
  if (error instanceof Error && error.message) return error.message;
  return typeof error === 'string' && error ? error : 'Something went wrong.';
}
