import { useState } from 'preact/hooks';
import type { Settings } from '../messaging/protocol';
import { t } from '../ui/i18n';
import { Switch } from '../ui/Switch';
import type { SettingsPatch } from './use-options-status';

interface GeneralSettingsProps {
  settings: Settings;
  save: (patch: SettingsPatch) => Promise<string | null>;
}

/** Pause everywhere, and show or hide claim highlights. */
export function GeneralSettings({ settings, save }: GeneralSettingsProps) {
  const [error, setError] = useState<string | null>(null);
  const change = async (patch: SettingsPatch) => setError(await save(patch));
  return (
    <section class="options-section" aria-labelledby="general-heading">
      <h2 id="general-heading">{t('optionsGeneralHeading')}</h2>
      <Switch
        label={t('optionsPause')}
        checked={settings.paused}
        describedBy="pause-help"
        onChange={(paused) => void change({ paused })}
      />
      <p id="pause-help" class="muted help">
        {t('optionsPauseHelp')}
      </p>
      <Switch
        label={t('highlightsSwitch')}
        checked={settings.overlaysVisible}
        describedBy="highlights-help"
        onChange={(overlaysVisible) => void change({ overlaysVisible })}
      />
      <p id="highlights-help" class="muted help">
        {t('optionsHighlightsHelp')}
      </p>
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
