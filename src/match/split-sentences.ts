/**
 * Sentence boundaries in plain text, as offsets. A sentence ends at . ! ? … (plus any closing
 * quotes or brackets) followed by space and something that can start a sentence, or at a line
 * break: article text extracted from a page has one paragraph, heading or list item per line.
 * Abbreviations ("Sept.", "Dr.", "т.е.", "тыс.", "z.B."), initials ("A. Klimov") and
 * ellipses inside a sentence do not end it. A photo credit is a sentence of its own even with no
 * full stop around it ("… Photo by Ivan Petrov/EPA-EFE Police detain …"),
 * and the sentence just before a credit on its line is that picture's caption.
 */
import { findCredits } from './photo-credit';

export interface SentenceSpan {
  start: number;
  end: number;
  /** A photo credit, or the caption of the picture whose credit follows it on its line: no claim of the article. */
  kind?: 'credit' | 'caption';
}

/** Folded abbreviations (without their final dot) after which a dot ends nothing. */
const ABBREVIATIONS = new Set([
  // en
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'col', 'lt', 'sgt', 'gov', 'sen', 'rep', 'pres',
  'vs', 'etc', 'approx', 'inc', 'ltd', 'corp', 'dept', 'fig',
  'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m',
  // ru / uk
  'т.е', 'т.д', 'т.п', 'т.к', 'т.н', 'и.о', 'в.о', 'тыс', 'тис', 'млн', 'млрд', 'руб', 'грн', 'коп',
  'г', 'гг', 'ст', 'им', 'ул', 'обл', 'р', 'рр', 'ген', 'см', 'стр', 'с', 'п', 'пп', 'ч', 'др', 'проф',
  // de
  'z.b', 'd.h', 'u.a', 'bzw', 'ca', 'nr', 'mio', 'mrd', 'abs', 'vgl', 'usw', 'hr', 'fr', 'str',
  // fr / es / it / pt
  'm', 'mme', 'mlle', 'av', 'env', 'sra', 'sres', 'núm', 'num', 'pág', 'pag', 'ecc', 'sig', 'dott', 'ing',
  // pl / nl ("700 tys. Rosjan": a scale abbreviation, not a sentence end)
  'tys', 'mld', 'ok', 'np', 'tzw', 'tj', 'proc', 'godz', 'woj', 'o.a', 'bv', 'ong',
]);

const TERMINATORS = '.!?…';
const CLOSERS = '"\'»”’)]\u201C\u201D';
const BULLETS = /[•▪◦·‣∙*\-–—]/;

const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/.test(char);

/** The word just before a dot at `dot`, folded, e.g. "sept" or "т.е" (inner dots kept). */
function wordBefore(text: string, dot: number): string {
  let start = dot;
  while (start > 0 && /[\p{L}\p{M}.]/u.test(text[start - 1] as string)) start--;
  return text.slice(start, dot).replace(/^\.+/, '').toLowerCase();
}

/** German writes day numbers as ordinals: "19. September" is a date, not a sentence end. */
const ORDINAL_MONTH = /^(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/;

/** Whether the dot at `dot` ends a sentence, judging by the word before it and what follows at `nextAt`. */
function dotEndsSentence(text: string, dot: number, nextAt: number): boolean {
  const next = text[nextAt];
  const word = wordBefore(text, dot);
  if (ABBREVIATIONS.has(word)) return false;
  if (/(^|[^\d])\d{1,2}$/.test(text.slice(Math.max(0, dot - 3), dot)) && ORDINAL_MONTH.test(text.slice(nextAt, nextAt + 10))) return false;
  // A single capital letter with a dot is an initial: "A. Klimov", "В. Путин".
  if (/^\p{Lu}$/u.test(text.slice(dot - 1, dot)) && !/[\p{L}]/u.test(text[dot - 2] ?? '')) return false;
  // Lower case or a digit after the dot continues the sentence ("approx. 5", "Nov. 7").
  return next === undefined || !/[\p{Ll}\d,;:]/u.test(next);
}

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number): void => {
    let from = start;
    // Skip leading space and list bullets so the span is the sentence itself.
    while (from < end && (isSpace(text[from]) || (BULLETS.test(text[from] as string) && isSpace(text[from + 1])))) from++;
    let to = end;
    while (to > from && isSpace(text[to - 1])) to--;
    if (to > from) spans.push({ start: from, end: to });
  };

  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '\n' || char === '\r' || char === '\u2029') {
      push(i);
      start = i + 1;
      continue;
    }
    if (!TERMINATORS.includes(char)) continue;
    // Take the whole run of terminators and closing quotes: ?!, ..., ."
    let end = i + 1;
    while (end < text.length && (TERMINATORS.includes(text[end] as string) || CLOSERS.includes(text[end] as string))) end++;
    if (end < text.length && !isSpace(text[end])) {
      i = end - 1;
      continue;
    }
    let next = end;
    while (next < text.length && (text[next] === ' ' || text[next] === '\t' || text[next] === '\u00A0')) next++;
    const following = text[next];
    const endsHere =
      following === undefined || following === '\n' || following === '\r'
        ? true
        : char === '.' && end === i + 1
          ? dotEndsSentence(text, i, next)
          : !/[\p{Ll},;:]/u.test(following);
    if (endsHere) {
      push(end);
      start = end;
    }
    i = end - 1;
  }
  push(text.length);
  return withCredits(text, spans);
}

/** The spans with each credit cut out as a span of its own, and the span before it on its line marked a caption. */
function withCredits(text: string, spans: SentenceSpan[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const trimmed = (start: number, end: number): SentenceSpan | null => {
    while (start < end && isSpace(text[start])) start++;
    while (end > start && isSpace(text[end - 1])) end--;
    return end > start ? { start, end } : null;
  };
  for (const span of spans) {
    let from = span.start;
    for (const credit of findCredits(text, span.start, span.end)) {
      const before = trimmed(from, credit.start);
      if (before) out.push(before);
      // The sentence before a credit is the picture's caption when it opens its line, follows
      // another credit, or the credit runs on into more text (a figure flattened into the
      // paragraph); a paragraph that merely ends with a credit keeps its last sentence's claim.
      const previous = out[out.length - 1];
      const beforePrevious = out[out.length - 2];
      const runsOn = (at: number) => {
        while (at < text.length && text[at] !== '\n' && isSpace(text[at])) at++;
        return at < text.length && text[at] !== '\n';
      };
      const opensLine = (span: SentenceSpan) => {
        let i = span.start - 1;
        while (i >= 0 && text[i] !== '\n' && isSpace(text[i])) i--;
        return i < 0 || text[i] === '\n';
      };
      if (
        previous &&
        previous.kind === undefined &&
        !text.slice(previous.end, credit.start).includes('\n') &&
        (opensLine(previous) ||
          (beforePrevious?.kind === 'credit' && !text.slice(beforePrevious.end, previous.start).includes('\n')) ||
          runsOn(credit.end))
      )
        previous.kind = 'caption';
      out.push({ start: credit.start, end: credit.end, kind: 'credit' });
      from = credit.end;
    }
    const rest = trimmed(from, span.end);
    if (rest) out.push(rest);
  }
  return out;
}
