import { monthKey, monthOf, monthReader, type MonthReader } from '../calendar/read-month';
import { firstPathDate } from './path-date';

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

/**
 * A compact stamp glued to a site's id letters at the slug's very end ("…-nid14032022",
 * "…-a20220314.html") is the site's own date, read as day-month-year or year-month-day when it
 * is a real day of 2014–2026 (the two readings never both fit those years). Dates in whole path
 * segments are read by path-date.ts. The stamp: eight digits right after letters, ending the last
 * segment (before a file extension at most).
 */
const SLUG_STAMP = /[a-z](\d{8})(?:\.[a-z]{2,5})?$/i;
const STAMP_YEARS = { first: 2014, last: 2026 };

/** The ISO date a compact stamp spells as a real calendar day of the stamp years, or ''. */
function stampDate(digits: string): string {
  const readings: Array<[string, string, string]> = [
    [digits.slice(4), digits.slice(2, 4), digits.slice(0, 2)],
    [digits.slice(0, 4), digits.slice(4, 6), digits.slice(6)],
  ];
  for (const [year, month, day] of readings) {
    const y = Number(year);
    if (y < STAMP_YEARS.first || y > STAMP_YEARS.last) continue;
    if (isCalendarDay(y, Number(month), Number(day))) return `${year}-${month}-${day}`;
  }
  return '';
}

/**
 * The publication date many news sites write into their addresses, as an ISO date ('' when
 * there is none): the fallback when the page's head declares no date, so that a live blog of
 * March 2022 at /2022/03/08/ is not read as a report on a call-up that came later. Only the
 * path is read (query strings carry dates of other things), and only whole date segments.
 */
export function urlPublicationDate(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return '';
  }
  const segments = path.split('/');
  const date = firstPathDate(segments);
  if (date) return [date.year, date.month, date.day].filter((part) => part !== undefined).join('-');
  const last = segments.filter(Boolean).at(-1) ?? '';
  const stamp = SLUG_STAMP.exec(last);
  if (stamp) return stampDate(stamp[1] ?? '');
  return recordIdDate(last, segments.filter(Boolean).at(-2) ?? '');
}

/**
 * Segments that name what follows as one post or article ("/a/…", "/p/…", "/post/…"): only after
 * one is a 16-character base64 token read as a record id. Elsewhere such a token is as likely a
 * share code, a user or a random hash, and about one in sixteen random ones decodes into a day between
 * 2014 and September 2022, which would date a story of the call-up before it and hide its sidebar.
 */
const RECORD_ITEM_SEGMENT = /^(a|p|posts?|articles?)$/i;

/**
 * A story addressed by the kind of record id many publishing databases issue (twelve bytes, the
 * first four its creation time in seconds), written as 24 hex digits or as 16 URL-safe base64
 * characters ("/a/YjXcGY1w3kvwg7FH", a blog platform's post of March 2022). Only a last segment of
 * exactly that shape, mixing letters and digits as such ids do, and only a day of 2014–2026; the
 * base64 form only after a segment naming a post (RECORD_ITEM_SEGMENT).
 */
function recordIdDate(segment: string, before: string): string {
  let seconds: number;
  if (/^[0-9a-f]{24}$/.test(segment) && /\d/.test(segment) && /[a-f]/.test(segment)) seconds = Number.parseInt(segment.slice(0, 8), 16);
  else if (RECORD_ITEM_SEGMENT.test(before) && /^[A-Za-z0-9_-]{16}$/.test(segment) && /\d/.test(segment) && /[a-z]/.test(segment) && /[A-Z]/.test(segment)) {
    const bytes = atob(segment.slice(0, 8).replace(/-/g, '+').replace(/_/g, '/'));
    seconds = [...bytes.slice(0, 4)].reduce((value, char) => value * 256 + char.charCodeAt(0), 0);
  } else return '';
  const date = new Date(seconds * 1000);
  const year = date.getUTCFullYear();
  if (year < STAMP_YEARS.first || year > STAMP_YEARS.last) return '';
  return date.toISOString().slice(0, 10);
}

