import type { PackInfo, SyncStatus } from '../messaging/protocol';
import { formatDate } from '../ui/format-date';
import { t, uiLocale } from '../ui/i18n';
import { SyncSchedule } from '../ui/SyncSchedule';

/** The installed fact pack: version, date, content hash and counts, and its updates. */
export function PackInfoPanel({ pack, sync }: { pack: PackInfo | null; sync: SyncStatus }) {
  return (
    <section class="options-section" aria-labelledby="pack-heading">
      <h2 id="pack-heading">{t('packHeading')}</h2>
      {pack ? (
        <dl class="pack-info">
          <dt>{t('packVersion')}</dt>
          <dd>{pack.version}</dd>
          <dt>{t('packPublished')}</dt>
          <dd>
            <time dateTime={pack.publishedAt}>{formatDate(pack.publishedAt, uiLocale())}</time>
          </dd>
          <dt>{t('packHash')}</dt>
          <dd>
            <code class="pack-info__hash">{pack.contentHash}</code>
          </dd>
          <dt>{t('packContents')}</dt>
          <dd>
            {t('packCountsFull', [
              String(pack.counts.facts),
              String(pack.counts.questions),
              String(pack.counts.claims),
              String(pack.counts.sources),
            ])}
          </dd>
        </dl>
      ) : (
        <p>{t('packMissing')}</p>
      )}
      <SyncSchedule sync={sync} />
    </section>
  );
}
