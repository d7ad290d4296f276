import type { TabSummary } from '../messaging/protocol';
import { formatDate } from '../ui/format-date';
import { t, uiLocale } from '../ui/i18n';
import { SyncSchedule } from '../ui/SyncSchedule';

/** The fact pack in use and its updates: last check (a failed one says why), last update, next check. */
export function PackStatus({ pack, sync }: Pick<TabSummary, 'pack' | 'sync'>) {
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
      <SyncSchedule sync={sync} />
    </section>
  );
}
