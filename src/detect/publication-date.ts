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

/** A date in an address's path: /2022/03/08/, /2022/03/, 2022-03-08 or a 20220326 segment. */
const PATH_DATES: readonly RegExp[] = [
  /(?:^|\/)(20\d{2})\/(0[1-9]|1[0-2])(?:\/(0[1-9]|[12]\d|3[01]))?(?=\/|$)/,
  /(?<![\d])(20\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d])/,
  /(?:^|\/)(20\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=\/|$|[-_.])/,
];

/**
 * The publication date many news sites write into their addresses, as an ISO date ('' when
 * there is none): the fallback when the page's head declares no date, so that a live blog of
 * March 2022 at /2022/03/08/ is not read as a report on a call-up that came later. Only the
 * path is read (query strings carry dates of other things), and only whole date forms.
 */
export function urlPublicationDate(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return '';
  }
  for (const pattern of PATH_DATES) {
    const match = pattern.exec(path);
    if (match) return [match[1], match[2], match[3]].filter((part) => part !== undefined).join('-');
  }
  return '';
}
