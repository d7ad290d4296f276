/**
 * Text normalization shared by the lexicon compiler and the matcher, so that a term written
 * once in the lexicon matches the spellings real pages use.
 */

/** Latin letters that look like Cyrillic ones, used by clickbait sites to dodge filters. */
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', m: 'м', h: 'н', t: 'т', b: 'в',
};
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
  let out = text
    .toLowerCase()
    // Turkish capital İ lower-cases to i plus a combining dot; full-width digits are common in Japanese and Chinese.
    .replace(/i\u0307/g, 'i')
    .replace(/[\uff10-\uff19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    // Romanian is written with both cedilla and comma-below ş/ș and ţ/ț.
    .replace(/\u015f/g, '\u0219')
    .replace(/\u0163/g, '\u021b')
    .replace(/\u00ad/g, '')
    .replace(/ё/g, 'е')
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/(\d)[ .,'](?=\d{3}(?!\d))/g, '$1');
  if (/[а-яіїєґ]/.test(out) && /[a-z]/.test(out)) {
    out = out.replace(MIXED_SCRIPT_WORD, (word) => (/[a-z]{4}/.test(word) ? word : toCyrillic(word)));
  }
  return out;
}
