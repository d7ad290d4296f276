import { z } from 'zod';

/**
 * The detection lexicon shipped in the fact pack, so that a pack update improves detection
 * without a new release. Terms are matched case-insensitively against normalized text;
 * a term ending in `*` matches as a word prefix (for inflected languages).
 */
export const lexiconTermSchema = z.object({
  term: z.string().trim().min(2).max(80),
  weight: z.number().min(0).max(10),
  /** russia: names Russia or its leaders; mobilization: the call-up itself; phrase: a strong multi-word signal. */
  role: z.enum(['russia', 'mobilization', 'phrase', 'context']),
  topics: z.array(z.string()).optional(),
});
export type LexiconTerm = z.infer<typeof lexiconTermSchema>;

/** A term that signals another sense of "mobilization" (strikes, Ukraine's own call-up, 1941...). */
export const nearMissSchema = z.object({
  term: z.string().trim().min(2).max(80),
  penalty: z.number().min(0).max(10),
  note: z.string().max(200).optional(),
});
export type NearMiss = z.infer<typeof nearMissSchema>;

export const languageLexiconSchema = z.object({
  lang: z.string().regex(/^[a-z]{2}$/),
  terms: z.array(lexiconTermSchema).min(1),
  nearMisses: z.array(nearMissSchema),
});
export type LanguageLexicon = z.infer<typeof languageLexiconSchema>;

export const lexiconSchema = z.object({
  languages: z.array(languageLexiconSchema).min(1),
  /** Score a page must reach to count as about the mobilization. */
  threshold: z.number().positive(),
});
export type Lexicon = z.infer<typeof lexiconSchema>;