/** How far into the text a dateline or byline date stands: the first lines, before the story. */
const DATELINE_CHARS = 300;
/** A full numeric date as datelines print it: 14.03.2022 (day first) or 2022-03-14. */
const DOTTED_DATE = /(?<![\d.])(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(20\d{2})(?![\d.]\d)/g;
/** 21/03/2022 or 03/21/2022: day and month in either order, so both readings are weighed. */
const SLASH_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(20\d{2})(?![\d/])/g;
const ISO_TEXT_DATE = /(?<![\d-])(20\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d-])/g;
/**
 * What ends a dateline's date, unlike a date in the story's prose ("On 24 February 2022 Russia
 * invaded", "Since 24 February 2022, the war…"): after the year and its word ("г.", "року",
 * "r."), the end of the line, a separator (| — • -), the end of a sentence, or a time, a word
 * such as a weekday at most before it ("10:04", "à 09h15", ", 10:15", "Çarşamba 10:30"). Spelled-out dates are the story's own words far more often than numeric
 * ones, so only those that stand as a dateline date the page. A dot followed by the year's word is
 * the ordinal mark Serbian and Croatian put after a year ("после 24. фебруара 2022. године, …"),
 * not a sentence end: the year word is read with it, and what follows the word decides.
 */
const YEAR_WORD = String.raw`(?:г|года|року|р|r|roku|godine|године|yılı)(?!\p{L})`;
const DATELINE_END = String.raw`(?:\.?\s*${YEAR_WORD})?(?=[^\S\n]*(?:$|\n|[|—–•·]|-[^\S\n]|[.,][^\S\n]*(?:$|\n)|\.\s(?!\s*${YEAR_WORD})|,?[^\S\n]*(?:\p{L}+,?[^\S\n]+)?\d{1,2}[:h.]\d{2}(?!\d)))`;
/**
 * A date with its month spelled out, day first: "21 September 2022", "21. März 2022", "21-го
 * марта 2022 г.", "4 de junio de 2022", "1er mars 2022". The word must be a month
 * (src/calendar/month-names.ts); a day glued to a time ("09:21 марта") is not a day.
 */
const DAY_MONTH_YEAR = new RegExp(String.raw`(?<!\d[:.,])(?<![\p{L}\d])(\d{1,2})(?:\.|-?го|-?е|er|st|nd|rd|th)?\s+(?:(?:de|of|du)\s+)?(\p{L}+)\.?,?\s+(?:(?:de|del)\s+)?(20\d{2})(?!\d)${DATELINE_END}`, 'gu');
/** Month first: "March 4, 2022", "Sept. 21 2022". */
const MONTH_DAY_YEAR = new RegExp(String.raw`(?<![\p{L}\d])(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(20\d{2})(?!\d)${DATELINE_END}`, 'gu');
/**
 * Every month form, including those that are a month only inside a full date ("may"), folded
 * the first time a spelled-out date is read: most pages are dated by their head or address,
 * and folding every form of fifteen languages at load cost each of them about a millisecond.
 */
let months: MonthReader | undefined;

/** Whether year, month (1–12) and day are a real calendar day. */
function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The publication date a page prints in its first lines ('' when there is none), as an ISO
 * date: the last resort when neither its head nor its address dates it. Only whole numeric
 * dates count (14.03.2022, 2022-03-14, and 21/03/2022, whose order varies, so each of its
 * readings that is a real day counts) and whole dates with the month spelled out in any language
 * month-names.ts holds ("21 марта 2022 г.", "March 4, 2022"), and of several the latest, so that a story recalling an
 * earlier day in its lead is dated by its byline or by a site's own date line, never by that
 * day: the page counts as published before a date only when everything its first lines date is.
 */
export function datelinePublicationDate(text: string): string {
  const lead = text.slice(0, DATELINE_CHARS);
  let latest = '';
  const keep = (year: string, month: string, day: string): void => {
    const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
    if (iso > latest) latest = iso;
  };
  for (const match of lead.matchAll(DOTTED_DATE)) keep(match[3] ?? '', match[2] ?? '', match[1] ?? '');
  for (const match of lead.matchAll(ISO_TEXT_DATE)) keep(match[1] ?? '', match[2] ?? '', match[3] ?? '');
  const spelled = (year: string, word: string, day: string): void => {
    const month = monthOf(monthKey(word), (months ??= monthReader(true))) + 1;
    if (month > 0 && isCalendarDay(Number(year), month, Number(day))) keep(year, String(month), day);
  };
  for (const match of lead.matchAll(DAY_MONTH_YEAR)) spelled(match[3] ?? '', match[2] ?? '', match[1] ?? '');
  for (const match of lead.matchAll(MONTH_DAY_YEAR)) spelled(match[3] ?? '', match[1] ?? '', match[2] ?? '');
  for (const match of lead.matchAll(SLASH_DATE)) {
    const [first, second, year] = [Number(match[1]), Number(match[2]), match[3] ?? ''];
    for (const [day, month] of [[first, second], [second, first]] as const) {
      if (day >= 1 && day <= 31 && month >= 1 && month <= 12) keep(year, String(month), String(day));
    }
  }
  return latest;
}
