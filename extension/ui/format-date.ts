/**
 * One formatter per locale and style, made on first use: making an Intl.DateTimeFormat costs
 * about as much as formatting a hundred dates with it, and the sidebar formats hundreds (every
 * answer's and citation's date) in its first render.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function formatterFor(cache: Map<string, Intl.DateTimeFormat>, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = cache.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    cache.set(locale, format);
  }
  return format;
}

/**
 * A pack date (YYYY-MM-DD) in the reader's locale, e.g. "21 Sept 2022". Read as UTC so a
 * reader west of Greenwich does not see the day before.
 */
export function formatDate(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return formatterFor(dateFormats, locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A timestamp (ISO 8601 with time) in the reader's locale and time zone, for sync results. */
export function formatDateTime(isoTimestamp: string, locale: string): string {
  const date = new Date(isoTimestamp);
  if (Number.isNaN(date.getTime())) return isoTimestamp;
  return formatterFor(dateTimeFormats, locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
