import { useCallback, useEffect, useState } from 'preact/hooks';
import type { OptionsStatus, Settings, SyncOutcome } from '../messaging/protocol';
import { sendToBackground } from '../messaging/send';

export type StatusState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; value: OptionsStatus };

export type SettingsPatch = Partial<Pick<Settings, 'paused' | 'disabledSites' | 'overlaysVisible' | 'updateUrl'>>;

/** The options page's data, and the two things it asks of the background: save and sync. */
export function useOptionsStatus() {
  const [state, setState] = useState<StatusState>({ status: 'loading' });

  const load = useCallback(async () => {
    const result = await sendToBackground('options:get-status', {});
    setState(result.ok ? { status: 'ready', value: result.value } : { status: 'error', message: result.error });
  }, []);

  useEffect(() => void load(), [load]);

  /** Saves a change; resolves to an error message, or null when the background accepted it. */
  const save = useCallback(async (patch: SettingsPatch): Promise<string | null> => {
    const result = await sendToBackground('options:update-settings', patch);
    if (!result.ok) return result.error;
    setState((previous) =>
      previous.status === 'ready' ? { status: 'ready', value: { ...previous.value, settings: result.value } } : previous,
    );
    return null;
  }, []);

  /** Checks now; the pack, the last check and the next one may all have changed, so the status is read again. */
  const syncNow = useCallback(async (): Promise<SyncOutcome | string> => {
    const result = await sendToBackground('options:sync-now', {});
    if (!result.ok) return result.error;
    await load();
    return result.value;
  }, [load]);

  return { state, reload: () => void load(), save, syncNow };
}
