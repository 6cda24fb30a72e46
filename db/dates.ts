/** Calendar-date helpers for `YYYY-MM-DD` text, the form every date column uses. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` ('2025-02-30' is false). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Throws unless `value` is a `YYYY-MM-DD` date. Effective-date queries compare dates as text,
 * which is only correct for this exact form ('2025-7-1' would compare wrongly).
 */
export function assertIsoDate(value: string, what = 'date'): string {
  if (!isIsoDate(value)) throw new RangeError(`Invalid ${what} (expected YYYY-MM-DD): ${value}`);
  return value;
}
