/**
 * Turns the authored, language-independent matchers (concept ids) into the per-language claim
 * matchers the pack ships: once per pack build, never per page. A matcher gets a copy for each
 * language that has words for at least one concept of every group; its `none` concepts veto
 * with whatever words that language has for them, except inside the longer phrases their
 * exemptions give (`unless`).
 */
import { phraseWords } from './fold-text';
import type { ClaimMatcher, ConceptLanguage, ConceptMatcher, VetoExemptions } from '../pack/matcher-schema';

/** Concept words by language code, e.g. `{ de: { 'left-country': ['verlassen', …] } }`. */
export type ConceptWords = Readonly<Record<string, ConceptLanguage>>;

/**
 * The concept whose words point back to the previous sentence ("this number", "туда"); every
 * matcher that needs a number gets them, since only a number ties such a sentence to a claim.
 */
export const BACK_REFERENCE = 'back-reference';

/** The id a matcher's copy for one language gets in the built pack. */
export const languageMatcherId = (matcherId: string, lang: string): string => `${matcherId}-${lang}`;

/** Whether a phrase holds a term, word by word as the matcher reads them (each word a prefix of the phrase's word). */
export function phraseHoldsTerm(phrase: string, term: string): boolean {
  const outer = phraseWords(phrase);
  const inner = phraseWords(term);
  if (inner.length === 0) return false;
  for (let at = 0; at + inner.length <= outer.length; at++) {
    if (inner.every((word, w) => (outer[at + w] as string).startsWith(word))) return true;
  }
  return false;
}

/**
 * `approximateClaims`: ids of claims whose figure is approximate or a range; a matcher all of
 * whose claims are such accepts a stated range with its number at an end. `exemptions`: for a
 * veto concept, the concepts whose phrases void its words inside them.
 */
export function expandConceptMatchers(
  matchers: readonly ConceptMatcher[],
  words: ConceptWords,
  approximateClaims: ReadonlySet<string> = new Set(),
  exemptions: VetoExemptions = {},
): ClaimMatcher[] {
  const languages = Object.keys(words).sort();
  const built: ClaimMatcher[] = [];
  for (const matcher of matchers) {
    for (const lang of languages) {
      const concepts = words[lang] as ConceptLanguage;
      const termsOf = (ids: readonly string[]): string[] => [...new Set(ids.flatMap((id) => concepts[id] ?? []))];
      const all = matcher.all.map(termsOf);
      if (all.some((group) => group.length === 0)) continue;
      const none = termsOf(matcher.none ?? []);
      // Only phrases that hold one of this matcher's veto words in this language void anything.
      const unless = termsOf((matcher.none ?? []).flatMap((id) => exemptions[id] ?? [])).filter((phrase) => none.some((term) => phraseHoldsTerm(phrase, term)));
      const carry = matcher.all.flatMap((group, index) => (group.some((id) => matcher.carry?.includes(id)) ? [index] : []));
      const topic = matcher.all.flatMap((group, index) => (group.some((id) => matcher.topic?.includes(id)) ? [index] : []));
      const counts = matcher.all.flatMap((group, index) => (group.some((id) => matcher.counts?.includes(id)) ? [index] : []));
      const refer = matcher.numbers ? termsOf([BACK_REFERENCE]) : [];
      const rangeEnds = matcher.numbers !== undefined && (matcher.claimIds ?? []).length > 0 && (matcher.claimIds ?? []).every((id) => approximateClaims.has(id));
      built.push({
        id: languageMatcherId(matcher.id, lang),
        questionId: matcher.questionId,
        ...(matcher.claimIds ? { claimIds: matcher.claimIds } : {}),
        lang,
        all,
        ...(none.length > 0 ? { none } : {}),
        ...(unless.length > 0 ? { unless } : {}),
        ...(matcher.numbers ? { numbers: matcher.numbers } : {}),
        ...(carry.length > 0 ? { carry } : {}),
        ...(topic.length > 0 ? { topic } : {}),
        ...(refer.length > 0 ? { refer } : {}),
        ...(rangeEnds ? { rangeEnds: true as const } : {}),
        ...(matcher.percent ? { percent: true as const } : {}),
        ...(counts.length > 0 ? { counts } : {}),
      });
    }
  }
  return built;
}

/** For each language, the concepts some matcher uses that the language has no words for. */
export function missingConcepts(matchers: readonly ConceptMatcher[], words: ConceptWords): Record<string, string[]> {
  const used = new Set(matchers.flatMap((matcher) => [...matcher.all.flat(), ...(matcher.none ?? [])]));
  return Object.fromEntries(
    Object.keys(words)
      .sort()
      .map((lang) => [lang, [...used].filter((id) => !(id in (words[lang] as ConceptLanguage))).sort()]),
  );
}
