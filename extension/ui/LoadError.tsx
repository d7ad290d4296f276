import { t } from './i18n';

/** Shown when the background cannot answer (it may be starting or the pack may be missing). */
export function LoadError({ detail, onRetry }: { detail: string; onRetry: () => void }) {
  return (
    <div class="load-error" role="alert">
      <p>{t('loadFailed')}</p>
      <p class="muted">{detail}</p>
      <button type="button" class="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}
