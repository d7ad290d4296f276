import browser from 'webextension-polyfill';

/**
 * The tab the popup describes. End-to-end tests open the popup page in a tab of its own and
 * name the article's tab with `?tabId=`; from the toolbar it is the active tab.
 */
export async function resolveTabId(search: string): Promise<number | null> {
  const fromQuery = new URLSearchParams(search).get('tabId');
  if (fromQuery !== null && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
