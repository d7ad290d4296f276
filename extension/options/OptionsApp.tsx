import { t } from '../ui/i18n';
import { LoadError } from '../ui/LoadError';
import { GeneralSettings } from './GeneralSettings';
import { LanguageNote } from './LanguageNote';
import { PackInfoPanel } from './PackInfoPanel';
import { SiteList } from './SiteList';
import { SyncNow } from './SyncNow';
import { UpdateUrlForm } from './UpdateUrlForm';
import { useOptionsStatus } from './use-options-status';

/** The options page: where the extension runs, the fact pack and its updates, and language. */
export function OptionsApp() {
  const { state, reload, save, syncNow } = useOptionsStatus();
  return (
    <>
      <header class="options-header">
        <h1>{t('optionsTitle')}</h1>
      </header>
      <main class="options">
        {state.status === 'loading' && <p role="status">{t('loading')}</p>}
        {state.status === 'error' && <LoadError detail={state.message} onRetry={reload} />}
        {state.status === 'ready' && (
          <>
            <GeneralSettings settings={state.value.settings} save={save} />
            <SiteList sites={state.value.settings.disabledSites} save={save} />
            <PackInfoPanel pack={state.value.pack} sync={state.value.sync} />
            <section class="options-section" aria-labelledby="updates-heading">
              <h2 id="updates-heading">{t('updatesHeading')}</h2>
              <UpdateUrlForm savedUrl={state.value.settings.updateUrl} defaultUrl={state.value.defaultUpdateUrl} save={save} />
              <SyncNow syncNow={syncNow} />
            </section>
            <LanguageNote />
          </>
        )}
      </main>
    </>
  );
}
