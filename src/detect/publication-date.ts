/**
 * Whether a page's declared publication date falls before the topic's first day. Only the
 * leading year, month and day of an ISO 8601 value are read; a value with a month but no day
 * counts as that month's last day, and anything unreadable is never "before": a missing or odd
 * date must not hide a page.
 */
const ISO_DATE = /^\s*(\d{4})-(\d{2})(?:-(\d{2}))?/;

export function publishedBefore(published: string, since: string): boolean {
  const page = ISO_DATE.exec(published);
  const start = ISO_DATE.exec(since);
  if (!page || !start) return false;
  const year = Number(page[1]);
  const month = Number(page[2]);
  if (month < 1 || month > 12 || year < 1990) return false;
  const startKey = Number(start[1]) * 10_000 + Number(start[2]) * 100 + Number(start[3] ?? 1);
  const pageKey = year * 10_000 + month * 100 + (page[3] === undefined ? 31 : Number(page[3]));
  return pageKey < startKey;
}
