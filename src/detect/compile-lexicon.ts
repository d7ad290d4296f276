import type { Lexicon, LexiconTerm } from '../pack/lexicon-schema';
import { normalizeText } from './normalize-text';

export type TermRole = LexiconTerm['role'] | 'near-miss';

/** One lexicon entry after compilation: what a regex capture group stands for. */
export interface CompiledTerm {
  term: string;
  role: TermRole;
  /** Weight for positive roles, penalty for near-misses. */
  weight: number;
  topics: readonly string[];
  /** Names another state whose own call-up shares the vocabulary (a rival anchor). */
  rival: boolean;
  /** Gives nearby call-up words another meaning (see nearMissSchema.otherSense). */
  otherSense: boolean;
  /** Marks routine conscription, read over the whole text (see nearMissSchema.routine). */
  routine: boolean;
  /** A call-up word routine conscription reports do not use (see lexiconTermSchema.sign). */
  sign: boolean;
  /** A near-miss whose penalty counts once per page (see nearMissSchema.once). */
  once: boolean;
  /** A near-miss that is no penalty next to a Russia anchor (see nearMissSchema.unlessRussian). */
  unlessRussian: boolean;
  /** Dates the story to the first weeks of the war, before the call-up (see nearMissSchema.earlyWar). */
  earlyWar: boolean;
  /** Dates the story a year or more into the war (see nearMissSchema.laterWar and lexiconTermSchema.laterWar). */
  laterWar: boolean;
  /** Also anchors Russia, like a `russia` term (see lexiconTermSchema.anchor); absent in parts stored before it. */
  anchor?: boolean;
  /** A rival that names a people, which may be named as refugees (see nearMissSchema.people); absent in parts stored before it. */
  people?: boolean;
  /** A rival only beside one of these terms, as the lexicon spells them (see nearMissSchema.rivalWith); absent when unconditional. */
  rivalWith?: readonly string[];
  /**
   * The piece of text a match needs (termLiteral), worked out when the lexicon is compiled
   * rather than on every page that scores its text; absent from parts stored before it was.
   */
  literal?: string;
}

export interface CompiledLanguage {
  lang: string;
  /** Longest first, so the longer term wins at the same position (alternationSource keeps their order). */
  terms: readonly CompiledTerm[];
  markers: ReadonlySet<string>;
  /** Unicode script names the language is written in, for recognising it without marker words. */
  scripts: readonly string[];
  /** Source of one alternation of the words that close a teaser ("read more"), for a global regex; '' when the language has none. */
  teaserSource: string;
  /** The word for thousand after a figure (lexicon `thousandWords`), normalized, `*` kept for stems; absent from parts stored before it. */
  thousandWords?: readonly string[];
}

export interface CompiledLexicon {
  languages: ReadonlyMap<string, CompiledLanguage>;
  /** Declared page languages read with another language's lexicon ("hr" → "sr"). */
  aliases: ReadonlyMap<string, string>;
  /** Every marker word with the languages it marks: one lookup per word, however many languages. */
  markerIndex: ReadonlyMap<string, readonly string[]>;
  threshold: number;
  sampleThreshold: number;
  urlHints: readonly string[];
  /** The call-up's first day (YYYY-MM-DD): a page published before it cannot report on it. */
  since?: string;
}

/**
 * A word character of the alphabets the lexicon covers (digits, Latin with its accents, Greek,
 * Cyrillic with Kazakh and Serbian letters, Armenian letters without Armenian punctuation (the
 * full stop ։ and the comma ՝ close words), Georgian, combining marks), spelled as
 * ranges: a `\\p{L}` class in unicode mode makes the big alternation several times slower to
 * compile, and text is already lower-cased. Han and kana are left out on purpose: Japanese and
 * Chinese put no spaces between words, so their terms match as substrings, with no boundary.
 */
export const LETTER = '[0-9a-z\\u00c0-\\u024f\\u0300-\\u036f\\u0370-\\u052f\\u0531-\\u0556\\u0559\\u0560-\\u0588\\u10a0-\\u10ff\\u1c90-\\u1cbf\\u1e00-\\u1eff]';

/**
 * A character of the scripts written without spaces (kana, Han, the iteration marks, half-width
 * katakana). A term's edge in one of them needs no boundary at all: in "ウクライナ国民41人" or
 * "动员令2022年" the digit next to the term is no part of a word the term would be cut from,
 * while LETTER counts digits as word characters for the spaced scripts ("300000", "2022г").
 */
