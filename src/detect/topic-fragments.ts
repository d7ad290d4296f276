import type { LanguageLexicon, LexiconTerm } from '../pack/lexicon-schema';
// With its extension, since the build configuration loads this file too (scripts/lexicon-topic-fragments.ts).
import { normalizeText } from './normalize-text.ts';

/**
 * The literal pieces of text a page must contain before full detection could call it about
 * the mobilization, derived from the lexicon at build time so that adding a language file
 * extends them.
 *
 * Why only the phrase and mobilization roles, and the near-misses that name a call-up any state
 * may order ("general mobilization"): a page is relevant only if its cheap stage is promising,
 * which needs a topic score above zero from the title, metadata and text sample; Russia anchors
 * score nothing alone, context terms count only on top of core evidence, and other near-misses
 * only subtract, so at least one of those terms must match there (a general mobilization said of
 * Russia counts as a later wave). Every match of a term
 * contains each of its fragments at a word start (and, for the term's last unstarred word,
 * at a word end), so "no term with all its fragments in that text" only rejects pages full
 * detection would reject too. All, not one: one piece of a two-word term is often a word of
 * any news page ("россиян", "пункт", "militar"). Positions are tested with substring search and the same letter ranges the
 * detector uses, so scripts written without spaces (Japanese, Chinese) work like the rest.
 */
export interface TopicFragment {
  text: string;
  /** The fragment ends where its term does, on a whole word: no letter may follow it. */
  endsWord: boolean;
}

const DECISIVE_ROLES: ReadonlySet<LexiconTerm['role']> = new Set(['phrase', 'mobilization']);

/**
 * The detector's word characters (compile-lexicon.ts's LETTER: digits, Latin with accents,
 * combining marks, Greek, Cyrillic), as code ranges; a test keeps the two the same.
 */
export function isWordChar(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f) ||
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x370 && code <= 0x52f) ||
    (code >= 0x1e00 && code <= 0x1eff)
  );
}

/** A character of the scripts written without spaces (compile-lexicon.ts's UNSPACED): a term edge there needs no boundary. */
export function isUnspacedChar(code: number): boolean {
  return (
    (code >= 0x3005 && code <= 0x3007) ||
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff66 && code <= 0xff9f)
  );
}

/** The form of page text fragments are looked for in: normalized as detection does, every run of spaces and hyphens one space. */
export function fragmentText(text: string): string {
  return normalizeText(text).replace(/[\s-]+/g, ' ');
}

/**
 * Literal pieces every match of a term contains: words up to and including a starred stem
 * form one piece ("partial mobiliz*" → "partial mobiliz"), and a stem ends it, because any
 * letters may follow ("частичн* мобилизац*" → "частичн", "мобилизац").
 */
export function termFragments(term: string): TopicFragment[] {
  const fragments: TopicFragment[] = [];
  let current: string[] = [];
  for (const word of normalizeText(term).split(/[\s-]+/)) {
    if (word.length === 0) continue;
    // A count (compile-lexicon.ts's COUNT_WORD) is no literal text: it ends the piece before it.
    if (word === '#') {
      if (current.length > 0) fragments.push({ text: current.join(' '), endsWord: false });
      current = [];
      continue;
    }
    if (!word.endsWith('*')) {
      current.push(word);
      continue;
    }
    current.push(word.slice(0, -1));
    fragments.push({ text: current.join(' '), endsWord: false });
    current = [];
  }
  if (current.length > 0) fragments.push({ text: current.join(' '), endsWord: true });
  return fragments.filter((fragment) => fragment.text.trim().length > 0);
}

/** The terms a page needs at least one of (see DECISIVE_ROLES). */
export function decisiveTerms(language: LanguageLexicon): string[] {
  return [...language.terms.filter((term) => DECISIVE_ROLES.has(term.role)), ...language.nearMisses.filter((nearMiss) => nearMiss.unlessRussian === true)].map((term) => term.term);
}

/**
 * Where the fragment `fragment` occurs in `text` on a word start (and a word end when
 * `endsWord`, it ends its term), or -1. Its text and flag are passed apart, so the page's
 * search makes no object per fragment.
 */
function findFragment(text: string, fragment: string, endsWord: boolean, from = 0): number {
  const { length } = fragment;
  // As the detector's boundaries: an edge in an unspaced script needs none.
  const startFree = isUnspacedChar(fragment.charCodeAt(0));
  const endFree = isUnspacedChar(fragment.charCodeAt(length - 1));
  for (let at = text.indexOf(fragment, from); at !== -1; at = text.indexOf(fragment, at + 1)) {
    if (!startFree && at > 0 && isWordChar(text.charCodeAt(at - 1))) continue;
    if (endsWord && !endFree && at + length < text.length && isWordChar(text.charCodeAt(at + length))) continue;
    return at;
  }
  return -1;
}

/** True when every text containing `longer` (a fragment) also contains `shorter` (as a fragment). */
function implies(longer: TopicFragment, shorter: TopicFragment): boolean {
  // The longer fragment starts on a word start and, if endsWord, ends on a word end: its own edges are boundaries.
  const framed = `\u0000${longer.text}${longer.endsWord ? '\u0000' : ''}`;
  const at = findFragment(framed, shorter.text, shorter.endsWord, 1);
  return at !== -1 && (!shorter.endsWord || at + shorter.text.length < framed.length);
}

