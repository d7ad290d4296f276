import { describe, expect, it } from 'vitest';
import {
  activeTabId,
  badgeText,
  expectNoSidebar,
  openPage,
  openPopup,
  stopServiceWorker,
  useHarness,
  waitForSidebar,
} from './harness';

const harness = useHarness();

describe('on the seed articles', () => {
  it.each(['/news/russians-return-home.html', '/news/men-fleeing-draft.html'])('%s gets a sidebar filled from IndexedDB', async (path) => {
    const page = await openPage(harness, path);
    const frame = await waitForSidebar(page, harness.browser.extensionId);
    expect(await page.locator('mc-sidebar').count()).toBe(1);
    // Opening by itself, it leaves focus in the page.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    // The host's shadow root is closed: the page cannot reach into it.
    expect(await page.evaluate(() => document.querySelector('mc-sidebar')?.shadowRoot ?? null)).toBeNull();
    // Facts and cross-source answers come from the pack in IndexedDB.
    await frame.waitForSelector('text=/Decree|decree/', { timeout: 10_000 });
    const text = await frame.locator('body').innerText();
    expect(text).toMatch(/Peskov|Shoigu|Forbes/);
    await page.close();
  });

  it('docks beside the article without covering its text on a wide window', async () => {
    const page = await openPage(harness, '/news/men-fleeing-draft.html');
    const frame = await waitForSidebar(page, harness.browser.extensionId);
    const sidebarBox = await (await frame.frameElement()).boundingBox();
    const articleBox = await page.locator('article').boundingBox();
    expect(sidebarBox && articleBox).toBeTruthy();
    expect(articleBox!.x + articleBox!.width).toBeLessThanOrEqual(sidebarBox!.x + 1);
    await page.close();
  });

  it('is a drawer on a narrow window, and can be closed and reopened', async () => {
    const page = await openPage(harness, '/news/russians-return-home.html');
    await page.setViewportSize({ width: 700, height: 900 });
    const frame = await waitForSidebar(page, harness.browser.extensionId);
    const box = await (await frame.frameElement()).boundingBox();
    expect(box!.width).toBeLessThanOrEqual(700);
    // No page margin is taken on narrow windows: the drawer lies over the page.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('0px');

    await frame.getByRole('button', { name: /close/i }).first().click();
    await expect.poll(async () => (await (await frame.frameElement()).boundingBox()) === null).toBe(true);

    const tabId = await activeTabId(harness, page);
    const worker = await harness.browser.worker();
    const reopened = await worker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { type: 'background:set-sidebar-open', payload: { open: true } }, { frameId: 0 }),
      tabId,
    );
    expect(reopened).toEqual({ ok: true, value: { open: true } });
    await expect.poll(async () => (await (await frame.frameElement()).boundingBox())?.width ?? 0).toBeGreaterThan(100);
    await page.close();
  });

  it('sets the badge and the popup summarises the tab', async () => {
    const page = await openPage(harness, '/news/russians-return-home.html');
    await waitForSidebar(page, harness.browser.extensionId);
    const tabId = await activeTabId(harness, page);
    await expect.poll(() => badgeText(harness, tabId), { timeout: 10_000 }).toMatch(/^[1-9]\d*$/);
    const badge = await badgeText(harness, tabId);

    const popup = await openPopup(harness, tabId);
    await popup.waitForSelector('text=/\\d+\\.\\d+\\.\\d+/');
    const summary = await popup.locator('body').innerText();
    expect(summary).toMatch(/news article about Russia.s 2022 mobilization/);
    expect(summary).toContain(`Claims found in this article: ${badge}`);
    expect(summary).toMatch(/How many people left Russia/);
    // The sidebar opened by itself, and the popup knows it.
    expect(await popup.getByRole('button', { name: 'Close sidebar' }).count()).toBe(1);
    await popup.close();
    await page.close();
  });
});

describe('on other pages', () => {
  it.each([
    '/fixtures/pages/unrelated-news.html',
    '/fixtures/pages/other-mobilization.html',
    '/fixtures/pages/non-article.html',
  ])('%s gets no sidebar and no badge', async (path) => {
    await expectNoSidebar(harness, path);
  });
});

describe('after the service worker stops', () => {
  it('a newly opened article still gets its sidebar from the same data', async () => {
    const first = await openPage(harness, '/news/men-fleeing-draft.html');
    await waitForSidebar(first, harness.browser.extensionId);
    await stopServiceWorker(first);
    await first.close();

    const page = await openPage(harness, '/news/russians-return-home.html');
    const frame = await waitForSidebar(page, harness.browser.extensionId);
    await frame.waitForSelector('text=/Peskov|Shoigu/', { timeout: 15_000 });
    await page.close();
  });
});
