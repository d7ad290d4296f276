import type { Claim, PackLanguage } from '../../src/pack/fact-pack-schema';
import type { LocalizedQuestion } from '../../src/pack/localize-pack';
import { formatClaimValue } from '../ui/format-value';
import { RangeBar } from '../ui/RangeBar';
import { numericGroups } from '../ui/range-scale';
import { sourceLabel } from '../ui/source-label';
import { StatusBadge } from '../ui/StatusBadge';
import { t } from '../ui/i18n';
import { AnswerItem } from './AnswerItem';
import type { SourceLookup } from './source-index';

interface QuestionCardProps {
  question: LocalizedQuestion;
  sourceOf: SourceLookup;
  locale: string;
  packLang: PackLanguage;
  articleClaimIds: ReadonlySet<string>;
}

/** A question with its status, the reader's caveat, a range bar, and every source's answer. */
export function QuestionCard({ question, sourceOf, locale, packLang, articleClaimIds }: QuestionCardProps) {
  const titleId = `question-${question.id}`;
  const markTitle = (claim: Claim) =>
    `${formatClaimValue(claim.value, locale)} \u2014 ${sourceLabel(sourceOf(claim.claimant), claim.claimant)}`;
  return (
    <article class="question" aria-labelledby={titleId}>
      <h3 class="question__title" id={titleId} lang={packLang}>
        {question.text}
      </h3>
      <p class="question__status">
        <StatusBadge status={question.status} />
      </p>
      {question.note && (
        <p class="question__note" lang={packLang}>
          {question.note}
        </p>
      )}
      {numericGroups(question.claims).map((group) => (
        <RangeBar
          key={group.unit}
          group={group}
          locale={locale}
          articleClaimIds={articleClaimIds}
          markTitle={markTitle}
        />
      ))}
      <h4 class="visually-hidden">{t('answersHeading', String(question.claims.length))}</h4>
      <ul class="answers">
        {question.claims.map((claim) => (
          <AnswerItem
            key={claim.id}
            claim={claim}
            sourceOf={sourceOf}
            locale={locale}
            packLang={packLang}
            inArticle={articleClaimIds.has(claim.id)}
          />
        ))}
      </ul>
    </article>
  );
}
