import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { TabSummary } from '../messaging/protocol';
import { sendToBackground } from '../messaging/send';
import { t } from '../ui/i18n';
import { Switch } from '../ui/Switch';

interface PopupControlsProps {
  tabId: number;
  summary: TabSummary;
  patch: (change: Partial<TabSummary>) => void;
}

/** Open or close the sidebar on this page, show or hide highlights, and go to the settings. */
export function PopupControls({ tabId, summary, patch }: PopupControlsProps) {
  const [error, setError] = useState<string | null>(null);
  const canOpenSidebar = summary.siteEnabled && summary.verdict?.relevant === true;

  const toggleSidebar = async () => {
    const result = await sendToBackground('popup:toggle-sidebar', { tabId });
    setError(result.ok ? null : result.error);
    if (result.ok) patch({ sidebarOpen: result.value.open });
  };

  const setHighlights = async (visible: boolean) => {
    patch({ overlaysVisible: visible });
    const result = await sendToBackground('popup:set-overlays-visible', { visible });
    setError(result.ok ? null : result.error);
    if (!result.ok) patch({ overlaysVisible: !visible });
  };

  return (
    <div class="popup-controls">
      {canOpenSidebar && (
        <button type="button" class="button button--primary" onClick={() => void toggleSidebar()}>
          {summary.sidebarOpen ? t('closeSidebar') : t('openSidebar')}
        </button>
      )}
      <Switch label={t('highlightsSwitch')} checked={summary.overlaysVisible} onChange={(next) => void setHighlights(next)} />
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}
      <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('openOptions')}
      </button>
    </div>
  );
}
