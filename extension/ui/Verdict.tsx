import type { PackLanguage, Rating } from '../../src/pack/fact-pack-schema';
import { t } from './i18n';
import { RATING_GLYPHS, RATING_LABELS, RATING_TONES } from './rating';

/** A rating as a badge: glyph and word, the tone's colour only reinforcing them. */
export function RatingBadge({ rating }: { rating: Rating }) {
  return (
    <span class={`rating rating--${RATING_TONES[rating]}`}>
      <span class="rating__glyph" aria-hidden="true">
        {RATING_GLYPHS[rating]}
      </span>
      {t(RATING_LABELS[rating])}
    </span>
  );
}

interface VerdictProps {
  rating: Rating;
  reason: string;
  /** The language of the reason (the pack's text). */
  lang: PackLanguage;
}

/** The pack's verdict on a claim at a glance: the rating, then the one-sentence reason. */
export function Verdict({ rating, reason, lang }: VerdictProps) {
  return (
    <p class="verdict" role="group" aria-label={t('verdictHeading')}>
      <RatingBadge rating={rating} /> <span lang={lang}>{reason}</span>
    </p>
  );
}