export const UNSPACED = '[\\u3005-\\u3007\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff66-\\uff9f]';

/** `inner` on whole words: no word character before or after, unless that edge of the match is in an unspaced script. */
function onWholeWords(inner: string): string {
  return `(?:(?<!${LETTER})|(?=${UNSPACED}))(?:${inner})(?:(?!${LETTER})|(?<=${UNSPACED}))`;
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A term's words as its pattern spells them: normalized, a stem keeping its trailing `*`. */
function termWords(term: string): string[] {
  return normalizeText(term).split(/[\s-]+/).filter((w) => w.length > 0);
}

/**
 * A term word that stands for a count ("რუსეთის # მოქალაქე* შემო*": Russia's N citizens came in):
 * languages that put the number between the words of a phrase need it to say "N Russian citizens
 * entered", which without its count also reads of a single traveller. Normalized text has lost
 * thousands separators ("131 546" is "131546"); a decimal comma or point stays ("1,4").
 */
const COUNT_WORD = '#';
const COUNT_SOURCE = '\\d+(?:[.,]\\d+)?';

/** "частичн* мобилизац*" → a pattern where each starred word is a stem and words are separated by spaces or hyphens. */
function termSource(term: string): string {
  const parts = termWords(term).map((word) =>
    word === COUNT_WORD ? COUNT_SOURCE : word.endsWith('*') ? `${escapeRegex(word.slice(0, -1))}${LETTER}*` : escapeRegex(word),
  );
  return parts.join('[\\s-]+');
}

/**
 * The longest piece of text every match of `term` contains as it stands (its longest word, a
 * stem without its `*`): a text without it cannot match the term's pattern.
 */
export function termLiteral(term: string): string {
  return termWords(term)
    .map((word) => (word === COUNT_WORD ? '' : word.endsWith('*') ? word.slice(0, -1) : word))
    .reduce((longest, word) => (word.length > longest.length ? word : longest), '');
}

/** One global alternation over `terms` with a capture group per term, in their order, each on whole words. */
export function alternationSource(terms: readonly Pick<CompiledTerm, 'term'>[]): string {
  return onWholeWords(terms.map((t) => `(${termSource(t.term)})`).join('|'));
}

/** A later year as a term of every language (see lexiconSchema.laterYears). */
function laterYear(year: string): Lexicon['languages'][number]['nearMisses'][number] {
  return { term: year, penalty: 0, laterWar: true };
}

function compileLanguage(language: Lexicon['languages'][number], laterYears: readonly string[]): CompiledLanguage {
  const terms: CompiledTerm[] = [
    ...language.terms.map((t) => ({ term: t.term, role: t.role, weight: t.weight, topics: t.topics ?? [], rival: t.role === 'rival', otherSense: false, routine: false, sign: t.sign ?? false, once: false, unlessRussian: false, earlyWar: false, laterWar: t.laterWar ?? false, anchor: t.anchor ?? false, people: t.people ?? false })),
    ...[...language.nearMisses, ...laterYears.map(laterYear)].map((n) => ({
      term: n.term,
      role: 'near-miss' as const,
      weight: n.penalty,
      topics: [],
      rival: n.rival ?? false,
      otherSense: n.otherSense ?? false,
      routine: n.routine ?? false,
      sign: false,
      once: n.once ?? false,
      unlessRussian: n.unlessRussian ?? false,
      earlyWar: n.earlyWar ?? false,
      laterWar: n.laterWar ?? false,
      people: n.people ?? false,
      ...(n.rivalWith ? { rivalWith: n.rivalWith } : {}),
    })),
  ];
  // A rivalWith naming no term of the language would silently leave its rival never anchoring.
  const known = new Set(terms.map((t) => t.term));
  for (const t of terms) for (const needed of t.rivalWith ?? []) if (!known.has(needed)) throw new Error(`lexicon ${language.lang}: "${t.term}" has rivalWith "${needed}", which is no term of the language`);
  // Longer terms first, so "partial mobilization" wins over "mobilization" at the same position.
  const order = terms.map((_, i) => i).sort((a, b) => (terms[b]?.term.length ?? 0) - (terms[a]?.term.length ?? 0));
  const sorted = order.map((i) => terms[i]).filter((t): t is CompiledTerm => t !== undefined).map((t) => ({ ...t, literal: termLiteral(t.term) }));
  return {
    lang: language.lang,
    terms: sorted,
    markers: new Set(language.markers.map((m) => normalizeText(m))),
    scripts: language.scripts ?? [],
    teaserSource: language.teaserMarkers?.length
      ? onWholeWords(language.teaserMarkers.map((m) => termSource(m)).join('|'))
      : '',
    thousandWords: (language.thousandWords ?? []).map((word) => normalizeText(word)),
  };
}

/** Compiled lexicons, keyed by the lexicon object: a pack is compiled once per content-script lifetime. */
const cache = new WeakMap<Lexicon, CompiledLexicon>();

/** Compiles the lexicon into one regex per language; cached, so repeated calls are free. */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const cached = cache.get(lexicon);
  if (cached) return cached;
  const languages = new Map(lexicon.languages.map((l) => [l.lang, compileLanguage(l, lexicon.laterYears ?? [])]));
  const markerIndex = new Map<string, string[]>();
  for (const language of languages.values()) {
    for (const marker of language.markers) markerIndex.set(marker, [...(markerIndex.get(marker) ?? []), language.lang]);
  }
  const compiled: CompiledLexicon = {
    languages,
    markerIndex,
    aliases: new Map(lexicon.languages.flatMap((l) => (l.aliases ?? []).map((alias): [string, string] => [alias, l.lang]))),
    threshold: lexicon.threshold,
    sampleThreshold: lexicon.sampleThreshold,
    urlHints: lexicon.urlHints.map((h) => h.toLowerCase()),
    ...(lexicon.since !== undefined ? { since: lexicon.since } : {}),
  };
  cache.set(lexicon, compiled);
  return compiled;
}

