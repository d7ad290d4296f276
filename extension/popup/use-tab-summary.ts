import { useCallback, useEffect, useState } from 'preact/hooks';
import type { TabSummary } from '../messaging/protocol';
import { sendToBackground } from '../messaging/send';
import { t } from '../ui/i18n';
import { resolveTabId } from './tab-id';

export type SummaryState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; tabId: number; summary: TabSummary };

/** The popup's data: which tab it describes and what the background knows about it. */
export function useTabSummary() {
  const [state, setState] = useState<SummaryState>({ status: 'loading' });

  const load = useCallback(async () => {
    const tabId = await resolveTabId(location.search);
    if (tabId === null) {
      setState({ status: 'error', message: t('popupNoTab') });
      return;
    }
    const result = await sendToBackground('popup:get-tab-summary', { tabId });
    setState(result.ok ? { status: 'ready', tabId, summary: result.value } : { status: 'error', message: result.error });
  }, []);

  useEffect(() => void load(), [load]);

  /** Applies what a control changed without asking the background again. */
  const patch = useCallback((change: Partial<TabSummary>) => {
    setState((previous) => (previous.status === 'ready' ? { ...previous, summary: { ...previous.summary, ...change } } : previous));
  }, []);

  return { state, reload: () => void load(), patch };
}
