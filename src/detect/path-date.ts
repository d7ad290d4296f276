/**
 * A date as news sites write it into an address, always in whole path segments: a year, month
 * and day each a segment of its own (/2022/03/08/, /2022/3/8/), or one segment that is nothing
 * but a date (2022-03-08 or 20220308; both dashes or neither, since 2022-0308 is an id). A date
 * inside a slug ("a-year-after-2022-02-24-…") names what a story is about, not when it was
 * published, so it is never read here. The one reader of these shapes: what kind of page the
 * address is (url-signals.ts) and when the page was published (publication-date.ts) both ask it.
 */
export interface PathDate {
  year: string;
  /** Two digits, when the address has a month. */
  month?: string;
  /** Two digits, when the address has a day. */
  day?: string;
  /** How many segments the date takes up. */
  span: number;
}

const YEAR = /^20\d{2}$/;
const MONTH = /^(?:0?[1-9]|1[0-2])$/;
const DAY = /^(?:0?[1-9]|[12]\d|3[01])$/;
const DATE_SEGMENT = /^(20\d{2})(-?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])$/;

const twoDigits = (part: string): string => part.padStart(2, '0');

/** The date that starts at `segments[index]`: a year alone, a year and a month, a whole day, or undefined. */
export function pathDateAt(segments: readonly string[], index: number): PathDate | undefined {
  const [year = '', month = '', day = ''] = segments.slice(index, index + 3);
  const dated = DATE_SEGMENT.exec(year);
  if (dated) return { year: dated[1] ?? '', month: dated[3] ?? '', day: dated[4] ?? '', span: 1 };
  if (!YEAR.test(year)) return undefined;
  if (!MONTH.test(month)) return { year, span: 1 };
  return DAY.test(day) ? { year, month: twoDigits(month), day: twoDigits(day), span: 3 } : { year, month: twoDigits(month), span: 2 };
}

/** The first date in a path's segments with at least a month, with where it starts, or undefined. */
export function firstPathDate(segments: readonly string[]): (PathDate & { index: number }) | undefined {
  for (let index = 0; index < segments.length; index += 1) {
    const date = pathDateAt(segments, index);
    if (date?.month !== undefined) return { ...date, index };
  }
  return undefined;
}
