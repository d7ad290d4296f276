import type { SyncOutcome } from '../messaging/protocol';
import { formatDateTime } from './format-date';
import { t, uiLocale } from './i18n';
import { refusalText } from './refusal-text';

/** The outcome of a pack check in plain words; a failed check says why. */
export function syncOutcomeText(outcome: SyncOutcome, locale: string): string {
  const when = formatDateTime(outcome.at, locale);
  switch (outcome.status) {
    case 'updated':
      return t('syncUpdated', [outcome.version, when]);
    case 'current':
      return t('syncCurrent', [outcome.version, when]);
    case 'refused':
      return t('syncRefused', [refusalText(outcome.code, outcome.params), when]);
    case 'busy':
      return t('syncBusy');
  }
}

export function SyncResult({ outcome }: { outcome: SyncOutcome | null }) {
  if (!outcome) return <p class="sync-result">{t('syncNever')}</p>;
  return (
    <p class={`sync-result sync-result--${outcome.status}`}>
      {outcome.status === 'refused' && (
        <span class="sync-result__glyph" aria-hidden="true">
          {'! '}
        </span>
      )}
      {syncOutcomeText(outcome, uiLocale())}
    </p>
  );
}
