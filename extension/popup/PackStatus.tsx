import type { TabSummary } from '../messaging/protocol';
import { formatDate } from '../ui/format-date';
import { t, uiLocale } from '../ui/i18n';
import { SyncResult } from '../ui/SyncResult';

/** The fact pack in use and how its last update went (a refused update says why). */
export function PackStatus({ pack, lastSync }: Pick<TabSummary, 'pack' | 'lastSync'>) {
  return (
    <section class="popup-pack" aria-labelledby="popup-pack-heading">
      <h2 id="popup-pack-heading">{t('packHeading')}</h2>
      <p>
        {pack
          ? t('packVersionDated', [pack.version, formatDate(pack.publishedAt, uiLocale())])
          : t('packMissing')}
      </p>
      {pack && (
        <p class="muted">
          {t('packCounts', [String(pack.counts.facts), String(pack.counts.questions), String(pack.counts.sources)])}
        </p>
      )}
      <SyncResult outcome={lastSync} />
    </section>
  );
}
