import type { TabSummary } from '../messaging/protocol';
import { formatDate } from '../ui/format-date';
import { t, uiLocale } from '../ui/i18n';
import { PACK_TEXT_LANG } from '../ui/pack-language';
import { StatusBadge } from '../ui/StatusBadge';

/** What was found on a relevant page: the claim count, the top questions and the top facts. */
export function TopItems({ summary }: { summary: TabSummary }) {
  const locale = uiLocale();
  return (
    <>
      <p class="popup-count">{t('popupClaimsFound', String(summary.anchoredCount))}</p>
      <p class="popup-count">{t('popupQuestionsFound', String(summary.questionCount))}</p>
      {summary.topQuestions.length > 0 && (
        <section aria-labelledby="popup-questions">
          <h2 id="popup-questions">{t('popupTopQuestions')}</h2>
          <ul class="popup-list">
            {summary.topQuestions.map((question) => (
              <li key={question.id}>
                <span lang={PACK_TEXT_LANG}>{question.text}</span> <StatusBadge status={question.status} />
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
                <span lang={PACK_TEXT_LANG}>{fact.text}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
