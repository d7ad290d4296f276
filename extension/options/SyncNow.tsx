import { useState } from 'preact/hooks';
import type { SyncOutcome } from '../messaging/protocol';
import { t } from '../ui/i18n';
import { SyncResult } from '../ui/SyncResult';

/** "Sync now" and what came of it; a refused pack's reason is shown as the background gave it. */
export function SyncNow({ syncNow }: { syncNow: () => Promise<SyncOutcome | string> }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SyncOutcome | string | null>(null);

  const run = async () => {
    setBusy(true);
    setOutcome(await syncNow());
    setBusy(false);
  };

  return (
    <div class="sync-now">
      <button type="button" class="button button--primary" aria-disabled={busy} onClick={() => !busy && void run()}>
        {busy ? t('syncRunning') : t('syncNow')}
      </button>
      <div role="status" class="sync-now__result">
        {typeof outcome === 'string' && <p class="error-text">{t('syncFailed', outcome)}</p>}
        {outcome !== null && typeof outcome !== 'string' && <SyncResult outcome={outcome} />}
      </div>
    </div>
  );
}
