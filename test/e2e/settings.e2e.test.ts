import { describe, expect, it } from 'vitest';
import {
  activeTabId,
  badgeText,
  openPage,
  openOptions,
  settle,
  sidebarFrame,
  useHarness,
  waitForSidebar,
} from './harness';
import { tabStateKey } from '../../extension/messaging/storage-keys';

const harness = useHarness();

const frameVisible = async (page: import('playwright-core').Page) => {
  const frame = sidebarFrame(page, harness.browser.extensionId);
  return frame ? ((await (await frame.frameElement()).boundingBox())?.width ?? 0) > 0 : false;
};

describe('user settings', () => {
  it('the sidebar remembers it was closed on a site, and opens again from the popup with focus', async () => {
    const page = await openPage(harness, '/news/men-fleeing-draft.html');
    const frame = await waitForSidebar(page, harness.browser.extensionId);
    const remembered = async () =>
      (await (await harness.browser.worker()).evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { sidebarOpenBySite?: Record<string, boolean> } | undefined)?.sidebarOpenBySite)) ?? {};
    const tabSidebarOpen = async () => {
      const key = tabStateKey(await activeTabId(harness, page));
      return (await (await harness.browser.worker()).evaluate(async (k) => ((await chrome.storage.session.get(k))[k] as { sidebarOpen?: boolean } | undefined)?.sidebarOpen, key)) ?? false;
    };
    // Opening by itself leaves no trace of the site in storage; the tab's state, which the
    // popup reads, learnt it with the page's verdict.
    expect(await remembered()).toEqual({});
    await expect.poll(tabSidebarOpen).toBe(true);
    await frame.getByRole('button', { name: /close/i }).first().click();
    await expect.poll(remembered).toEqual({ '127.0.0.1': false });
    await expect.poll(() => frameVisible(page)).toBe(false);

    await expect.poll(tabSidebarOpen).toBe(false);
    await page.reload();
    await settle(page);
    expect(await frameVisible(page)).toBe(false);
    // Reported closed with the verdict of the reloaded page, which did not open it.
    expect(await tabSidebarOpen()).toBe(false);
    // The page is still recognised: the badge counts its claims.
    expect(await badgeText(harness, await activeTabId(harness, page))).toMatch(/^[1-9]/);

    const worker = await harness.browser.worker();
    const tabId = await activeTabId(harness, page);
    await worker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { type: 'background:set-sidebar-open', payload: {} }, { frameId: 0 }),
      tabId,
    );
    await expect.poll(() => frameVisible(page)).toBe(true);
    // Focus moved into the sidebar, which the page sees as its host element.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MC-SIDEBAR');
    await page.close();
  });

  it('a site turned off in the options gets nothing, and comes back when removed', async () => {
    const options = await openOptions(harness);
    await options.getByLabel('Site (hostname or address)').fill('127.0.0.1');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await options.getByRole('listitem').filter({ hasText: '127.0.0.1' }).waitFor();

    const page = await openPage(harness, '/news/russians-return-home.html');
    await settle(page);
    expect(await page.locator('mc-sidebar').count()).toBe(0);
    expect(await page.evaluate(() => CSS.highlights.get('mc-claim')?.size ?? 0)).toBe(0);
    expect(await badgeText(harness, await activeTabId(harness, page))).toBe('');

    await options.bringToFront();
    await options.getByRole('button', { name: /remove/i }).click();
    await page.reload();
    await waitForSidebar(page, harness.browser.extensionId);
    await options.close();
    await page.close();
  });

  it('pausing everywhere stops the extension on every page', async () => {
    const options = await openOptions(harness);
    const pause = options.getByRole('switch', { name: /pause everywhere/i });
    await pause.click();
    const page = await openPage(harness, '/news/men-fleeing-draft.html');
    await settle(page);
    expect(await page.locator('mc-sidebar').count()).toBe(0);
    await options.bringToFront();
    await pause.click();
    await options.close();
    await page.close();
  });
});
