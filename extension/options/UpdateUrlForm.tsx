import { useState } from 'preact/hooks';
import { t } from '../ui/i18n';
import type { SettingsPatch } from './use-options-status';
import { validateUpdateUrl } from '../settings/validate-update-url';

interface UpdateUrlFormProps {
  /** The reader's own URL; null follows the default, empty turns updates off. */
  savedUrl: string | null;
  /** The URL built into the extension; empty when there is none. */
  defaultUrl: string;
  save: (patch: SettingsPatch) => Promise<string | null>;
}

type Feedback = { kind: 'error' | 'saved'; text: string } | null;

/** Where signed pack updates come from; checked here before the background checks it again. */
export function UpdateUrlForm({ savedUrl, defaultUrl, save }: UpdateUrlFormProps) {
  const [draft, setDraft] = useState(savedUrl ?? defaultUrl);
  const [overridden, setOverridden] = useState(savedUrl !== null);
  const [feedback, setFeedback] = useState<Feedback>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    const check = validateUpdateUrl(draft);
    if (!check.ok) return setFeedback({ kind: 'error', text: t(check.reason) });
    const failed = await save({ updateUrl: check.url });
    if (failed) return setFeedback({ kind: 'error', text: failed });
    setDraft(check.url);
    setOverridden(true);
    setFeedback({ kind: 'saved', text: check.url ? t('updateUrlSaved') : t('updateUrlCleared') });
  };

  const useDefault = async () => {
    const failed = await save({ updateUrl: null });
    if (failed) return setFeedback({ kind: 'error', text: failed });
    setDraft(defaultUrl);
    setOverridden(false);
    setFeedback({ kind: 'saved', text: t('updateUrlDefaultRestored') });
  };

  const invalid = feedback?.kind === 'error';
  const help = defaultUrl ? 'update-url-help update-url-default' : 'update-url-help';
  return (
    <form class="inline-form" onSubmit={(event) => void submit(event)} noValidate>
      <label for="update-url">{t('updateUrlLabel')}</label>
      <p id="update-url-help" class="muted help">
        {t('updateUrlHelp')}
      </p>
      {defaultUrl && (
        <p id="update-url-default" class="muted help">
          {t('updateUrlDefault', defaultUrl)}
        </p>
      )}
      <div class="inline-form__row">
        <input
          id="update-url"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="https://"
          value={draft}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? `${help} update-url-feedback` : help}
          onInput={(event) => {
            setDraft(event.currentTarget.value);
            setFeedback(null);
          }}
        />
        <button type="submit" class="button">
          {t('save')}
        </button>
        {defaultUrl && overridden && (
          <button type="button" class="button" onClick={() => void useDefault()}>
            {t('updateUrlUseDefault')}
          </button>
        )}
      </div>
      <p id="update-url-feedback" class={invalid ? 'error-text' : 'muted'} role={invalid ? 'alert' : 'status'}>
        {feedback?.text ?? ''}
      </p>
    </form>
  );
}
