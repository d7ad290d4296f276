import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { ArticleContext } from '../messaging/protocol';
import { tabStateKey } from '../messaging/storage-keys';
import { sendToBackground } from '../messaging/send';

export type ContextState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; context: ArticleContext };

/** Tab state changes arrive in bursts (verdict, then anchored claims); one refresh covers a burst. */
export const REFRESH_DEBOUNCE_MS = 250;

/**
 * The sidebar's data: asked from the background once, then again whenever the background
 * rewrites this tab's state in `storage.session`. A failed refresh keeps the last good context.
 */
export function useArticleContext(): { state: ContextState; reload: () => void } {
  const [state, setState] = useState<ContextState>({ status: 'loading' });

  const reload = useCallback(() => {
    void sendToBackground('sidebar:get-context', {}).then((result) => {
      setState((previous) => {
        if (result.ok) return { status: 'ready', context: result.value };
        return previous.status === 'ready' ? previous : { status: 'error', message: result.error };
      });
    });
  }, []);

  useEffect(reload, [reload]);

  const tabId = state.status === 'ready' ? state.context.tabId : undefined;
  useEffect(() => {
    if (tabId === undefined) return;
    const key = tabStateKey(tabId);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChanged = (changes: Record<string, unknown>) => {
      if (!Object.hasOwn(changes, key)) return;
      clearTimeout(timer);
      timer = setTimeout(reload, REFRESH_DEBOUNCE_MS);
    };
    browser.storage.session.onChanged.addListener(onChanged);
    // Changes made between the first answer and this subscription would be missed: ask once more.
    timer = setTimeout(reload, REFRESH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      browser.storage.session.onChanged.removeListener(onChanged);
    };
  }, [tabId, reload]);

  return { state, reload };
}
