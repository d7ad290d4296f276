import browser from 'webextension-polyfill';
import type { AnchoredClaim, PageVerdictMessage } from '../messaging/protocol';
import { tabStateKey } from '../messaging/storage-keys';

/**
 * What the background knows about one tab. It lives in `storage.session`, not in module
 * variables, because the service worker may be stopped between two messages.
 */
export interface TabState {
  verdict: PageVerdictMessage | null;
  anchored: AnchoredClaim[];
  sidebarOpen: boolean;
}

const EMPTY: TabState = { verdict: null, anchored: [], sidebarOpen: false };

export async function getTabState(tabId: number): Promise<TabState> {
  const key = tabStateKey(tabId);
  const stored = (await browser.storage.session.get(key))[key] as Partial<TabState> | undefined;
  return { ...EMPTY, ...stored };
}

let writes: Promise<unknown> = Promise.resolve();

/**
 * Read-modify-write, one at a time: a verdict and anchored claims arriving together must not
 * overwrite each other. The queue only orders writes; the state itself stays in storage.
 */
export function patchTabState(tabId: number, patch: Partial<TabState>): Promise<TabState> {
  const write = writes.then(async () => {
    const next = { ...(await getTabState(tabId)), ...patch };
    await browser.storage.session.set({ [tabStateKey(tabId)]: next });
    return next;
  });
  writes = write.catch(() => undefined);
  return write;
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabStateKey(tabId));
}

/** The toolbar badge: the number of claims found on relevant pages, nothing elsewhere. */
export async function showBadge(tabId: number, state: TabState): Promise<number> {
  const count = state.verdict?.relevant ? state.anchored.length : 0;
  const text = state.verdict?.relevant ? String(count) : '';
  await browser.action.setBadgeText({ tabId, text });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: '#7a2e0e' });
  return count;
}
