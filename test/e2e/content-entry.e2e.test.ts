import { expect, it } from 'vitest';
import { activeTabId, openPage, settle, useHarness, waitForSidebar } from './harness';

const harness = useHarness();

/** The extension files the page has fetched (the controller and what it loads come from chrome-extension: URLs). */
function watchChunks(page: import('playwright-core').Page): string[] {
  const loaded: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith('chrome-extension://')) loaded.push(request.url().split('/').pop() ?? '');
  });
  return loaded;
}

it('an unrelated page stops at the pre-filter, and still opens the sidebar when the reader asks for it', async () => {
  const page = await harness.browser.context.newPage();
  const loaded = watchChunks(page);
  await page.goto(`${harness.site.origin}/fixtures/pages/unrelated-news.html`);
  await settle(page);
  // The first chunk is one classic script the browser injects: the page fetched nothing from
  // the extension, no loader, no module, no controller; and nothing was written into it.
  // (The message below proves that script ran in this page.)
  expect(loaded).toEqual([]);
  expect(await page.locator('mc-sidebar').count()).toBe(0);

  // The toolbar popup and the shortcut send this message: the first chunk loads the controller for it.
  const tabId = await activeTabId(harness, page);
  const worker = await harness.browser.worker();
  const reply = await worker.evaluate(
    (id) => chrome.tabs.sendMessage(id, { type: 'background:set-sidebar-open', payload: { open: true } }, { frameId: 0 }),
    tabId,
  );
  expect(reply).toEqual({ ok: true, value: { open: true } });
  await waitForSidebar(page, harness.browser.extensionId);
  expect(loaded.some((name) => name.startsWith('page-controller'))).toBe(true);
  await page.close();
});

it('an article loads the controller and gets its sidebar (the control for the test above)', async () => {
  const page = await openPage(harness, '/news/men-fleeing-draft.html');
  await waitForSidebar(page, harness.browser.extensionId);
  expect(await page.evaluate(() => CSS.highlights.get('mc-claim')?.size ?? 0)).toBeGreaterThan(0);
  await page.close();
});

it('answers a malformed message with an error and shows nothing', async () => {
  const page = await openPage(harness, '/fixtures/pages/non-article.html');
  await settle(page);
  const tabId = await activeTabId(harness, page);
  const worker = await harness.browser.worker();
  const reply = (await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'background:no-such-thing', payload: {} }, { frameId: 0 }), tabId)) as {
    ok: boolean;
  };
  expect(reply.ok).toBe(false);
  expect(await page.locator('mc-sidebar').count()).toBe(0);
  await page.close();
});
