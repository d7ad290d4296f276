import { t } from '../ui/i18n';
import { LoadError } from '../ui/LoadError';
import { PackStatus } from './PackStatus';
import { PopupControls } from './PopupControls';
import { RelevanceNotice } from './RelevanceNotice';
import { TopItems } from './TopItems';
import { useTabSummary } from './use-tab-summary';

/** The toolbar popup: what the extension found on the current tab, and its controls. */
export function PopupApp() {
  const { state, reload, patch } = useTabSummary();
  return (
    <main class="popup">
      <h1 class="popup__title">{t('extName')}</h1>
      {state.status === 'loading' && <p role="status">{t('loading')}</p>}
      {state.status === 'error' && <LoadError detail={state.message} onRetry={reload} />}
      {state.status === 'ready' && (
        <>
          <RelevanceNotice summary={state.summary} />
          {state.summary.verdict?.relevant && state.summary.siteEnabled && <TopItems summary={state.summary} />}
          <PopupControls tabId={state.tabId} summary={state.summary} patch={patch} />
          <PackStatus pack={state.summary.pack} sync={state.summary.sync} />
        </>
      )}
    </main>
  );
}
