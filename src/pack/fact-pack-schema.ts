import { z } from 'zod';
import { lexiconSchema } from './lexicon-schema';
import { claimMatcherSchema, lineWordsSchema } from './matcher-schema';

/** Topic tags shared by facts, questions, the lexicon and the sidebar's filter. */
export const TOPICS = [
  'announcement',
  'numbers',
  'exodus',
  'borders',
  'returns',
  'legal',
  'benefits',
  'wrongful-callups',
  'protests',
  'belarus',
  'completion',
  'law-2023',
  'later-waves',
  'deferments',
  'rotation',
  'casualties',
  'recruitment',
] as const;
export const topicSchema = z.enum(TOPICS);
export type Topic = z.infer<typeof topicSchema>;

/** Languages of claims and of the detection lexicon (ISO 639-1). */
export const LANGS = ['en', 'ru', 'uk', 'de', 'fr', 'es', 'it', 'pt', 'pl', 'nl', 'ka', 'kk', 'hy', 'tr', 'sr', 'fi', 'ro', 'cs', 'ja', 'zh', 'other'] as const;
export const langSchema = z.enum(LANGS);
export type Lang = z.infer<typeof langSchema>;

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase letters, digits and hyphens');

/** A calendar date, YYYY-MM-DD, that must exist. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'not a real calendar date');

const httpUrl = z
  .string()
  .url()
  .refine((value) => /^https?:\/\//.test(value), 'links must be http or https');

/** Short text shown to readers; the UI renders it as text, never as markup. */
const text = (max: number) => z.string().trim().min(1).max(max);

export const sourceSchema = z.object({
  id,
  name: text(120),
  kind: z.enum(['outlet', 'agency', 'official', 'government', 'ngo', 'researcher', 'aggregator']),
  country: z.string().regex(/^[A-Z]{2}$|^INT$/, 'country is an ISO 3166 alpha-2 code or INT').optional(),
  url: httpUrl.optional(),
  /** For officials: their role at the time, e.g. "Kremlin spokesman". */
  role: text(120).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const citationSchema = z.object({
  source: id,
  url: httpUrl,
  /** The source whose page `url` is, when it is a copy of `source`'s report (as a claim's `via`). */
  via: id.optional(),
  date: isoDateSchema,
  /** A short attributed quote, in its original language. */
  quote: text(300).optional(),
  /** The quote's language; English when absent. */
  lang: langSchema.optional(),
});
export type Citation = z.infer<typeof citationSchema>;

export const factSchema = z.object({
  id,
  date: isoDateSchema,
  /** Last day, for facts that span a period. */
  until: isoDateSchema.optional(),
  text: text(400),
  topics: z.array(topicSchema).min(1),
  citations: z.array(citationSchema).min(1, 'a fact needs at least one citation'),
  confidence: z.enum(['high', 'medium', 'low']),
  /** Marks a fact as a headline fact, shown first in the sidebar. */
  key: z.boolean().optional(),
});
export type Fact = z.infer<typeof factSchema>;

const unit = text(40);
export const claimValueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('number'), value: z.number().finite(), unit, approx: z.boolean().optional() }),
  z
    .object({ kind: z.literal('range'), min: z.number().finite(), max: z.number().finite(), unit })
    .refine((range) => range.min <= range.max, 'range min must not exceed max'),
  z.object({ kind: z.literal('statement'), text: text(200) }),
]);
export type ClaimValue = z.infer<typeof claimValueSchema>;

export const claimSchema = z.object({
  id,
  value: claimValueSchema,
  /** Who said it (a source id: an official, agency or outlet). */
  claimant: id,
  /** Who reported it (a source id); the same as claimant for first-hand statements. */
  reporter: id,
  /** When the statement was made or the event it reports happened. */
  eventDate: isoDateSchema,
  /** When the linked report was published. */
  publishedAt: isoDateSchema,
  url: httpUrl,
  /**
   * The source whose page `url` actually is, when it is a copy (an aggregator, a translation,
   * a rewrite) of the reporter's original report; the reporter stays the original.
   */
  via: id.optional(),
  lang: langSchema,
  /** What the value counts: crossings or people, men or everyone, which period. */
  scope: text(200).optional(),
  quote: text(300).optional(),
  /** Ids of claims in the same question that this claim contradicts. */
  disputes: z.array(id).optional(),
  /** Set on claims made by the seed articles and other texts the product grew from. */
  seed: z.boolean().optional(),
});
export type Claim = z.infer<typeof claimSchema>;

/** The fixed scale of verdicts on a claim, as fact-checkers publish them. */
export const RATINGS = ['accurate', 'imprecise', 'misattributed', 'misdated', 'exaggerated', 'understated', 'unsupported', 'disputed', 'outdated'] as const;
export const ratingSchema = z.enum(RATINGS);
export type Rating = z.infer<typeof ratingSchema>;

