const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A timestamp (ms) as a short local date and time. */
export function formatDateTime(ms: number): string {
  return formatter.format(new Date(ms));
}
