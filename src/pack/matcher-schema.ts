import { z } from 'zod';

const conceptId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a concept id is lower-case letters, digits and hyphens');
const term = z.string().trim().min(1).max(80);

/**
 * One language's words for the pack's concepts (`assets/pack/concepts/<lang>.json`): concept
 * id → the terms that express it in that language. Terms match case- and accent-insensitively
 * as word prefixes ("mobiliz" matches "mobilized"; "foreign agent" matches "foreign agents"),
 * so a stem covers its inflections. Adding a language is adding one such file.
 */
export const conceptLanguageSchema = z.record(conceptId, z.array(term).min(1));
export type ConceptLanguage = z.infer<typeof conceptLanguageSchema>;

/**
 * Concepts that tell the sentence reader which lines state nothing (src/match/heading-fragment.ts),
 * authored in each language's concept file like the matchers' concepts but read whole, not as word
 * prefixes: `teaser-label`, the label before a teaser's colon ("Video", "Читайте также", "Lesen Sie
 * auch"), and `how-opening`, the word "how" opening a heading that announces a list ("Как Кремль
 * отрицал…:"). No matcher names them; the build ships them apart, as `lineWords`.
 */
export const LINE_CONCEPTS = ['teaser-label', 'how-opening'] as const;
export type LineConcept = (typeof LINE_CONCEPTS)[number];

/** The built pack's line words: language → line concept → its words (see LINE_CONCEPTS). */
export const lineWordsSchema = z.record(
  z.string().regex(/^[a-z]{2}$/),
  z.object({ 'teaser-label': z.array(term).optional(), 'how-opening': z.array(term).optional() }).strict(),
);
export type LineWords = z.infer<typeof lineWordsSchema>;

/**
 * Veto exemptions (`assets/pack/veto-exemptions.json`), once for all languages: a veto
 * concept → the concepts whose longer phrases contain one of its words and void it there.
 * Ukraine named as a place ("в Україні") rules out Ukraine's own call-up, but not inside "the
 * war in Ukraine" ("війна в Україні"), which every story on Russia's call-up names. Each
 * language gives the exempting concepts the words that hold its veto words.
 */
export const vetoExemptionsSchema = z.record(conceptId, z.array(conceptId).min(1));
export type VetoExemptions = z.infer<typeof vetoExemptionsSchema>;

/**
 * A matcher as authored (`assets/pack/matchers/<question>.json`), written once for every
 * language: each group in `all` lists concepts, one of which the sentence must express; `none`
 * lists concepts that rule the sentence out; `numbers`, if given, are the exact values one of
 * which the sentence must state. The build turns it into one claim matcher per language that
 * has words for every group.
 */
export const conceptMatcherSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  questionId: z.string(),
  /** The answers this sentence states, when it states a known one. */
  claimIds: z.array(z.string()).optional(),
  all: z.array(z.array(conceptId).min(1)).min(1),
  none: z.array(conceptId).optional(),
  numbers: z.array(z.number().finite()).optional(),
  /**
   * Concepts (a place, a person) that the previous sentence of the same paragraph may name
   * instead, as in "Arrivals in Georgia have doubled. About 10,000 come every day."
   */
  carry: z.array(conceptId).optional(),
  /**
   * Concepts that any earlier sentence of the article (its headline and headings included) may
   * name instead: the subject a story set up paragraphs before, as in a headline on the
   * electronic-summons bill followed, further down, by "The Duma approved the text on Tuesday."
   */
  topic: z.array(conceptId).optional(),
  /** The claim is a share ("40% of those who left have returned"): its numbers count only as percentages. */
  percent: z.literal(true).optional(),
  /**
   * Concepts of `all` that stand for a head count (any number, "hundreds", "десятки"): a word
   * of theirs counts only where it counts people, never as a date's day or year, a time or a
   * number of places ("on 21 September", "in 38 cities", "dozens of cities").
   */
  counts: z.array(conceptId).optional(),
});
export type ConceptMatcher = z.infer<typeof conceptMatcherSchema>;

/**
 * A matcher as the built pack ships it, for one language: a sentence matches when every group
 * in `all` has at least one of its terms in the sentence, none of the `none` terms occurs in
 * it (outside an `unless` phrase) and, if `numbers` is given, the sentence states one of those numbers exactly.
 */
export const claimMatcherSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  questionId: z.string(),
  /** The answers this sentence states, when it states a known one. */
  claimIds: z.array(z.string()).optional(),
  lang: z.string().regex(/^[a-z]{2}$/),
  all: z.array(z.array(term).min(1)).min(1),
  /** Terms that rule the sentence out, e.g. "fled" for a matcher about how many were called up. */
  none: z.array(term).optional(),
  /**
   * Longer phrases that hold a `none` term and void it there: a veto term counts only where no
   * `unless` phrase found in the sentence spans it ("в україні" inside "війна в україні").
   */
  unless: z.array(term).optional(),
  numbers: z.array(z.number().finite()).optional(),
  /** Groups of `all` (by index) that the previous sentence of the same paragraph may satisfy. */
  carry: z.array(z.number().int().nonnegative()).optional(),
  /** Groups of `all` (by index) that any earlier sentence of the text may satisfy: see the authored matcher's `topic`. */
  topic: z.array(z.number().int().nonnegative()).optional(),
  /**
   * Words that point back to the previous sentence ("this number", "туда", "liczba ta"): with
   * one of them, every group the previous sentence met counts, not only the carried ones, as in
   * "Five thousand Russians entered Georgia daily. Now this number has risen to 10,000."
   */
  refer: z.array(term).optional(),
  /**
   * The claims this matcher states are approximate or a range themselves ("about 10,000 a
   * day", "600,000-700,000"), so a stated range with one of its numbers at an end ("10,000 to
   * 11,000 a day") states them too; for an exact claim a range is never its number.
   */
  rangeEnds: z.literal(true).optional(),
  /** The claim is a share: its numbers count only as percentages ("40%", "40 процентов"), never as a count. */
  percent: z.literal(true).optional(),
  /** Groups of `all` (by index) that stand for a head count: see the authored matcher's `counts`. */
  counts: z.array(z.number().int().nonnegative()).optional(),
});
export type ClaimMatcher = z.infer<typeof claimMatcherSchema>;