/**
 * The fragments one term needs, all of them: a text passes when it contains every one. A
 * text matching the term contains them all, so requiring all rejects no page detection
 * would accept, while a single piece of a two-word term ("россиян*" of "россиян* уезжа*",
 * "пункт*" of "сборн* пункт*") is a word every news page in the language may use.
 */
export type TopicPattern = readonly TopicFragment[];

/** True when every text passing `pattern` also passes `other`: each fragment `other` needs follows from one `pattern` needs. */
function patternImplies(pattern: TopicPattern, other: TopicPattern): boolean {
  return other.every((needed) => pattern.some((piece) => implies(piece, needed)));
}

const patternLength = (pattern: TopicPattern): number => pattern.reduce((sum, fragment) => sum + fragment.text.length, 0);

/**
 * One pattern per decisive term of every language, without those another one implies (a
 * page containing "mobilization" contains "mobiliz"; one containing "частичн" and
 * "мобилизац" contains "мобилизац"). Each pattern lists its longest fragment first: the
 * most particular one, so the search gives up on most pages at the first fragment.
 */
export function topicFragments(languages: readonly LanguageLexicon[]): TopicPattern[] {
  const unique = new Map<string, TopicPattern>();
  for (const language of languages) {
    for (const term of decisiveTerms(language)) {
      const pieces = termFragments(term).sort((a, b) => b.text.length - a.text.length || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
      if (pieces.length > 0) unique.set(pieces.map(({ text, endsWord }) => `${Number(endsWord)}${text}`).join('\t'), pieces);
    }
  }
  // Simplest first, so that of two patterns implying each other the first is the one kept.
  const candidates = [...unique.values()].sort((a, b) => a.length - b.length || patternLength(a) - patternLength(b));
  const kept: TopicPattern[] = [];
  for (const pattern of candidates) if (!kept.some((simpler) => patternImplies(pattern, simpler))) kept.push(pattern);
  // A pattern kept early can be implied by one kept later (one long piece against two short ones).
  return kept.filter((pattern) => !kept.some((other) => other !== pattern && patternImplies(pattern, other) && !patternImplies(other, pattern)));
}

/**
 * Patterns as the content script carries them: one line per pattern, its fragments joined
 * by tabs, in two strings by whether the pattern has a fragment that ends a word (written
 * first on its line; a term has at most one). A page parses two string literals where an
 * array of hundreds of object literals had to be compiled, on every page it opens. Lines are
 * in code-unit order: neighbours then share their beginnings ("sähköinen kutsu", "sähköisiä
 * kutsu"), which gzip encodes as near, short copies; sorted by length they were far apart
 * (the first chunk's fragments 309 bytes smaller gzipped). A page's answer does not depend
 * on the order, since any line found is enough.
 */
export interface PackedTopicFragments {
  wholeWord: string;
  open: string;
}

export function packTopicFragments(patterns: readonly TopicPattern[]): PackedTopicFragments {
  const lines = (endsWord: boolean) =>
    patterns
      .filter((pattern) => pattern.some((fragment) => fragment.endsWord) === endsWord)
      .map((pattern) => {
        if (pattern.filter((fragment) => fragment.endsWord).length > 1) throw new Error(`a topic pattern with two whole-word fragments: ${JSON.stringify(pattern)}`);
        // fragmentText has turned every run of whitespace into one space, so this cannot happen.
        for (const { text } of pattern) if (/[\n\t]/.test(text)) throw new Error(`a topic fragment spans lines: ${JSON.stringify(text)}`);
        return [...pattern.filter((fragment) => fragment.endsWord), ...pattern.filter((fragment) => !fragment.endsWord)].map(({ text }) => text).join('\t');
      })
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .join('\n');
  return { wholeWord: lines(true), open: lines(false) };
}

/**
 * True when `text` (already in fragmentText form) contains every fragment of some pattern.
 * Read from the packed strings as they are: no pattern objects are built, so a page keeps
 * nothing of them once the check is done (before, the first chunk built every pattern when it
 * loaded and kept them for the page's life), and a line is read only up to its first missing
 * fragment (its longest, written first after a whole-word one), where almost every line stops.
 * Each fragment is searched for at once: a fragment whose first character the text lacks (most,
 * on a page in another script) fails in the engine's own scan. Looking its characters up first
 * in a set of the text's characters saved fewer searches than building the set cost, in the
 * interpreter that code run once per page runs in (cold Chromium, 30 unrelated pages x 4,
 * thread CPU: 1.36 ms with the set, 1.23 without).
 */
export function containsFragment(text: string, { wholeWord, open }: PackedTopicFragments): boolean {
  return containsPackedLine(text, wholeWord, true) || containsPackedLine(text, open, false);
}

/** Some line of `packed` has all its fragments in `text`; a line's first fragment ends a word when `endsWord`. */
function containsPackedLine(text: string, packed: string, endsWord: boolean): boolean {
  // Walked in place, no string split: a line stops at its first missing fragment.
  for (let lineStart = 0; lineStart < packed.length; ) {
    let lineEnd = packed.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = packed.length;
    let found = true;
    for (let start = lineStart, first = true; start < lineEnd; first = false) {
      let end = packed.indexOf('\t', start);
      if (end === -1 || end > lineEnd) end = lineEnd;
      if (findFragment(text, packed.slice(start, end), endsWord && first) === -1) {
        found = false;
        break;
      }
      start = end + 1;
    }
    if (found) return true;
    lineStart = lineEnd + 1;
  }
  return false;
}
