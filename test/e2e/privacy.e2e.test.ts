import { expect, it } from 'vitest';
import { foreignRequests, readNetLog, type RecordedRequest } from './network-recorder';
import { activeTabId, openOptions, openPage, openPopup, useHarness, waitForSidebar } from './harness';

/**
 * The harness records every request of every target (CDP) and of the whole browser from its
 * start (NetLog), and fails any test file whose browser sent one outside 127.0.0.1 and the
 * pack URL. These tests prove the recording sees what it must: the service worker, pages,
 * the sidebar's frame, the popup and the options page.
 */
const harness = useHarness();

/** Another name for the test server: the same machine, but not the allowed host, so the recorder must flag it. */
const foreignUrl = (path: string) => `${harness.site.origin.replace('127.0.0.1', 'localhost')}/${path}`;
const isProbe = (request: RecordedRequest) => request.url.includes('/privacy-probe-');

it('sees every extension context: the worker, the article page, the sidebar frame, the popup and the options page', async () => {
  const article = await openPage(harness, '/news/men-fleeing-draft.html');
  await waitForSidebar(article, harness.browser.extensionId);
  const popup = await openPopup(harness, await activeTabId(harness, article));
  await popup.waitForSelector('text=/\\d+\\.\\d+\\.\\d+/');
  const options = await openOptions(harness);

  for (const type of ['service_worker', 'page', 'iframe']) expect(harness.network.attached.get(type), type).toBeGreaterThan(0);
  const urls = harness.network.requests.map((request) => `${request.targetType} ${request.url}`);
  expect(urls.some((url) => url.startsWith('page ') && url.includes('/news/men-fleeing-draft.html'))).toBe(true);
  // The frame's own document is fetched by its parent page; its scripts and styles by the frame's own target.
  expect(urls.some((url) => url.startsWith('page ') && url.includes('extension/sidebar/sidebar.html'))).toBe(true);
  expect(harness.network.requests.some((request) => request.targetType === 'iframe' && request.targetUrl.includes('extension/sidebar/sidebar.html'))).toBe(true);
  expect(urls.some((url) => url.includes('extension/popup/popup.html'))).toBe(true);
  expect(urls.some((url) => url.includes('extension/options/options.html'))).toBe(true);
  expect(foreignRequests(harness.network.requests, '')).toEqual([]);
  await Promise.all([options.close(), popup.close(), article.close()]);
});

it('catches a request to another host from the worker, the sidebar frame, the popup and a page (the control)', async () => {
  const article = await openPage(harness, '/news/men-fleeing-draft.html');
  const sidebar = await waitForSidebar(article, harness.browser.extensionId);
  const popup = await openPopup(harness, await activeTabId(harness, article));
  const worker = await harness.browser.worker();
  const probe = (url: string) => fetch(url).then(
    () => 'sent',
    () => 'sent',
  );
  await worker.evaluate(probe, foreignUrl('privacy-probe-worker'));
  await sidebar.evaluate(probe, foreignUrl('privacy-probe-sidebar'));
  await popup.evaluate(probe, foreignUrl('privacy-probe-popup'));
  await article.evaluate(probe, foreignUrl('privacy-probe-page'));
  await expect.poll(() => harness.network.requests.filter(isProbe).length).toBe(4);

  const caught = foreignRequests(harness.network.requests, '').filter(isProbe);
  expect(caught.map((request) => `${request.targetType} ${request.url.split('/').pop()}`).sort()).toEqual([
    'iframe privacy-probe-sidebar',
    'page privacy-probe-page',
    'page privacy-probe-popup',
    'service_worker privacy-probe-worker',
  ]);
  // Chromium's NetLog, which covers the browser's first moments too, saw them as well, each
  // from the extension's origin or the page's.
  await expect
    .poll(() => readNetLog(harness.netLogPath).filter(isProbe).map((request) => `${request.targetUrl} ${request.url.split('/').pop()}`).sort(), { timeout: 10_000 })
    .toEqual(
      [
        `${harness.site.origin} privacy-probe-page`,
        `chrome-extension://${harness.browser.extensionId} privacy-probe-popup`,
        `chrome-extension://${harness.browser.extensionId} privacy-probe-sidebar`,
        `chrome-extension://${harness.browser.extensionId} privacy-probe-worker`,
      ].sort(),
    );
  // The pack URL the reader configured is the one other address allowed.
  expect(foreignRequests(caught, foreignUrl('privacy-probe-worker')).map((request) => request.url)).not.toContain(foreignUrl('privacy-probe-worker'));
  // Made on purpose: removed, so that closing the harness does not fail this file.
  harness.network.take(isProbe);
  await Promise.all([popup.close(), article.close()]);
});
