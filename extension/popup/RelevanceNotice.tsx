import type { TabSummary } from '../messaging/protocol';
import { t, type MessageKey } from '../ui/i18n';

/** Which of the four situations the page is in, so a reader knows why the sidebar is or is not there. */
export function relevanceKey(summary: TabSummary): MessageKey {
  if (!summary.siteEnabled) return 'popupSiteDisabled';
  if (!summary.verdict) return 'popupNotChecked';
  return summary.verdict.relevant ? 'popupRelevant' : 'popupNotRelevant';
}

export function RelevanceNotice({ summary }: { summary: TabSummary }) {
  const key = relevanceKey(summary);
  const relevant = key === 'popupRelevant';
  return (
    <p class={relevant ? 'relevance relevance--yes' : 'relevance relevance--no'}>
      <span class="relevance__glyph" aria-hidden="true">
        {relevant ? '\u2713 ' : '\u2013 '}
      </span>
      {t(key)}
    </p>
  );
}
