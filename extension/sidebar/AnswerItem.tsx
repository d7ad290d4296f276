import type { Claim } from '../../src/pack/fact-pack-schema';
import { ExternalLink } from '../ui/ExternalLink';
import { formatDate } from '../ui/format-date';
import { formatClaimValue } from '../ui/format-value';
import { t } from '../ui/i18n';
import { langAttribute, PACK_TEXT_LANG } from '../ui/pack-language';
import { sourceLabel } from '../ui/source-label';
import type { SourceLookup } from './source-index';

interface AnswerItemProps {
  claim: Claim;
  sourceOf: SourceLookup;
  locale: string;
  /** Whether the article in this tab makes this claim. */
  inArticle: boolean;
}

/** One source's answer to a question: the value, who said and who reported it, when, and where. */
export function AnswerItem({ claim, sourceOf, locale, inArticle }: AnswerItemProps) {
  const reporter = sourceLabel(sourceOf(claim.reporter), claim.reporter);
  return (
    <li class={inArticle ? 'answer answer--article' : 'answer'}>
      <p class={claim.value.kind === 'statement' ? 'answer__value answer__value--statement' : 'answer__value'}>
        <strong lang={claim.value.kind === 'statement' ? PACK_TEXT_LANG : undefined}>
          {formatClaimValue(claim.value, locale)}
        </strong>
        {inArticle && (
          <>
            {' '}
            <span class="article-claim-tag">{t('articleClaimTag')}</span>
          </>
        )}
      </p>
      <dl class="answer__meta">
        <dt>{t('answerSaidBy')}</dt>
        <dd>{sourceLabel(sourceOf(claim.claimant), claim.claimant)}</dd>
        <dt>{t('answerReportedBy')}</dt>
        <dd>{reporter}</dd>
        <dt>{t('answerDate')}</dt>
        <dd>
          <time dateTime={claim.eventDate}>{formatDate(claim.eventDate, locale)}</time>
        </dd>
        {claim.scope && (
          <>
            <dt>{t('answerScope')}</dt>
            <dd lang={PACK_TEXT_LANG}>{claim.scope}</dd>
          </>
        )}
      </dl>
      {claim.quote && (
        <blockquote class="answer__quote" lang={langAttribute(claim.lang)}>
          {claim.quote}
        </blockquote>
      )}
      <ExternalLink href={claim.url}>{t('answerOpenReport', reporter)}</ExternalLink>
    </li>
  );
}
