import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../demo/launch-chromium';
export { sidebarFrame, waitForSidebar } from '../../demo/launch-chromium';
import { startDemoSite, type DemoSite } from '../../demo/demo-site';
import { E2E_DIST } from './paths';
import { LEXICON_KEY } from '../../extension/messaging/storage-keys';

export interface Harness {
  browser: ExtensionBrowser;
  site: DemoSite;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const site = await startDemoSite();
  const browser = await launchWithExtension(E2E_DIST);
  await waitForPackInstalled(browser);
  return {
    browser,
    site,
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
}

/**
 * One browser and demo site for a test file, started before its tests and closed after them.
 * The returned handle reads through to them, so tests use it as a plain `Harness`.
 */
export function useHarness(): Harness {
  let started: Harness | undefined;
  beforeAll(async () => {
    started = await startHarness();
  });
  afterAll(async () => {
    await started?.close();
  });
  const current = () => {
    if (!started) throw new Error('the harness is not started');
    return started;
  };
  return {
    get browser() {
      return current().browser;
    },
    get site() {
      return current().site;
    },
    close: () => current().close(),
  };
}

/** The options page, loaded with the installed pack's status. */
export async function openOptions(harness: Harness): Promise<Page> {
  const options = await harness.browser.context.newPage();
  await options.goto(`chrome-extension://${harness.browser.extensionId}/extension/options/options.html`);
  await options.waitForSelector('text=/\\d+\\.\\d+\\.\\d+/');
  return options;
}

/** The worker publishes the lexicon to storage once the shipped pack is in IndexedDB. */
export async function waitForPackInstalled(browser: ExtensionBrowser): Promise<void> {
  const worker = await browser.worker();
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const ready = await worker.evaluate(async (key) => Boolean((await chrome.storage.local.get(key))[key]), LEXICON_KEY);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the fact pack was not installed within 10 s');
}

export async function openPage(harness: Harness, path: string): Promise<Page> {
  const page = await harness.browser.context.newPage();
  await page.goto(`${harness.site.origin}${path}`);
  await page.bringToFront();
  return page;
}

/** Waits long enough for the content script to have classified the page (it runs when idle). */
export async function settle(page: Page, ms = 2_500): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForTimeout(ms);
}

/** The id of the active tab, as the extension sees it. */
export async function activeTabId(harness: Harness, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await harness.browser.worker();
  const id = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  if (id === undefined) throw new Error('no active tab');
  return id;
}

export async function badgeText(harness: Harness, tabId: number): Promise<string> {
  const worker = await harness.browser.worker();
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Stops the extension's service worker, as Chrome does when it is idle. */
export async function stopServiceWorker(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

export async function openPopup(harness: Harness, tabId: number): Promise<Page> {
  const popup = await harness.browser.context.newPage();
  await popup.goto(`chrome-extension://${harness.browser.extensionId}/extension/popup/popup.html?tabId=${tabId}`);
  return popup;
}
