import { useRef, useState } from 'preact/hooks';
import { t } from '../ui/i18n';
import { normalizeHostname } from '../settings/hostname';
import type { SettingsPatch } from './use-options-status';

interface SiteListProps {
  sites: string[];
  save: (patch: SettingsPatch) => Promise<string | null>;
}

/** Sites where the extension stays off: add by hostname or address, remove one by one. */
export function SiteList({ sites, save }: SiteListProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const add = async (event: Event) => {
    event.preventDefault();
    const hostname = normalizeHostname(draft);
    if (!hostname) return setError(t('sitesInvalid'));
    if (sites.includes(hostname)) return setError(t('sitesDuplicate', hostname));
    const failed = await save({ disabledSites: [...sites, hostname] });
    setError(failed);
    if (!failed) setDraft('');
  };

  const remove = async (hostname: string) => {
    setError(await save({ disabledSites: sites.filter((site) => site !== hostname) }));
    // The pressed button is gone; the field is the next useful place for focus.
    inputRef.current?.focus();
  };

  return (
    <section class="options-section" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('sitesHeading')}</h2>
      <p class="muted help" id="sites-help">
        {t('sitesHelp')}
      </p>
      <form class="inline-form" onSubmit={(event) => void add(event)} noValidate>
        <label for="site-input">{t('sitesInputLabel')}</label>
        <div class="inline-form__row">
          <input
            id="site-input"
            ref={inputRef}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="example.com"
            value={draft}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'sites-help sites-error' : 'sites-help'}
            onInput={(event) => setDraft(event.currentTarget.value)}
          />
          <button type="submit" class="button">
            {t('sitesAdd')}
          </button>
        </div>
        {error && (
          <p id="sites-error" class="error-text" role="alert">
            {error}
          </p>
        )}
      </form>
      {sites.length === 0 ? (
        <p class="muted">{t('sitesEmpty')}</p>
      ) : (
        <ul class="site-list" aria-labelledby="sites-heading">
          {sites.map((site) => (
            <li key={site} class="site-list__item">
              <span>{site}</span>
              <button type="button" class="button" onClick={() => void remove(site)}>
                {t('sitesRemove')}
                <span class="visually-hidden"> {site}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
