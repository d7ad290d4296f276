import type { Rating } from '../../src/pack/fact-pack-schema';
import type { MessageKey } from './i18n';

/** The word for each rating, in assets/_locales. */
export const RATING_LABELS: Record<Rating, MessageKey> = {
  accurate: 'ratingAccurate',
  imprecise: 'ratingImprecise',
  misattributed: 'ratingMisattributed',
  misdated: 'ratingMisdated',
  exaggerated: 'ratingExaggerated',
  understated: 'ratingUnderstated',
  unsupported: 'ratingUnsupported',
  disputed: 'ratingDisputed',
  outdated: 'ratingOutdated',
};

/**
 * A glyph per rating, so ratings differ in shape as well as colour and words: a reader who
 * cannot tell the colours apart, or prints in black and white, still sees which is which.
 */
export const RATING_GLYPHS: Record<Rating, string> = {
  accurate: '\u2713',
  imprecise: '\u2248',
  misattributed: '\u21C4',
  misdated: '\u25F7',
  exaggerated: '\u2191',
  understated: '\u2193',
  unsupported: '?',
  disputed: '!',
  outdated: '\u21BA',
};

/** Three tones: the claim holds, needs care, or does not hold as stated. */
export type RatingTone = 'holds' | 'caution' | 'fails';
export const RATING_TONES: Record<Rating, RatingTone> = {
  accurate: 'holds',
  imprecise: 'caution',
  disputed: 'caution',
  outdated: 'caution',
  misattributed: 'fails',
  misdated: 'fails',
  exaggerated: 'fails',
  understated: 'fails',
  unsupported: 'fails',
};
