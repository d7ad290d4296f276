/**
 * Case and diacritic folding that keeps every UTF-16 offset where it was, so that a match
 * found in folded text is a match at the same offsets in the original text (and in the DOM
 * text it was built from). Folding: lower case, combining marks dropped (ё→е, é→e, ї→і,
 * й→и; both the text and the terms are folded the same way), typographic apostrophes → '.
 */

const APOSTROPHES = new Set(['\u2019', '\u02BC', '\u2018', '`', '\u00B4']);
const foldCache = new Map<string, string>();

/** Folds one UTF-16 code unit; returns a single code unit, so offsets never shift. */
export function foldChar(char: string): string {
  const cached = foldCache.get(char);
  if (cached !== undefined) return cached;
  let folded = char;
  if (APOSTROPHES.has(char)) folded = "'";
  else {
    const lower = char.toLowerCase();
    const stripped = lower.normalize('NFD').replace(/\p{M}/gu, '');
    if (stripped.length === 1) folded = stripped;
    else if (lower.length === 1) folded = lower;
  }
  foldCache.set(char, folded);
  return folded;
}

/** Characters turned back into a string at a time: few enough for `fromCharCode`'s argument limit. */
const CHUNK = 8192;

/**
 * foldChar by code unit, filled as code units are met (0: not yet folded; no code unit folds
 * to U+0000 but itself, which is folded again each time at no harm). A whole article went
 * through a Map lookup and a one-character string per code unit before, a sixth of findClaims.
 */
const foldedCodes = new Uint16Array(0x10000);

/**
 * Folds a whole string, keeping its length. Code units are collected in an array and turned
 * into a string in chunks: appending one character at a time grows a rope the engine must
 * later flatten, which a fuzz test measured as worse than linear on long texts. The chunks go
 * through `apply` rather than a spread, which iterated every element of the typed array.
 */
export function foldText(text: string): string {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let folded = foldedCodes[code] as number;
    if (folded === 0) folded = foldedCodes[code] = foldChar(String.fromCharCode(code)).charCodeAt(0);
    codes[i] = folded;
  }
  const parts: string[] = [];
  for (let at = 0; at < codes.length; at += CHUNK) parts.push(String.fromCharCode.apply(null, codes.subarray(at, at + CHUNK) as unknown as number[]));
  return parts.join('');
}

/** A word of the text: letters, digits and inner apostrophes (п'ять, Putin's). */
export interface WordToken {
  /** Folded text of the word, with combining marks removed. */
  key: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:'[\p{L}\p{M}]+)*/gu;

/** Splits already folded text into words, with offsets. */
/** Combining marks left in a folded word; most words have none, so the copy without them is made only when one is there. */
const MARK = /\p{M}/u;
const MARKS = /\p{M}/gu;

export function tokenizeFolded(folded: string): WordToken[] {
  const tokens: WordToken[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(folded); match; match = WORD.exec(folded)) {
    const raw = match[0];
    tokens.push({ key: MARK.test(raw) ? raw.replace(MARKS, '') : raw, start: match.index, end: match.index + raw.length });
  }
  return tokens;
}

/** The folded words of a short phrase, e.g. a matcher's term. */
export function phraseWords(phrase: string): string[] {
  return tokenizeFolded(foldText(phrase)).map((token) => token.key);
}
