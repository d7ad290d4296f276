/**
 * Finds the sentences of a text that make a claim the pack knows. One pass over the text:
 * every word is looked up once in a trie of all matchers' terms, every number is read once,
 * and only then are the matchers whose terms occurred in a sentence checked against it, so
 * the cost grows with the text and the hits, not with text × matchers.
 */
import type { ClaimMatcher, LineWords } from '../pack/matcher-schema';
import { foldText, phraseWords, tokenizeFolded, type WordToken } from './fold-text';
import { compileLineWords, isHeadingFragment, type LineLabels } from './heading-fragment';
import { findNumbers, type NumberMention } from './normalize-number';
import { isMonth, notCounts, placesFollow, type NotACount } from './not-a-count';
import { quoteOpenAt } from './open-quote';
import { isQuestion } from './question-sentence';
import { measureOf } from './number-units';
import { sentenceLanguages, sentenceScript } from './sentence-language';
import { splitSentences } from './split-sentences';

export interface ClaimMatch {
  matcherId: string;
  questionId: string;
  claimIds: string[];
  /** Offsets of the whole matching sentence in the text. */
  start: number;
  end: number;
}

/**
 * Compiled matchers are plain data (no Map, Set or RegExp), so the background compiles them
 * once and sends them to each page as they are, instead of every page compiling them again.
 */
interface TrieNode {
  /** Keyed by one character, so no key can clash with an Object.prototype name. */
  children: Record<string, TrieNode>;
  /** One-word terms whose word is the path to this node. */
  terms: number[];
  /**
   * Terms of several words whose first word is the path to this node, keyed by the first
   * character of their second word: a common first word ("the", "can", "in") starts scores of
   * phrases, and the next word of the text rules out all but a few of them at one lookup.
   */
  phrases: Record<string, number[]>;
}

interface CompiledMatcher {
  source: ClaimMatcher;
  groupCount: number;
  /** Where this matcher's groups start in the flat per-group arrays. */
  groupOffset: number;
  numbers: readonly number[] | undefined;
  /** Groups the previous sentence of the same paragraph may satisfy. */
  carry: readonly number[];
  /** Groups any earlier sentence of the text may satisfy (the story's subject, set up before). */
  topic: readonly number[];
  /** Indexes of the matchers of the same question that carry groups (this one included), for passing a subject on. */
  questionCarriers: readonly number[];
  /** A stated range with a wanted number at an end counts (the claim is approximate). */
  rangeEnds: boolean;
  /** The matcher has words pointing back to the previous sentence. */
  refers: boolean;
  /** The matcher's numbers are shares: only a percentage states them. */
  percent: boolean;
  /** Index of the matcher's language in `langs`. */
  langIndex: number;
  /** Groups that stand for a head count: met only where a word counts people. */
  counts: readonly number[];
  /** The matcher has phrases that void its veto words inside them (`unless`), so a veto word waits for the sentence's end. */
  guarded: boolean;
}

export interface CompiledMatchers {
  readonly trie: TrieNode;
  /** Each term's folded words; each word matches a word of the text as a prefix. */
  readonly termWords: readonly string[][];
  /**
   * For each term and each language (its index in `langs`): the (matcher, group) pairs of that
   * language's matchers it satisfies, flat, PAIR_FIELDS numbers each: matcher index, group
   * index (`VETO`: the term rules the matcher out, its `none` list), the group's slot in the
   * flat per-group arrays, and PAIR_COUNTS / PAIR_NUMBERS flags (`UNLESS`: the term is a phrase
   * that voids the matcher's veto words it spans). By language, so that a
   * sentence walks only the pairs of the languages it is read in (a word shared by many
   * languages' matchers, "mobiliz…", had every language's pairs looked at and skipped one by
   * one, null for a language with none, as JSON keeps it); flat, with what the walk asks of the matcher written in, so that the walk reads no
   * matcher object for the pairs whose group the sentence already has.
   */
  readonly termGroups: ReadonlyArray<ReadonlyArray<readonly number[] | null>>;
  /**
   * For each term: the languages (a bit mask over `langs`) in which it points back to the
   * previous sentence ("this number", "туда"), 0 for the others. One mask per term, not one
   * entry per matcher, so such a word costs the same however many matchers need a number.
   */
  readonly termRefers: readonly number[];
  /** Most specific first: a number to match, then more groups. */
  readonly matchers: readonly CompiledMatcher[];
  readonly groupTotal: number;
  /** The languages the matchers are in. */
  readonly langs: readonly string[];
  /** The page's detected language: a sentence in the page's script is read in it alone. */
  readonly pageLang: string | undefined;
  /** The words of lines that state nothing: teaser labels and a heading's "how" (src/match/heading-fragment.ts). */
  readonly lines: LineLabels;
}

