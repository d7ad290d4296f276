import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
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
 * Listening starts with the first question, so a change can never fall between the answer
 * and the subscription, and the sidebar need not ask a second time in case one did: each
 * answer is large (every question and source the article touches), and on the reader's
 * machine it is work for the worker and the browser while the article is still settling.
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

  const tabId = state.status === 'ready' ? state.context.tabId : undefined;
  /** This sidebar's tab, once the first answer has named it. */
  const tab = useRef<number | undefined>(undefined);
  /** Tabs whose state changed before the first answer named ours. */
  const changedEarly = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const reloadSoon = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(reload, REFRESH_DEBOUNCE_MS);
  }, [reload]);

  useEffect(() => {
    const onChanged = (changes: Record<string, unknown>) => {
      if (tab.current === undefined) {
        for (const key of Object.keys(changes)) changedEarly.current.add(key);
        return;
      }
      if (Object.hasOwn(changes, tabStateKey(tab.current))) reloadSoon();
    };
    // Asked, then listening, in the same task: the answer cannot come before the listener is
    // in, and any change after the question is heard.
    reload();
    browser.storage.session.onChanged.addListener(onChanged);
    return () => {
      clearTimeout(timer.current);
      browser.storage.session.onChanged.removeListener(onChanged);
    };
  }, [reload, reloadSoon]);

  useEffect(() => {
    if (tabId === undefined || tab.current === tabId) return;
    tab.current = tabId;
    // The first answer may predate a change that came in while it was on its way.
    if (changedEarly.current.has(tabStateKey(tabId))) reloadSoon();
    changedEarly.current.clear();
  }, [tabId, reloadSoon]);

  return { state, reload };
}