/** The pack's verdict on one claim, authored in assessments/<question file>.json. */
export const assessmentSchema = z.object({
  rating: ratingSchema,
  /** One sentence in the pack's own words. */
  reason: text(240),
  /** The claims and facts the verdict rests on; at least one id other than the claim itself. */
  evidence: z.object({ claims: z.array(id).default([]), facts: z.array(id).default([]) }),
});
export type Assessment = z.infer<typeof assessmentSchema>;

/** A claim as the assembled pack holds it: with its assessment attached when it has one. */
export const assessedClaimSchema = claimSchema.extend({ assessment: assessmentSchema.optional() });
export type AssessedClaim = z.infer<typeof assessedClaimSchema>;

export const questionStatusSchema = z.enum(['consensus', 'range', 'disputed']);
export type QuestionStatus = z.infer<typeof questionStatusSchema>;

export const questionSchema = z.object({
  id,
  text: text(200),
  topics: z.array(topicSchema).min(1),
  /** What a reader should keep in mind when comparing the answers. */
  note: text(400).optional(),
  claims: z.array(claimSchema).min(1),
});
export type Question = z.infer<typeof questionSchema>;

/** A question of the assembled pack: its claims carry their assessments. */
export const assessedQuestionSchema = questionSchema.extend({ claims: z.array(assessedClaimSchema).min(1) });
export type AssessedQuestion = z.infer<typeof assessedQuestionSchema>;

/** The interface languages: the pack is written in English and translated into the others. */
export const PACK_LANGUAGES = ['en', 'ru', 'uk'] as const;
export const packLanguageSchema = z.enum(PACK_LANGUAGES);
export type PackLanguage = z.infer<typeof packLanguageSchema>;

/** A record's translated fields, by their path inside the record (`text`, `citations.0.quote`). */
const fieldTranslations = z.record(z.string(), text(400));

/**
 * A unit in another language: one word when it never changes after a number ("км"), or its
 * forms by the language's plural category (Intl.PluralRules), since Russian and Ukrainian
 * say "1 мужчина", "3 мужчины", "700 000 мужчин".
 */
export const unitTranslationSchema = z.union([
  text(60),
  z.object({ one: text(60), few: text(60), many: text(60), other: text(60) }).strict(),
]);
export type UnitTranslation = z.infer<typeof unitTranslationSchema>;

/**
 * One language's translations, by kind of record and id. A claim's assessment reason is the
 * claim's field `assessment.reason`; `units` maps each English unit to its translation.
 */
export const languageTranslationsSchema = z.object({
  facts: z.record(id, fieldTranslations),
  questions: z.record(id, fieldTranslations),
  claims: z.record(id, fieldTranslations),
  sources: z.record(id, fieldTranslations),
  units: z.record(z.string(), unitTranslationSchema),
});
export type LanguageTranslations = z.infer<typeof languageTranslationsSchema>;
export const translationsSchema = z.object({ en: languageTranslationsSchema, ru: languageTranslationsSchema, uk: languageTranslationsSchema });
export type Translations = z.infer<typeof translationsSchema>;

/** Who publishes the pack: the author of its ClaimReview export. */
export const publisherSchema = z.object({ name: text(120), url: httpUrl.optional() });
export type Publisher = z.infer<typeof publisherSchema>;

export const packVersionSchema = z.string().regex(/^\d+\.\d+\.\d+$/, 'version is MAJOR.MINOR.PATCH');

/** The pack as authored under assets/pack, assembled into one document. */
export const factPackSchema = z.object({
  format: z.literal(1),
  id,
  version: packVersionSchema,
  publishedAt: isoDateSchema,
  publisher: publisherSchema,
  sources: z.array(sourceSchema).min(1),
  facts: z.array(factSchema),
  questions: z.array(assessedQuestionSchema),
  translations: translationsSchema,
  lexicon: lexiconSchema,
  matchers: z.array(claimMatcherSchema),
  /** Words of the lines that state nothing (teaser labels, a heading's "how"), by language; a pack without them rules out no such line. */
  lineWords: lineWordsSchema.optional(),
});
export type FactPack = z.infer<typeof factPackSchema>;

/** The distributable pack: the authored pack plus what the build computes. */
export const builtFactPackSchema = factPackSchema.extend({
  questions: z.array(assessedQuestionSchema.extend({ status: questionStatusSchema })),
  contentHash: z.string().regex(/^sha256-[0-9a-f]{64}$/),
});
export type BuiltFactPack = z.infer<typeof builtFactPackSchema>;
export type BuiltQuestion = BuiltFactPack['questions'][number];