const newNode = (): TrieNode => ({ children: {}, terms: [], phrases: {} });
const VETO = -1;
const UNLESS = -2;
/** Numbers per pair in `termGroups`, and the flags of a pair: its group stands for a head count; its matcher needs a number. */
const PAIR_FIELDS = 4;
const PAIR_COUNTS = 1;
const PAIR_NUMBERS = 2;
/**
 * How many words at most may separate a stated number from a word of its matcher: "700,000
 * men left Russia" ties the number to the claim, while in "Since the 2014 annexation … in a
 * sentence of many clauses … men left Russia" the number belongs to something else.
 */
export const NUMBER_WINDOW = 15;
/** How far a date's month may stand from its day or year: "7 November", "November 7", "7-го ноября", "7 de noviembre". */
const DATE_WINDOW = 3;
const BARE_LINK = /^\s*(?:https?:\/\/|www\.)\S*\s*$/i;

/**
 * Compiles matchers of one or several languages. With `pageLang`, each sentence is read by the
 * matchers of the language its own letters show (src/match/sentence-language.ts): the page's,
 * or another one's when the sentence is a quote in another script or a Ukrainian sentence on a
 * page detected as Russian. `lineWords`, the pack's words of lines that state nothing (teaser
 * labels, a heading's "how"), rule those lines out; without them only the shape of a line does.
 */
export function compileMatchers(matchers: readonly ClaimMatcher[], pageLang?: string, lineWords?: LineWords): CompiledMatchers {
  const trie = newNode();
  const langs = [...new Set(matchers.map((matcher) => matcher.lang))].sort();
  const termWords: string[][] = [];
  const termGroups: Array<Array<number[] | undefined>> = [];
  const termRefers: number[] = [];
  const termIds = new Map<string, number>();
  // The same term recurs in many matchers (a concept's words are copied into each matcher that
  // uses it), so each distinct term is folded and split into words once.
  const wordsOfTerm = new Map<string, string[]>();
  const ordered = [...matchers].sort(
    (a, b) => Number(b.numbers !== undefined) - Number(a.numbers !== undefined) || b.all.length - a.all.length,
  );
  const compiled: CompiledMatcher[] = [];
  let groupTotal = 0;

  ordered.forEach((matcher, matcherIndex) => {
    compiled.push({
      source: matcher,
      groupCount: matcher.all.length,
      groupOffset: groupTotal,
      numbers: matcher.numbers,
      carry: matcher.carry ?? [],
      topic: matcher.topic ?? [],
      questionCarriers: [],
      rangeEnds: matcher.rangeEnds === true,
      refers: (matcher.refer?.length ?? 0) > 0,
      percent: matcher.percent === true,
      langIndex: langs.indexOf(matcher.lang),
      counts: matcher.counts ?? [],
      guarded: (matcher.unless?.length ?? 0) > 0,
    });
    groupTotal += matcher.all.length;
    const addTerm = (term: string, groupIndex: number | 'refer'): void => {
      let words = wordsOfTerm.get(term);
      if (words === undefined) wordsOfTerm.set(term, (words = phraseWords(term)));
      const first = words[0];
      if (first === undefined) return;
      const key = words.join(' ');
      let termId = termIds.get(key);
      if (termId === undefined) {
        termId = termWords.length;
        termIds.set(key, termId);
        termWords.push(words);
        termGroups.push([]);
        termRefers.push(0);
        let node = trie;
        for (const char of first) {
          node = node.children[char] ??= newNode();
        }
        const second = words[1];
        if (second === undefined) node.terms.push(termId);
        else (node.phrases[second[0] as string] ??= []).push(termId);
      }
      if (groupIndex === 'refer') termRefers[termId] = (termRefers[termId] as number) | (1 << langs.indexOf(matcher.lang));
      else {
        const flags = (groupIndex >= 0 && matcher.counts?.includes(groupIndex) ? PAIR_COUNTS : 0) | (matcher.numbers !== undefined ? PAIR_NUMBERS : 0);
        const slot = groupIndex < 0 ? -1 : groupTotal - matcher.all.length + groupIndex;
        ((termGroups[termId] as Array<number[] | undefined>)[langs.indexOf(matcher.lang)] ??= []).push(matcherIndex, groupIndex, slot, flags);
      }
    };
    matcher.all.forEach((group, groupIndex) => group.forEach((term) => addTerm(term, groupIndex)));
    matcher.none?.forEach((term) => addTerm(term, VETO));
    matcher.unless?.forEach((term) => addTerm(term, UNLESS));
    matcher.refer?.forEach((term) => addTerm(term, 'refer'));
  });
  // Listed once here, so passing a subject on looks at the question's carriers, not every matcher.
  const carriersOf = new Map<string, number[]>();
  compiled.forEach((matcher, index) => {
    if (matcher.carry.length > 0) carriersOf.set(matcher.source.questionId, [...(carriersOf.get(matcher.source.questionId) ?? []), index]);
  });
  for (const matcher of compiled) matcher.questionCarriers = carriersOf.get(matcher.source.questionId) ?? [];
  // Compiled matchers are plain data (the background sends them as JSON): no holes, no typed arrays.
  const flatGroups = termGroups.map((byLang) => Array.from(byLang, (pairs) => pairs ?? null));
  return { trie, termWords, termGroups: flatGroups, termRefers, matchers: compiled, groupTotal, langs, pageLang, lines: compileLineWords(lineWords) };
}

