import type { Claim } from '../../src/pack/fact-pack-schema';
import { formatNumber } from './format-value';
import { t } from './i18n';
import { scalePercent, type RangeGroup } from './range-scale';

interface RangeBarProps {
  group: RangeGroup;
  locale: string;
  /** Claims this article makes, drawn outlined so the reader finds their own article's number. */
  articleClaimIds: ReadonlySet<string>;
  /** A mark's tooltip (value and who said it), so a pointer can tell the dots apart. */
  markTitle: (claim: Claim) => string;
}

/**
 * A dot plot of a question's numeric answers in one unit: one lane per answer, a dot for a
 * number and a bar for a range, on a scale from zero. The caption says the span in words;
 * the drawing is decoration for sighted readers and hidden from screen readers.
 */
export function RangeBar({ group, locale, articleClaimIds, markTitle }: RangeBarProps) {
  const hasArticleClaim = group.answers.some((answer) => articleClaimIds.has(answer.claim.id));
  return (
    <figure class="range-bar">
      <figcaption class="range-bar__caption">
        {t('rangeBarCaption', [group.unit, formatNumber(group.low, locale), formatNumber(group.high, locale)])}
        {hasArticleClaim && ` ${t('rangeBarArticleLegend')}`}
      </figcaption>
      <div class="range-bar__track" aria-hidden="true">
        {group.answers.map((answer) => {
          const left = scalePercent(group, answer.min);
          const width = scalePercent(group, answer.max) - left;
          const classes = ['range-bar__mark'];
          if (width > 0) classes.push('range-bar__mark--span');
          if (articleClaimIds.has(answer.claim.id)) classes.push('range-bar__mark--article');
          return (
            <div class="range-bar__lane" key={answer.claim.id}>
              <span
                class={classes.join(' ')}
                title={markTitle(answer.claim)}
                style={{ left: `${left}%`, width: width > 0 ? `${width}%` : undefined }}
              />
            </div>
          );
        })}
      </div>
      <div class="range-bar__axis" aria-hidden="true">
        <span>{formatNumber(group.scaleMin, locale)}</span>
        <span>{formatNumber(group.scaleMax, locale)}</span>
      </div>
    </figure>
  );
}
