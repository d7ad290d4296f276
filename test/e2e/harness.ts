import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, sidebarFrame, waitForPackInstalled, type ExtensionBrowser } from '../../demo/launch-chromium';
export { sidebarFrame, waitForPackInstalled, waitForSidebar } from '../../demo/launch-chromium';
import { startDemoSite, type DemoSite } from '../../demo/demo-site';
import { foreignRequests, freePort, NetworkRecorder, readNetLog } from './network-recorder';
import { E2E_DIST } from './paths';

export interface Harness {
  browser: ExtensionBrowser;
  site: DemoSite;
  /** Every request of every target since the browser started; checked when the harness closes. */
  network: NetworkRecorder;
  /** Chromium's own CDP endpoint, for clients besides Playwright. */
  debuggingPort: number;
  /** Chromium's NetLog of this browser, written as it runs. */
  netLogPath: string;
  close(): Promise<void>;
}

/**
 * Starts the demo site and a browser with the extension, recording every network request
 * (CDP on every target, and Chromium's NetLog from its first moment). Closing fails if any
 * request went anywhere but 127.0.0.1 or the configured pack URL: the privacy promise,
 * checked over every end-to-end test.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const site = await startDemoSite();
  const debuggingPort = await freePort();
  const netLog = join(mkdtempSync(join(tmpdir(), 'mc-netlog-')), 'netlog.json');
  const args = [`--log-net-log=${netLog}`, '--net-log-capture-mode=Default', ...(options.args ?? [])];
  const browser = await launchWithExtension(options.distDir ?? E2E_DIST, { debuggingPort, args, ...(options.uiLanguage ? { uiLanguage: options.uiLanguage } : {}) });
  const network = await NetworkRecorder.connect(debuggingPort);
  await waitForPackInstalled(browser);
  return {
    browser,
    site,
    network,
    debuggingPort,
    netLogPath: netLog,
    close: async () => {
      const packUrl = await configuredPackUrl(browser);
      network.close();
      await browser.close();
      await site.close();
      const requests = network.unexcused([...network.requests, ...readNetLog(netLog)]);
      rmSync(dirname(netLog), { recursive: true, force: true });
      const foreign = foreignRequests(requests, packUrl);
      if (foreign.length > 0) {
        const list = foreign.map((request) => `${request.url} (from ${request.targetType} ${request.targetUrl})`).join('\n  ');
        throw new Error(`the extension's browser made requests outside 127.0.0.1 and the pack URL:\n  ${list}`);
      }
    },
  };
}

/** The update URL set in the options, read from the worker (given up after 3 s if it is not running: then none). */
async function configuredPackUrl(browser: ExtensionBrowser): Promise<string> {
  const read = browser
    .worker()
    .then((worker) =>
      worker.evaluate(async () => {
        const { settings } = (await chrome.storage.local.get('settings')) as { settings?: { updateUrl?: string } };
        return settings?.updateUrl ?? '';
      }),
    )
    // Still pending when the browser closes: then it fails, and must not fail unheard.
    .catch(() => '');
  return Promise.race([read, new Promise<string>((resolve) => setTimeout(() => resolve(''), 3_000))]);
}

export interface HarnessOptions {
  /** The browser's interface language; the environment's when omitted. */
  uiLanguage?: string;
  /** A copy of the build a test may change (default: the shared build). */
  distDir?: string;
  /** More Chromium flags. */
  args?: string[];
}

/**
 * One browser and demo site for a test file, started before its tests and closed after them.
 * The returned handle reads through to them, so tests use it as a plain `Harness`.
 */
export function useHarness(options: HarnessOptions = {}): Harness {
  let started: Harness | undefined;
  beforeAll(async () => {
    started = await startHarness(options);
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
    get network() {
      return current().network;
    },
    get debuggingPort() {
      return current().debuggingPort;
    },
    get netLogPath() {
      return current().netLogPath;
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

/** Opens a page the extension must leave alone, and checks it got no sidebar and no badge. */
export async function expectNoSidebar(harness: Harness, path: string): Promise<void> {
  const page = await openPage(harness, path);
  await settle(page);
  expect(await page.locator('mc-sidebar').count()).toBe(0);
  expect(sidebarFrame(page, harness.browser.extensionId)).toBeUndefined();
  expect(await badgeText(harness, await activeTabId(harness, page))).toBe('');
  await page.close();
}