/**
 * French and Italian glue an elided article or preposition to the next word ("d'échapper",
 * "l'achèvement", "dell'esercito"): a term is also looked for in the word after it.
 */
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|lorsqu|puisqu|jusqu|un|dell|all|nell|sull|dall|coll|quell|quest)'/;

/** Terms that start at token `at` are added to `found`: its word (or the word after an elision) has the term's first word as a prefix, and so on. */
function termsAt(tokens: readonly WordToken[], at: number, sentenceEnd: number, compiled: CompiledMatchers, found: number[]): void {
  const key = (tokens[at] as WordToken).key;
  const elided = key.includes("'") ? ELISION.exec(key) : null;
  walkTerms(tokens, at, sentenceEnd, compiled, found, key, 0);
  if (elided) walkTerms(tokens, at, sentenceEnd, compiled, found, key, elided[0].length);
}

function walkTerms(tokens: readonly WordToken[], at: number, sentenceEnd: number, compiled: CompiledMatchers, found: number[], key: string, from: number): void {
  const next = tokens[at + 1];
  // Phrases are looked up by the next word's first character, so a word ending the sentence looks up none.
  const nextChar = next !== undefined && next.end <= sentenceEnd ? (next.key[0] as string) : undefined;
  let node: TrieNode | undefined = compiled.trie;
  for (let i = from; i < key.length && node; i++) {
    node = node.children[key[i] as string];
    if (!node) return;
    for (const termId of node.terms) found.push(termId);
    const phrases = nextChar === undefined ? undefined : node.phrases[nextChar];
    if (phrases === undefined) continue;
    for (const termId of phrases) {
      const words = compiled.termWords[termId] as string[];
      let ok = true;
      for (let w = 1; w < words.length && ok; w++) {
        const token = tokens[at + w];
        ok = token !== undefined && token.end <= sentenceEnd && token.key.startsWith(words[w] as string);
      }
      if (ok) found.push(termId);
    }
  }
}

/**
 * The sentences of `text` that match, in text order. A sentence matches a matcher when each
 * of its `all` groups has an alternative in the sentence and, if it lists `numbers`, the
 * sentence states one of them exactly. A sentence yields at most one match per question.
 */
