/**
 * What a stated number measures, when the words right after it (or a sign next to it) say so:
 * a percentage ("40%", "107 percent", "40 процентов") or a sum of money ("300,000 roubles",
 * "5 млн рублей", "$300,000"). The pack's number claims count people, crossings, contracts or
 * days, and sums in roubles; so a percentage never states one of them, and a sum of money
 * states one only for a matcher whose own words name that money ("payment … roubles").
 * Like number words (number-words.ts), unit words are part of reading a number, in each
 * language the pack reads.
 */
import type { WordToken } from './fold-text';

export type NumberMeasure = 'percent' | 'money';

/** Folded word prefixes after a number: percent and currency words in en, ru, uk, de, fr, es, it, pt, pl, nl. */
const PERCENT_WORDS = ['percent', 'prozent', 'procent', 'процент', 'відсот', 'pourcent'];
/** Two-word percent phrases: "per cent", "pour cent", "por ciento", "per cento", "por cento". */
const PERCENT_PHRASES = [['per', 'cent'], ['pour', 'cent'], ['por', 'ciento'], ['per', 'cento'], ['por', 'cento']];
const MONEY_WORDS = ['rouble', 'ruble', 'rubel', 'rublo', 'rubli', 'roebel', 'рубл', 'dollar', 'dolar', 'долар', 'доллар', 'hryvn', 'гривн', 'гривен', 'гривень', 'tenge', 'тенге', 'złot', 'zlot'];
/** Whole words only: as prefixes they would also read "рубеж", "Europe", "process". */
const PERCENT_EXACT = new Set(['proc']);
const MONEY_EXACT = new Set(['руб', 'грн', 'zł', 'zl', 'euro', 'euros', 'евро', 'євро', 'lari', 'лари']);
const PERCENT_SIGNS = new Set(['%', '\u066A']);
const MONEY_SIGNS = new Set(['$', '€', '£', '₽', '₴', '₸']);

const startsWithAny = (key: string, prefixes: readonly string[]): boolean => prefixes.some((prefix) => key.startsWith(prefix));

export interface MeasuredNumber {
  measure: NumberMeasure | undefined;
  /** Index of the unit word in `tokens`, when a word (not a sign) names the measure. */
  unitToken: number | undefined;
}

/**
 * Reads the measure of a number that ends at character `end` (its last token at index `last`):
 * a sign right before or after it, or a unit word as the next token before token `limit`
 * (the end of its sentence).
 */
export function measureOf(text: string, start: number, end: number, tokens: readonly WordToken[], last: number, limit = tokens.length): MeasuredNumber {
  let after = end;
  while (text[after] === ' ' || text[after] === '\u00A0' || text[after] === '\u202F') after++;
  if (PERCENT_SIGNS.has(text[after] as string)) return { measure: 'percent', unitToken: undefined };
  if (MONEY_SIGNS.has(text[after] as string)) return { measure: 'money', unitToken: undefined };
  let before = start - 1;
  while (text[before] === ' ' || text[before] === '\u00A0') before--;
  if (MONEY_SIGNS.has(text[before] as string)) return { measure: 'money', unitToken: undefined };
  const next = last + 1 < limit ? tokens[last + 1] : undefined;
  // Only the word that follows the number directly (punctuation aside, no other word between).
  if (!next || /[\p{L}\p{N}]/u.test(text.slice(end, next.start))) return { measure: undefined, unitToken: undefined };
  if (startsWithAny(next.key, PERCENT_WORDS) || PERCENT_EXACT.has(next.key)) return { measure: 'percent', unitToken: last + 1 };
  const following = last + 2 < limit ? tokens[last + 2] : undefined;
  if (following && PERCENT_PHRASES.some(([first, second]) => next.key === first && following.key.startsWith(second as string))) {
    return { measure: 'percent', unitToken: last + 1 };
  }
  if (startsWithAny(next.key, MONEY_WORDS) || MONEY_EXACT.has(next.key)) return { measure: 'money', unitToken: last + 1 };
  return { measure: undefined, unitToken: undefined };
}
