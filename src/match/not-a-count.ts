/**
 * Which stated numbers count no people, crossings or contracts: a date's day or year ("on
 * 21 September", "September 21, 2022", "21-го сентября"), a time of day ("at 12:00"), or a
 * count of places ("in 38 cities", "в 32 городах", "in 32 steden"). No number claim of the pack
 * is a time or a number of places, so such a number states none; a few are dates (the day a
 * call-up was declared over), so a date states a claim only by its matcher's own words. A
 * matcher that asks for any head count ("more than 1,300 detained") takes none of them.
 * Like percent and money words (number-units.ts), month names and place nouns are part of
 * reading a number, in each language the pack reads: en, ru, uk, de, fr, es, it, pt, pl, nl.
 */
import { monthReader } from '../calendar/read-month';
import { foldText, type WordToken } from './fold-text';
import type { NumberMention } from './normalize-number';

const fold = (words: readonly string[]): string[] => words.map((word) => foldText(word).toLowerCase());

/**
 * Month names (src/calendar/month-names.ts) as folded word prefixes and whole words, without the
 * forms that are a month only inside a full date (English "may": "20 may have been detained").
 */
const MONTHS = monthReader(false);
const MONTH_PREFIXES = [...new Set(MONTHS.stems.map(([stem]) => stem))];
const MONTH_WORDS = new Set(MONTHS.words.keys());

/**
 * Nouns for places, as folded word prefixes: "38 cities", "32 городах", "30 Städten". A prefix
 * that also begins a word for people ("regional governors", "Republicans", "населения",
 * "містян", "comunisti") is listed as whole words below instead.
 */
const PLACE_PREFIXES = [...new Set(fold([
  'city', 'cities', 'town', 'village', 'countries', 'district', 'oblast', 'location', 'settlement', 'province', 'municipalit', 'localit',
  'город', 'регион', 'област', 'населенн', 'населённ', 'населених', 'населеного', 'пункт', 'район', 'стран', 'деревн', 'субъект',
  'регіон', 'країн',
  'städt', 'ortschaft', 'länder', 'bezirk', 'dörfer', 'gemeinde', 'provinz', 'gebiet', 'bundesländer', 'standort',
  'ville', 'localité', 'endroit', 'provinc', 'commune',
  'localidad', 'país', 'provincia', 'distrito', 'pueblo', 'municipio',
  'regioni', 'località', 'paesi', 'luogh', 'distrett',
  'cidade', 'região', 'regiões', 'localidade', 'municípi',
  'miast', 'miejscowoś', 'krajach', 'krajów', 'obwod', 'okręg', 'województw', 'gmin',
  'steden', 'plaatsen', 'provincie', 'gemeente', 'dorpen', 'republiek', 'locatie',
]))];
/** Whole words only, being short or also other words as prefixes ("placed", "ciudadanos", "cittadini", "landgenoten", "regional", "republicans"). */
const PLACE_WORDS = new Set(
  fold([
    'place', 'places', 'country', 'region', 'regions', 'republic', 'republics',
    'ciudad', 'ciudades', 'regiones', 'republica', 'republicas', 'città', 'paese', 'luoghi', 'lugares', 'lugar', 'repubblica', 'repubbliche', 'comuni', 'comune',
    'местах', 'селах', 'сёлах', 'республик', 'республиках', 'місцях', 'міст', 'міста', 'містах', 'республік', 'республіках',
    'orte', 'orten', 'regionen', 'republik', 'republiken', 'pays', 'lieux', 'lieu', 'regions', 'republiques',
    'miejscach', 'wsiach', 'kraje', 'regiony', 'regionach', 'regionów', 'republikach', 'stad', 'plaats', 'land', 'landen', 'regio', 'regios',
  ]),
);

/** Prefixes by their first two letters, so a word is checked against a handful, not all of them. */
function byStart(prefixes: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const prefix of prefixes) map.set(prefix.slice(0, 2), [...(map.get(prefix.slice(0, 2)) ?? []), prefix]);
  return map;
}
const MONTHS_BY_START = byStart(MONTH_PREFIXES);
const PLACES_BY_START = byStart(PLACE_PREFIXES);
const startsAny = (key: string, map: Map<string, string[]>): boolean => (map.get(key.slice(0, 2)) ?? []).some((prefix) => key.startsWith(prefix));
/** Whether a folded word names a month ("september", "сентября", "sept"). */
export const isMonth = (key: string): boolean => MONTH_WORDS.has(key) || startsAny(key, MONTHS_BY_START);
const isPlace = (key: string): boolean => PLACE_WORDS.has(key) || startsAny(key, PLACES_BY_START);
/** A connecting word between a day and its month: "21 de septiembre", "21-го сентября", "21st of May". */
const isConnector = (key: string): boolean => key.length <= 3 && !/\d/.test(key);

