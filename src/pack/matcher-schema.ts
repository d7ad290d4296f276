import { z } from 'zod';

/**
 * Finds the sentences of an article that make a claim the pack knows. A sentence matches
 * when every group in `all` has at least one of its alternatives in the sentence, none of
 * the `none` terms occurs in it and, if `numbers` is given, the sentence states one of those
 * numbers exactly. Terms match case- and accent-insensitively as word prefixes ("mobiliz"
 * matches "mobilized"; "foreign agent" matches "foreign agents"), so inflections need no list.
 */
export const claimMatcherSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  questionId: z.string(),
  /** The answers this sentence states, when it states a known one. */
  claimIds: z.array(z.string()).optional(),
  lang: z.string().regex(/^[a-z]{2}$/),
  all: z.array(z.array(z.string().trim().min(1).max(80)).min(1)).min(1),
  /** Terms that rule the sentence out, e.g. "fled" for a matcher about how many were called up. */
  none: z.array(z.string().trim().min(1).max(80)).optional(),
  numbers: z.array(z.number().finite()).optional(),
});
export type ClaimMatcher = z.infer<typeof claimMatcherSchema>;
