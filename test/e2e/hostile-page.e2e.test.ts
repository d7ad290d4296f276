import { expect, it } from 'vitest';
import { openPage, sidebarFrame, useHarness, waitForSidebar } from './harness';

const harness = useHarness();

it('a hostile page can neither read nor restyle the sidebar, nor talk to the background', async () => {
  const page = await openPage(harness, '/news/men-fleeing-draft.html');
  const frame = await waitForSidebar(page, harness.browser.extensionId);
  const probe = await page.evaluate(async (extensionId) => {
    const style = document.createElement('style');
    style.textContent = 'mc-sidebar, mc-sidebar * , iframe { display: none !important; visibility: hidden !important; }';
    document.head.append(style);
    const host = document.querySelector('mc-sidebar');
    let attachRefused = false;
    try {
      host?.attachShadow({ mode: 'open' });
    } catch {
      attachRefused = true;
    }
    const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
    let readFrame = 'unreadable';
    try {
      readFrame = [...document.querySelectorAll('iframe')].map((f) => f.contentDocument?.body?.textContent ?? '').join('');
    } catch {
      readFrame = 'unreadable';
    }
    // Any extension message a page could fake must go through runtime.sendMessage, which pages lack.
    return {
      shadowRoot: host?.shadowRoot ?? null,
      attachRefused,
      canMessage: typeof runtime?.sendMessage === 'function',
      iframesVisibleToPage: document.querySelectorAll('iframe').length,
      readFrame,
      extensionId,
    };
  }, harness.browser.extensionId);
  expect(probe.shadowRoot).toBeNull();
  expect(probe.attachRefused).toBe(true);
  expect(probe.canMessage).toBe(false);
  expect(probe.iframesVisibleToPage).toBe(0);
  expect(probe.readFrame).toBe('');
  // The page's !important rules do not reach the sidebar.
  const box = await (await frame.frameElement()).boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(100);
  await page.close();
});

it('a page cannot frame the sidebar page itself (it is reachable only through a per-session URL)', async () => {
  const page = await openPage(harness, '/fixtures/pages/unrelated-news.html');
  await page.evaluate((extensionId) => {
    const frame = document.createElement('iframe');
    frame.src = `chrome-extension://${extensionId}/extension/sidebar/sidebar.html`;
    document.body.append(frame);
  }, harness.browser.extensionId);
  await page.waitForTimeout(1_500);
  expect(sidebarFrame(page, harness.browser.extensionId)).toBeUndefined();
  await page.close();
});