const isDay = (value: number): boolean => Number.isInteger(value) && value >= 1 && value <= 31;
const isYear = (value: number): boolean => Number.isInteger(value) && value >= 1900 && value <= 2099;

/**
 * What the words after token `last` make of the number (or "dozens", "сотни") that ends there:
 * a day when its month follows ("21 September", "21. September", "21 de septiembre", "21st of
 * May": only connecting words between), a count of places when places follow ("38 cities",
 * "38 Russian cities", "32 городах", "dozens of cities").
 */
function followedBy(text: string, tokens: readonly WordToken[], last: number): { monthAfter: boolean; placeAfter: boolean } {
  let others = 0;
  for (let after = last + 1; after <= last + 3 && after < tokens.length; after++) {
    const token = tokens[after] as WordToken;
    const gap = text.slice((tokens[after - 1] as WordToken).end, token.start);
    // Another number or a clause break ends what belongs to this one ("730 in 32 cities").
    if (/[,;:!?()\n]/.test(gap) || /\d/.test(token.key)) break;
    if (isMonth(token.key) && others === 0) return { monthAfter: true, placeAfter: false };
    // Places two words on only after "of" ("dozens of Russian cities"), not "730 people in cities".
    const near = after <= last + 2 || isConnector((tokens[last + 1] as WordToken).key);
    if (isPlace(token.key) && near && others <= 1) return { monthAfter: false, placeAfter: true };
    if (!isConnector(token.key)) others++;
  }
  return { monthAfter: false, placeAfter: false };
}

/** Whether places follow the word at token `last`: "dozens of cities", "десятках городов". */
export const placesFollow = (text: string, tokens: readonly WordToken[], last: number): boolean => followedBy(text, tokens, last).placeAfter;

/** What a number is when it counts nothing the pack counts. */
export type NotACount = 'day' | 'year' | 'time' | 'places';

/**
 * For each number of `numbers` (as findNumbers gives them, in text order), whether it is a
 * date's day or year, a time of day or a count of places, or undefined for any other number.
 * `tokens` are the text's words.
 */
export function notCounts(text: string, tokens: readonly WordToken[], numbers: readonly NumberMention[]): Array<NotACount | undefined> {
  const result = new Array<NotACount | undefined>(numbers.length).fill(undefined);
  // A day: right before its month (connecting words or a dot between) or right after it.
  const isDayDate: boolean[] = new Array<boolean>(numbers.length).fill(false);
  let t = 0;
  numbers.forEach((mention, index) => {
    while (t < tokens.length && (tokens[t] as WordToken).end <= mention.start) t++;
    const first = t;
    let last = first;
    while (last + 1 < tokens.length && (tokens[last + 1] as WordToken).start < mention.end) last++;
    // Month first: "September 21", "Sept. 21", "septiembre de 2022"; never across a comma
    // ("On 21 September, 1,311 …").
    const connected = first >= 2 && isConnector((tokens[first - 1] as WordToken).key) && !/\d/.test((tokens[first - 1] as WordToken).key);
    const before = connected ? tokens[first - 2] : tokens[first - 1];
    const gapBefore = before ? text.slice(before.end, mention.start) : '';
    const monthBefore = before !== undefined && isMonth(before.key) && /^[\s.\p{L}]*$/u.test(gapBefore);
    const { monthAfter, placeAfter } = followedBy(text, tokens, last);
    const previous = numbers[index - 1];
    const afterDay = previous !== undefined && isDayDate[index - 1] === true && /^[\s,]*$/.test(text.slice(previous.end, mention.start));
    const nextChar = text.slice(mention.end).match(/^\s*(\S?)/)?.[1] ?? '';
    // "in September 2300 people" is a count; "21 September 2022", "September 2022," are years.
    const dayBeforeMonth = previous !== undefined && isDayDate[index - 1] === true && !/[\d,;]/.test(text.slice(previous.end, mention.start));
    const yearAfterMonth = monthBefore && isYear(mention.value) && (nextChar === '' || /[,.;:)]/.test(nextChar) || dayBeforeMonth);
    const time = /^:\d\d/.test(text.slice(mention.end, mention.end + 3)) || /\d:$/.test(text.slice(Math.max(0, mention.start - 2), mention.start));
    isDayDate[index] = isDay(mention.value) && (monthBefore || monthAfter);
    if (isDayDate[index]) result[index] = 'day';
    else if ((afterDay && isYear(mention.value)) || yearAfterMonth) result[index] = 'year';
    else if (time) result[index] = 'time';
    else if (placeAfter) result[index] = 'places';
  });
  return result;
}
