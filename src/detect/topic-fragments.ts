import type { LanguageLexicon, LexiconTerm } from '../pack/lexicon-schema';
// With its extension, since the build configuration loads this file too (scripts/lexicon-topic-fragments.ts).
import { normalizeText } from './normalize-text.ts';

/**
 * The literal pieces of text a page must contain before full detection could call it about
 * the mobilization, derived from the lexicon at build time so that adding a language file
 * extends them.
 *
 * Why only the phrase and mobilization roles: a page is relevant only if its cheap stage is
 * promising, which needs a topic score above zero from the title, metadata and text sample;
 * Russia anchors score nothing alone, and context terms count only on top of core evidence,
 * so at least one phrase or mobilization term must match there. Every match of a term
 * contains each of its fragments at a word start (and, for the term's last unstarred word,
 * at a word end), so "no fragment in that text" only rejects pages full detection would
 * reject too. Positions are tested with substring search and the same letter ranges the
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
  return language.terms.filter((term) => DECISIVE_ROLES.has(term.role)).map((term) => term.term);
}

/** Where `fragment` occurs in `text` on a word start (and a word end when it ends its term), or -1. */
function findFragment(text: string, fragment: TopicFragment, from = 0): number {
  const { length } = fragment.text;
  for (let at = text.indexOf(fragment.text, from); at !== -1; at = text.indexOf(fragment.text, at + 1)) {
    if (at > 0 && isWordChar(text.charCodeAt(at - 1))) continue;
    if (fragment.endsWord && at + length < text.length && isWordChar(text.charCodeAt(at + length))) continue;
    return at;
  }
  return -1;
}

/** True when every text containing `longer` (a fragment) also contains `shorter` (as a fragment). */
function implies(longer: TopicFragment, shorter: TopicFragment): boolean {
  // The longer fragment starts on a word start and, if endsWord, ends on a word end: its own edges are boundaries.
  const framed = `\u0000${longer.text}${longer.endsWord ? '\u0000' : ''}`;
  const at = findFragment(framed, shorter, 1);
  return at !== -1 && (!shorter.endsWord || at + shorter.text.length < framed.length);
}

/**
 * One fragment per decisive term of every language, without those another one implies (a
 * page containing "mobilization" contains "mobiliz"). A term whose pieces are all long
 * enough is represented by a piece some other term already needs, else by its longest.
 */
export function topicFragments(languages: readonly LanguageLexicon[]): TopicFragment[] {
  const perTerm = languages.flatMap((language) => decisiveTerms(language).map(termFragments)).filter((pieces) => pieces.length > 0);
  const chosen: TopicFragment[] = perTerm.filter((pieces) => pieces.length === 1).map((pieces) => pieces[0]!);
  for (const pieces of perTerm) {
    if (pieces.length === 1 || pieces.some((piece) => chosen.some((kept) => implies(piece, kept)))) continue;
    chosen.push([...pieces].sort((a, b) => b.text.length - a.text.length)[0]!);
  }
  const kept: TopicFragment[] = [];
  const byLength = [...chosen].sort((a, b) => a.text.length - b.text.length || (a.text < b.text ? -1 : 1) || Number(a.endsWord) - Number(b.endsWord));
  for (const fragment of byLength) if (!kept.some((shorter) => implies(fragment, shorter))) kept.push(fragment);
  return kept;
}

/**
 * Fragments as the content script carries them: one line per fragment, in two strings by
 * whether the fragment ends a word. A page parses two string literals where an array of
 * hundreds of object literals had to be compiled, on every page it opens.
 */
export interface PackedTopicFragments {
  wholeWord: string;
  open: string;
}

export function packTopicFragments(fragments: readonly TopicFragment[]): PackedTopicFragments {
  const lines = (endsWord: boolean) =>
    fragments
      .filter((fragment) => fragment.endsWord === endsWord)
      .map(({ text }) => {
        // fragmentText has turned every run of whitespace into one space, so this cannot happen.
        if (text.includes('\n')) throw new Error(`a topic fragment spans lines: ${JSON.stringify(text)}`);
        return text;
      })
      .join('\n');
  return { wholeWord: lines(true), open: lines(false) };
}

export function unpackTopicFragments({ wholeWord, open }: PackedTopicFragments): TopicFragment[] {
  const lines = (packed: string, endsWord: boolean) => (packed ? packed.split('\n').map((text) => ({ text, endsWord })) : []);
  return [...lines(wholeWord, true), ...lines(open, false)];
}

/** True when `text` (already in fragmentText form) contains any fragment. */
export function containsFragment(text: string, fragments: readonly TopicFragment[]): boolean {
  for (const fragment of fragments) if (findFragment(text, fragment) !== -1) return true;
  return false;
}
