import type { TabSummary } from '../messaging/protocol';
import { formatDate } from '../ui/format-date';
import { t, uiLocale } from '../ui/i18n';
import { StatusBadge } from '../ui/StatusBadge';
import { Verdict } from '../ui/Verdict';

/**
 * What was found on a relevant page: the claim count, the article's first claim sentences with
 * the pack's verdict on each, the top questions and the top facts.
 */
export function TopItems({ summary }: { summary: TabSummary }) {
  const locale = uiLocale();
  const packLang = summary.packLang;
  return (
    <>
      <p class="popup-count">{t('popupClaimsFound', String(summary.anchoredCount))}</p>
      <p class="popup-count">{t('popupQuestionsFound', String(summary.questionCount))}</p>
      {summary.sentenceVerdicts.length > 0 && (
        <section aria-labelledby="popup-verdicts">
          <h2 id="popup-verdicts">{t('popupVerdicts')}</h2>
          <ul class="popup-list popup-verdicts">
            {summary.sentenceVerdicts.map((sentence) => (
              <li key={sentence.excerpt}>
                <blockquote class="popup-verdicts__excerpt" lang={summary.verdict?.lang || undefined}>
                  {sentence.excerpt}
                </blockquote>
                {sentence.verdicts.map((verdict) => (
                  <Verdict key={verdict.claimId} rating={verdict.rating} reason={verdict.reason} lang={packLang} />
                ))}
              </li>
            ))}
          </ul>
        </section>
      )}
      {summary.topQuestions.length > 0 && (
        <section aria-labelledby="popup-questions">
          <h2 id="popup-questions">{t('popupTopQuestions')}</h2>
          <ul class="popup-list">
            {summary.topQuestions.map((question) => (
              <li key={question.id}>
                <span lang={packLang}>{question.text}</span> <StatusBadge status={question.status} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {summary.topFacts.length > 0 && (
        <section aria-labelledby="popup-facts">
          <h2 id="popup-facts">{t('popupTopFacts')}</h2>
          <ul class="popup-list">
            {summary.topFacts.map((fact) => (
              <li key={fact.id}>
                <time class="popup-list__date" dateTime={fact.date}>
                  {formatDate(fact.date, locale)}
                </time>{' '}
                <span lang={packLang}>{fact.text}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