/**
 * A compiled lexicon as plain data, for `storage.local`: the worker compiles once per pack
 * and every page only revives it, instead of compiling the whole lexicon on each page. Each
 * language's compiled part is kept as JSON text: storage then hands a page twenty strings
 * rather than the tens of thousands of objects of every language's terms (converting those
 * was most of an article page's cost of reading the lexicon), and a page parses only the
 * languages it reads, usually one or two.
 */
export interface StoredLexicon extends Omit<CompiledLexicon, 'languages' | 'aliases' | 'markerIndex'> {
  languages: StoredLanguage[];
  aliases: Array<[string, string]>;
  markerIndex: Array<[string, readonly string[]]>;
}

/** What language recognition reads of every language stays plain; the rest is JSON text. */
export interface StoredLanguage extends Pick<CompiledLanguage, 'lang' | 'scripts'> {
  /** JSON of the language's `terms`, `markers`, `teaserSource` and `thousandWords`. */
  compiled: string;
}

type LanguageBody = Pick<CompiledLanguage, 'terms' | 'teaserSource' | 'thousandWords'> & { markers: string[] };

export function toStoredLexicon(compiled: CompiledLexicon): StoredLexicon {
  return {
    ...compiled,
    languages: [...compiled.languages.values()].map(({ lang, scripts, terms, markers, teaserSource, thousandWords }) => ({
      lang,
      scripts,
      compiled: JSON.stringify({ terms, markers: [...markers], teaserSource, thousandWords } satisfies LanguageBody),
    })),
    aliases: [...compiled.aliases],
    markerIndex: [...compiled.markerIndex],
  };
}

/** A language whose compiled part is parsed the first time something reads it. */
function revivedLanguage({ lang, scripts, compiled }: StoredLanguage): CompiledLanguage {
  let body: (Omit<LanguageBody, 'markers'> & { markers: ReadonlySet<string> }) | undefined;
  const read = () => {
    if (!body) {
      const parsed = JSON.parse(compiled) as LanguageBody;
      body = { ...parsed, markers: new Set(parsed.markers) };
    }
    return body;
  };
  return {
    lang,
    scripts,
    get terms() {
      return read().terms;
    },
    get markers() {
      return read().markers;
    },
    get teaserSource() {
      return read().teaserSource;
    },
    get thousandWords() {
      return read().thousandWords;
    },
  };
}

export function fromStoredLexicon(stored: StoredLexicon): CompiledLexicon {
  return {
    ...stored,
    languages: new Map(stored.languages.map((language) => [language.lang, revivedLanguage(language)])),
    aliases: new Map(stored.aliases),
    markerIndex: new Map(stored.markerIndex),
  };
}