export function findClaims(text: string, compiled: CompiledMatchers): ClaimMatch[] {
  const folded = foldText(text);
  const tokens = tokenizeFolded(folded);
  const numbers = findNumbers(text, folded);
  const sentences = splitSentences(text);
  // Which numbers are a date, a time or a count of places (src/match/not-a-count.ts), read once a sentence asks.
  let notCount: Array<NotACount | undefined> | undefined;
  const notCountOf = (index: number): NotACount | undefined => (notCount ??= notCounts(text, tokens, numbers))[index];
  /** Whether the number stated at token `at` counts something: not a date's day or year, a time or a number of places. */
  const countsAt = (at: number): boolean => {
    const start = (tokens[at] as WordToken).start;
    let low = 0;
    let high = numbers.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const mention = numbers[middle] as NumberMention;
      if (mention.end <= start) low = middle + 1;
      else if (mention.start > start) high = middle - 1;
      else return notCountOf(middle) === undefined;
    }
    return false;
  };
  /** A head-count word at token `at` ("1,311", "hundreds"): a number that counts, or a word not followed by places ("dozens of cities"). */
  const headCountAt = (at: number, termId: number): boolean =>
    /^\d/.test((tokens[at] as WordToken).key) ? countsAt(at) : !placesFollow(text, tokens, at + (compiled.termWords[termId] as string[]).length - 1);
  const matches: ClaimMatch[] = [];

  // Per-sentence bookkeeping in flat arrays stamped with the sentence number, so nothing is
  // cleared between sentences.
  const groupStamp = new Int32Array(compiled.groupTotal).fill(-1);
  // Groups whose stamp a claim sentence passed on from the one before it (see below), not named there.
  const passedOn = new Int32Array(compiled.groupTotal).fill(-1);
  const matcherStamp = new Int32Array(compiled.matchers.length).fill(-1);
  const groupsMet = new Int32Array(compiled.matchers.length);
  const vetoStamp = new Int32Array(compiled.matchers.length).fill(-1);
  // Matchers touched by the previous sentence: a sentence that points back to it may complete them.
  let previousTouched: number[] = [];
  // Where the current sentence points back ("this number"), as token indexes.
  const referTokens: number[] = [];
  // Veto words of guarded matchers and the phrases that may void them, as (matcher, first
  // token, last token) triples, settled once the sentence's words are all read.
  const pendingVetoes: number[] = [];
  const exemptSpans: number[] = [];
  // Where the words of matchers with numbers stand in the current sentence: pairs of matcher
  // index and token index, emptied once per sentence.
  const hitMatchers: number[] = [];
  const hitTokens: number[] = [];
  // Which languages' matchers read a sentence, as a bit mask over `compiled.langs` (the pack has
  // ten matcher languages, far below the 31 a mask holds), by the sentence's script.
  const masksByScript = new Map<string, number>();
  // The terms that start at the current token, refilled at each token.
  const foundTerms: number[] = [];
  let tokenIndex = 0;
  let numberIndex = 0;

  sentences.forEach((sentence, stamp) => {
    const complete: number[] = [];
    // Matchers this sentence completes only with a group the previous sentence carried.
    const carriedIn: number[] = [];
    const touched: number[] = [];
    hitMatchers.length = 0;
    hitTokens.length = 0;
    referTokens.length = 0;
    pendingVetoes.length = 0;
    exemptSpans.length = 0;
    const script = sentenceScript(text, sentence.start, sentence.end);
    const cacheKey = `${script.script}:${script.cyrillicLanguage ?? ''}`;
    let langMask = masksByScript.get(cacheKey);
    if (langMask === undefined) {
      langMask = 0;
      for (const lang of sentenceLanguages(script, compiled.pageLang, compiled.langs)) langMask |= 1 << compiled.langs.indexOf(lang);
      masksByScript.set(cacheKey, langMask);
    }
    const previous = sentences[stamp - 1];
    // Sentences split at line breaks too, so no line break between them means one paragraph.
    // A new paragraph often goes on with the last one's subject (a quote set apart: "The
    // number has risen to 10,000 a day."), so a matcher that also needs an exact number may
    // take its carried groups across the break; one without a number may not, unless the
    // paragraph before ends inside a quote that goes on here (one speaker, one subject).
    const sameParagraph = previous !== undefined && !text.slice(previous.end, sentence.start).includes('\n');
    const quoteGoesOn = previous !== undefined && !sameParagraph && quoteOpenAt(text, text.lastIndexOf('\n', previous.start - 1) + 1, previous.end);
    while (tokenIndex < tokens.length && (tokens[tokenIndex] as WordToken).start < sentence.start) tokenIndex++;
    const firstToken = tokenIndex;
    for (; tokenIndex < tokens.length && (tokens[tokenIndex] as WordToken).end <= sentence.end; tokenIndex++) {
      const at = tokenIndex;
      foundTerms.length = 0;
      termsAt(tokens, at, sentence.end, compiled, foundTerms);
      for (const termId of foundTerms) {
        if (((compiled.termRefers[termId] as number) & langMask) !== 0) referTokens.push(at);
        let headCount: boolean | undefined;
        const byLang = compiled.termGroups[termId] as ReadonlyArray<readonly number[] | null>;
        for (let lang = 0; lang < byLang.length; lang++) {
          const pairs = byLang[lang];
          if (pairs === null || pairs === undefined || (langMask & (1 << lang)) === 0) continue;
          for (let p = 0; p < pairs.length; p += PAIR_FIELDS) {
            const matcherIndex = pairs[p] as number;
            const group = pairs[p + 1] as number;
            if (group === VETO && !(compiled.matchers[matcherIndex] as CompiledMatcher).guarded) {
              vetoStamp[matcherIndex] = stamp;
              continue;
            }
            if (group < 0) {
              (group === VETO ? pendingVetoes : exemptSpans).push(matcherIndex, at, at + (compiled.termWords[termId] as string[]).length - 1);
              continue;
            }
            const flags = pairs[p + 3] as number;
            if ((flags & PAIR_COUNTS) !== 0 && !(headCount ??= headCountAt(at, termId))) continue;
            if ((flags & PAIR_NUMBERS) !== 0) {
              hitMatchers.push(matcherIndex);
              hitTokens.push(at);
            }
            const slot = pairs[p + 2] as number;
            if (groupStamp[slot] === stamp) continue;
            groupStamp[slot] = stamp;
            if (matcherStamp[matcherIndex] !== stamp) {
              matcherStamp[matcherIndex] = stamp;
              groupsMet[matcherIndex] = 0;
              touched.push(matcherIndex);
            }
            groupsMet[matcherIndex] = (groupsMet[matcherIndex] as number) + 1;
            if (groupsMet[matcherIndex] === (compiled.matchers[matcherIndex] as CompiledMatcher).groupCount) complete.push(matcherIndex);
          }
        }
      }
    }
    // A veto word inside a phrase that exempts it ("в Україні" in "війна в Україні") rules nothing out.
    for (let v = 0; v < pendingVetoes.length; v += 3) {
      const matcherIndex = pendingVetoes[v] as number;
      if (vetoStamp[matcherIndex] === stamp) continue;
      let exempt = false;
      for (let e = 0; e < exemptSpans.length && !exempt; e += 3) {
        exempt = exemptSpans[e] === matcherIndex && (exemptSpans[e + 1] as number) <= (pendingVetoes[v + 1] as number) && (pendingVetoes[v + 2] as number) <= (exemptSpans[e + 2] as number);
      }
      if (!exempt) vetoStamp[matcherIndex] = stamp;
    }
    // A group the story named in any earlier sentence (a stamp below this one) stands for its
    // subject: "The Duma approved the text" under a headline on the electronic-summons bill.
    for (const matcherIndex of touched) {
      const matcher = compiled.matchers[matcherIndex] as CompiledMatcher;
      if (matcher.topic.length === 0 || groupsMet[matcherIndex] === matcher.groupCount) continue;
      let met = groupsMet[matcherIndex] as number;
      for (const group of matcher.topic) {
        const seen = groupStamp[matcher.groupOffset + group] as number;
        if (seen >= 0 && seen < stamp) met++;
      }
      if (met === matcher.groupCount) {
        groupsMet[matcherIndex] = met;
        complete.push(matcherIndex);
      }
    }
    const pointsBack = referTokens.length > 0;
    if (previous !== undefined) {
      // A sentence that points back may complete a matcher this sentence did not touch at all.
      const candidates = pointsBack ? [...touched, ...previousTouched.filter((index) => matcherStamp[index] !== stamp)] : touched;
      // The questions whose carried subject this sentence names itself ("at the Kazakh border"):
      // a subject only passed on from further back does not reach past it.
      let ownSubjects: Set<string> | undefined;
      const namesOtherSubject = (questionId: string): boolean => {
        ownSubjects ??= new Set(
          touched.flatMap((index) => {
            const each = compiled.matchers[index] as CompiledMatcher;
            return each.carry.some((group) => groupStamp[each.groupOffset + group] === stamp) ? [each.source.questionId] : [];
          }),
        );
        for (const own of ownSubjects) if (own !== questionId) return true;
        return false;
      };
      for (const matcherIndex of candidates) {
        const matcher = compiled.matchers[matcherIndex] as CompiledMatcher;
        const refers = pointsBack && matcher.refers && (langMask & (1 << matcher.langIndex)) !== 0;
        if (matcherStamp[matcherIndex] !== stamp) groupsMet[matcherIndex] = 0;
        if (groupsMet[matcherIndex] === matcher.groupCount || (matcher.carry.length === 0 && !refers)) continue;
        if (!sameParagraph && !quoteGoesOn && matcher.numbers === undefined) continue;
        // Every group not met here must be one the previous sentence may carry (any group, when
        // this sentence points back to it), and met there.
        let met = 0;
        let referred = false;
        let carried = false;
        for (let group = 0; group < matcher.groupCount; group++) {
          const groupStampValue = groupStamp[matcher.groupOffset + group] as number;
          if (groupStampValue === stamp) met++;
          else if (groupStampValue === stamp - 1 && matcher.carry.includes(group)) {
            if (passedOn[matcher.groupOffset + group] === stamp - 1 && namesOtherSubject(matcher.source.questionId)) continue;
            met++;
            carried = true;
          } else if (groupStampValue === stamp - 1 && refers) {
            met++;
            referred = true;
          }
        }
        // What the sentence points back to must itself pass: "In 2019, 5,000 a day. Now this number is 10,000."
        if (met === matcher.groupCount && !(referred && vetoStamp[matcherIndex] === stamp - 1)) {
          complete.push(matcherIndex);
          if (carried) carriedIn.push(matcherIndex);
        }
      }
    }
    previousTouched = touched;
    // A link printed as text ("https://…/medvedev-185000-new-contract-soldiers…") has the words and the number of a claim in its slug, and states nothing;
    // nor does a subheading or a teaser line (src/match/heading-fragment.ts), though its words still stand for the next sentence,
    // nor a photo credit or a picture's caption (src/match/photo-credit.ts), which describe a picture,
    // nor a question (src/match/question-sentence.ts), which puts a claim up for doubt.
    if (
      complete.length === 0 ||
      sentence.kind !== undefined ||
      BARE_LINK.test(text.slice(sentence.start, sentence.end)) ||
      isHeadingFragment(text, sentence.start, sentence.end, compiled.lines) ||
      isQuestion(text, sentence.start, sentence.end)
    )
      return;
    while (numberIndex < numbers.length && (numbers[numberIndex] as NumberMention).start < sentence.start) numberIndex++;
    // The stated numbers, with the token indexes they span, read once a matcher asks.
    let stated: Array<{ value: number; start: number; end: number; first: number; last: number; rangeEnd: boolean; date: boolean }> | undefined;
    const statedNumbers = (): NonNullable<typeof stated> => {
      if (stated) return stated;
      stated = [];
      let t = firstToken;
      for (let n = numberIndex; n < numbers.length && (numbers[n] as NumberMention).end <= sentence.end; n++) {
        const mention = numbers[n] as NumberMention;
        // A time or a number of places states no claim of the pack. A date may (the day a
        // call-up was declared over, the year a register opens), so a matcher's own words decide.
        const notCountKind = notCountOf(n);
        if (notCountKind === 'time' || notCountKind === 'places') continue;
        while (t < tokenIndex && (tokens[t] as WordToken).end <= mention.start) t++;
        let last = t;
        while (last + 1 < tokenIndex && (tokens[last + 1] as WordToken).start < mention.end) last++;
        stated.push({ value: mention.value, start: mention.start, end: mention.end, first: t, last, rangeEnd: mention.rangeEnd === true, date: notCountKind === 'day' || notCountKind === 'year' });
      }
      return stated;
    };
    /**
     * A wanted number is stated within NUMBER_WINDOW words of one of the matcher's words, and
     * is not a percentage (unless the claim is a share, which only a percentage states) or a sum
     * of money, unless the matcher's own word names that money, nor the end of a range, unless
     * the matcher's claim is approximate or a range itself.
     */
    const statesNear = (matcherIndex: number, wanted: readonly number[]): boolean => {
      const { rangeEnds: acceptsRange, refers, percent: wantsShare } = compiled.matchers[matcherIndex] as CompiledMatcher;
      const distance = (hit: number, number: { first: number; last: number }): number => (hit < number.first ? number.first - hit : hit > number.last ? hit - number.last : 0);
      for (const number of statedNumbers()) {
        if (!wanted.includes(number.value) || (number.rangeEnd && !acceptsRange)) continue;
        let near = false;
        let namesUnit: number | undefined;
        const { measure, unitToken } = measureOf(text, number.start, number.end, tokens, number.last, tokenIndex);
        if (wantsShare ? measure !== 'percent' : measure === 'percent' || (measure === 'money' && unitToken === undefined)) continue;
        for (let h = 0; h < hitMatchers.length; h++) {
          if (hitMatchers[h] !== matcherIndex) continue;
          const hit = hitTokens[h] as number;
          if (hit === unitToken) namesUnit = hit;
          // A date's day or year ("on 24 September") states a claim only when the matcher's own
          // words name its month ("declared over on 7 November"), never as a count.
          if (number.date ? isMonth((tokens[hit] as WordToken).key) && distance(hit, number) <= DATE_WINDOW : distance(hit, number) <= NUMBER_WINDOW) near = true;
        }
        if (refers && !number.date) for (const hit of referTokens) if (distance(hit, number) <= NUMBER_WINDOW) near = true;
        if (near && (measure !== 'money' || namesUnit !== undefined)) return true;
      }
      return false;
    };

    const answered = new Set<string>();
    for (const matcherIndex of complete.sort((a, b) => a - b)) {
      const { source, numbers: wanted } = compiled.matchers[matcherIndex] as CompiledMatcher;
      if (answered.has(source.questionId) || vetoStamp[matcherIndex] === stamp) continue;
      if (wanted && !statesNear(matcherIndex, wanted)) continue;
      answered.add(source.questionId);
      // A claim sentence that took its subject from the one before names it for the next one
      // too: "Arrivals in Georgia doubled. About 10,000 come every day. Yesterday 11,200 came."
      // The subject stands for the question's other claims too ("… 98,000 have entered. By
      // October 200,000 had."), so every matcher of the question keeps the groups it carries.
      if (carriedIn.includes(matcherIndex)) {
        for (const otherIndex of (compiled.matchers[matcherIndex] as CompiledMatcher).questionCarriers) {
          const other = compiled.matchers[otherIndex] as CompiledMatcher;
          for (const group of other.carry) {
            if (groupStamp[other.groupOffset + group] !== stamp - 1) continue;
            groupStamp[other.groupOffset + group] = stamp;
            passedOn[other.groupOffset + group] = stamp;
          }
        }
      }
      matches.push({
        matcherId: source.id,
        questionId: source.questionId,
        claimIds: source.claimIds ?? [],
        start: sentence.start,
        end: sentence.end,
      });
    }
  });
  return matches;
}
