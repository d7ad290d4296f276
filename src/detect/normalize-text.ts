/**
 * Text normalization shared by the lexicon compiler and the matcher, so that a term written
 * once in the lexicon matches the spellings real pages use.
 */

/** Latin letters that look like Cyrillic ones, used by clickbait sites to dodge filters. */
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', m: 'м', h: 'н', t: 'т', b: 'в',
};
/**
 * Characters folded one for one (or dropped): full-width digits (common in Japanese and
 * Chinese), Romanian's cedilla ş/ţ to its comma-below ș/ț (both are written), the soft hyphen,
 * ё, typographic apostrophes and dashes.
 */
const FOLDED_CHAR = /[\uff10-\uff19\u015f\u0163\u00adё\u2018\u2019\u02bc\u0060\u00b4\u2010-\u2015\u2212]/g;
const CHAR_FOLDS: Readonly<Record<string, string>> = {
  '\u015f': '\u0219', '\u0163': '\u021b', '\u00ad': '', 'ё': 'е',
  '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u0060': "'", '\u00b4': "'",
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  return code >= 0xff10 ? String.fromCharCode(code - 0xfee0) : CHAR_FOLDS[ch]!;
}

const MIXED_SCRIPT_WORD = /[\p{L}]*(?:[a-z][а-яёіїєґ]|[а-яёіїєґ][a-z])[\p{L}]*/gu;

function toCyrillic(word: string): string {
  let out = '';
  for (const ch of word) out += LATIN_TO_CYRILLIC[ch] ?? ch;
  return out;
}

/**
 * Lower-cases and folds the variants that would otherwise need a lexicon entry each:
 * ё/е, typographic apostrophes and dashes, soft hyphens, non-breaking spaces, thousands
 * separators ("300,000", "300 000", "300.000", "300'000" all become "300000"), Turkish İ,
 * Romanian cedilla letters, full-width digits, and Latin look-alike letters inside Cyrillic words. Keeps string length roughly stable so positions
 * stay meaningful for proximity.
 */
export function normalizeText(text: string): string {
  let out = text.toLowerCase();
  // Turkish capital İ lower-cases to i plus a combining dot.
  if (out.includes('\u0307')) out = out.replace(/i\u0307/g, 'i');
  // One pass for every one-character fold, where there were one per fold: news text has
  // typographic apostrophes and dashes, so those passes ran on every article's sample and text.
  out = out
    .replace(FOLDED_CHAR, foldChar)
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/(\d)[ .,'](?=\d{3}(?!\d))/g, '$1');
  if (/[а-яіїєґ]/.test(out) && /[a-z]/.test(out)) {
    out = out.replace(MIXED_SCRIPT_WORD, (word) => (/[a-z]{4}/.test(word) ? word : toCyrillic(word)));
  }
  return out;
}
