import type { PackLanguage } from '../../src/pack/fact-pack-schema';
import type { LocalizedClaim } from '../../src/pack/localize-pack';
import { localizedAttributionWords } from '../ui/attribution-words';
import { linkedSite, reporterWithVia } from '../ui/claim-attribution';
import { formatDate } from '../ui/format-date';
import { ExternalLink } from '../ui/ExternalLink';
import { formatClaimValue } from '../ui/format-value';
import { t } from '../ui/i18n';
import { langAttribute } from '../ui/pack-language';
import { sourceLabel } from '../ui/source-label';
import { Verdict } from '../ui/Verdict';
import type { SourceLookup } from './source-index';

interface AnswerItemProps {
  claim: LocalizedClaim;
  sourceOf: SourceLookup;
  locale: string;
  /** The language of the pack's text. */
  packLang: PackLanguage;
  /** Whether the article in this tab makes this claim. */
  inArticle: boolean;
}

/**
 * One source's answer to a question: the value and the pack's verdict on it, who said and who
 * reported it (and the copy the link opens), when it was said and reported, and where.
 */
export function AnswerItem({ claim, sourceOf, locale, packLang, inArticle }: AnswerItemProps) {
  const words = localizedAttributionWords();
  return (
    <li class={inArticle ? 'answer answer--article' : 'answer'}>
      <p class={claim.value.kind === 'statement' ? 'answer__value answer__value--statement' : 'answer__value'}>
        <strong lang={packLang}>{formatClaimValue(claim.value, locale)}</strong>
        {inArticle && (
          <>
            {' '}
            <span class="article-claim-tag">{t('articleClaimTag')}</span>
          </>
        )}
      </p>
      {claim.assessment && <Verdict rating={claim.assessment.rating} reason={claim.assessment.reason} lang={packLang} />}
      <dl class="answer__meta">
        <dt>{t('answerSaidBy')}</dt>
        <dd>{sourceLabel(sourceOf(claim.claimant), claim.claimant)}</dd>
        <dt>{t('answerReportedBy')}</dt>
        <dd>{reporterWithVia(claim, sourceOf, words)}</dd>
        <dt>{t('answerDate')}</dt>
        <dd>
          {claim.eventDate === claim.publishedAt ? (
            <time dateTime={claim.eventDate}>{formatDate(claim.eventDate, locale)}</time>
          ) : (
            <>
              <time dateTime={claim.eventDate}>{words.said(formatDate(claim.eventDate, locale))}</time>
              {' \u00B7 '}
              <time dateTime={claim.publishedAt}>{words.reported(formatDate(claim.publishedAt, locale))}</time>
            </>
          )}
        </dd>
        {claim.scope && (
          <>
            <dt>{t('answerScope')}</dt>
            <dd lang={packLang}>{claim.scope}</dd>
          </>
        )}
      </dl>
      {claim.quote && (
        <blockquote class="answer__quote" lang={langAttribute(claim.lang)}>
          {claim.quote}
        </blockquote>
      )}
      {claim.quoteTranslation && (
        <p class="answer__quote-translation">
          <span class="muted">{t('quoteTranslation')}: </span>
          <span lang={packLang}>{claim.quoteTranslation}</span>
        </p>
      )}
      <ExternalLink href={claim.url}>{t('answerOpenReport', linkedSite(claim, sourceOf))}</ExternalLink>
    </li>
  );
}
