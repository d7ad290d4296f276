/**
 * Turns the authored, language-independent matchers (concept ids) into the per-language claim
 * matchers the pack ships: once per pack build, never per page. A matcher gets a copy for each
 * language that has words for at least one concept of every group; its `none` concepts veto
 * with whatever words that language has for them.
 */
import type { ClaimMatcher, ConceptLanguage, ConceptMatcher } from '../pack/matcher-schema';

/** Concept words by language code, e.g. `{ de: { 'left-country': ['verlassen', …] } }`. */
export type ConceptWords = Readonly<Record<string, ConceptLanguage>>;

/**
 * The concept whose words point back to the previous sentence ("this number", "туда"); every
 * matcher that needs a number gets them, since only a number ties such a sentence to a claim.
 */
export const BACK_REFERENCE = 'back-reference';

/** The id a matcher's copy for one language gets in the built pack. */
export const languageMatcherId = (matcherId: string, lang: string): string => `${matcherId}-${lang}`;

/**
 * `approximateClaims`: ids of claims whose figure is approximate or a range; a matcher all of
 * whose claims are such accepts a stated range with its number at an end.
 */
export function expandConceptMatchers(matchers: readonly ConceptMatcher[], words: ConceptWords, approximateClaims: ReadonlySet<string> = new Set()): ClaimMatcher[] {
  const languages = Object.keys(words).sort();
  const built: ClaimMatcher[] = [];
  for (const matcher of matchers) {
    for (const lang of languages) {
      const concepts = words[lang] as ConceptLanguage;
      const termsOf = (ids: readonly string[]): string[] => [...new Set(ids.flatMap((id) => concepts[id] ?? []))];
      const all = matcher.all.map(termsOf);
      if (all.some((group) => group.length === 0)) continue;
      const none = termsOf(matcher.none ?? []);
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
