import { perLocale } from './per-locale';

const dateFormat = perLocale((locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }));
const dateTimeFormat = perLocale((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }));

/**
 * A pack date (YYYY-MM-DD) in the reader's locale, e.g. "21 Sept 2022". Read as UTC so a
 * reader west of Greenwich does not see the day before.
 */
export function formatDate(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return dateFormat(locale).format(date);
}

/** A timestamp (ISO 8601 with time) in the reader's locale and time zone, for sync results. */
export function formatDateTime(isoTimestamp: string, locale: string): string {
  const date = new Date(isoTimestamp);
  if (Number.isNaN(date.getTime())) return isoTimestamp;
  return dateTimeFormat(locale).format(date);
}
