import type { SyncStatus } from '../messaging/protocol';
import { formatDateTime } from './format-date';
import { t, uiLocale } from './i18n';
import { SyncResult } from './SyncResult';

/** The last check and what came of it, when the installed pack arrived, and when the next check is due. */
export function SyncSchedule({ sync }: { sync: SyncStatus }) {
  const locale = uiLocale();
  const { lastUpdate, nextCheck } = sync;
  return (
    <dl class="sync-schedule">
      <dt>{t('lastSyncHeading')}</dt>
      <dd data-sync="last-check">
        <SyncResult outcome={sync.lastCheck} />
      </dd>
      <dt>{t('syncLastUpdate')}</dt>
      <dd data-sync="last-update">
        {lastUpdate
          ? t(lastUpdate.origin === 'sync' ? 'syncInstalledFromServer' : 'syncInstalledBundled', [lastUpdate.version, formatDateTime(lastUpdate.at, locale)])
          : t('packMissing')}
      </dd>
      <dt>{t('syncNextCheck')}</dt>
      <dd data-sync="next-check">{nextCheck ? <time dateTime={nextCheck}>{formatDateTime(nextCheck, locale)}</time> : t('syncNoNextCheck')}</dd>
    </dl>
  );
}
