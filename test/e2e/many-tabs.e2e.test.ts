import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { activeTabId, useHarness, waitForSidebar } from './harness';
import { openManyTabs, relevantArticlePaths } from './many-tabs';
import { WorkerHeap } from './worker-heap';

/**
 * Load: 30 tabs (about the most this machine's headless Chromium holds) open relevant
 * articles at the same moment. Every tab gets its sidebar, its own claims and its own badge,
 * and once they close the worker holds no more than before. The time to the last sidebar is
 * measured by `npm run bench` (bench/many-tabs.ts), not asserted here.
 */
const TABS = 30;
const harness = useHarness();

interface TabReport {
  url: string;
  badge: string;
  excerpts: string[];
}

/** What the background holds for each tab (tab ids found by bringing each page to the front). */
async function tabReports(pages: Page[], tabIds: number[]): Promise<TabReport[]> {
  const worker = await harness.browser.worker();
  const held = await worker.evaluate(
    async (ids) =>
      Promise.all(
        ids.map(async (tabId) => {
          const key = `tab:${tabId}`;
          const state = (await chrome.storage.session.get(key))[key] as { anchored?: Array<{ excerpt: string }> } | undefined;
          return { badge: await chrome.action.getBadgeText({ tabId }), excerpts: (state?.anchored ?? []).map((claim) => claim.excerpt) };
        }),
      ),
    tabIds,
  );
  return held.map((report, i) => ({ url: pages[i]?.url() ?? '', ...report }));
}

const painted = (page: Page) => page.evaluate(() => CSS.highlights.get('mc-claim')?.size ?? 0);
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

async function tabStateKeys(): Promise<string[]> {
  const worker = await harness.browser.worker();
  return worker.evaluate(async () => Object.keys(await chrome.storage.session.get(null)).filter((key) => key.startsWith('tab:')));
}

it(`${TABS} tabs opened at once each get their sidebar, their own claims and badge; the worker's memory returns to its baseline`, async () => {
  const heap = await WorkerHeap.connect(harness.debuggingPort);
  // Warm up with every article once, so the baseline already holds the code and caches that
  // articles in every language bring in (a first round adds about 200 KB, later rounds ~10 KB).
  const warm = await openManyTabs(harness.browser.context, harness.site.origin, harness.browser.extensionId, relevantArticlePaths().length);
  await Promise.all(warm.pages.map((page) => page.close()));
  await expect.poll(tabStateKeys, { timeout: 15_000 }).toEqual([]);
  const baseline = await heap.measure(harness.browser.extensionId);

  const { pages } = await openManyTabs(harness.browser.context, harness.site.origin, harness.browser.extensionId, TABS);
  const tabIds: number[] = [];
  for (const page of pages) tabIds.push(await activeTabId(harness, page));
  // Anchoring may finish after the sidebar shows: each tab settles on its own count.
  await expect
    .poll(
      async () => {
        const reports = await tabReports(pages, tabIds);
        const counts = await Promise.all(pages.map(painted));
        return reports.filter((report, i) => report.badge !== String(counts[i]) || report.excerpts.length !== counts[i] || counts[i] === 0).map((report) => report.url);
      },
      { timeout: 120_000, interval: 1_000 },
    )
    .toEqual([]);

  const reports = await tabReports(pages, tabIds);
  for (const [i, page] of pages.entries()) {
    const report = reports[i] as TabReport;
    // Its own claims: every sentence the background holds for this tab is in this tab's article.
    const text = squeeze(await page.evaluate(() => document.body.textContent ?? ''));
    for (const excerpt of report.excerpts) expect(text, report.url).toContain(squeeze(excerpt).slice(0, 80));
    // The same article in two tabs gives the same claims; different articles, different ones.
    const twin = reports.findIndex((other, j) => j !== i && other.url.split('?')[0] === report.url.split('?')[0]);
    if (twin >= 0) expect(reports[twin]?.excerpts, report.url).toEqual(report.excerpts);
    const sidebar = await waitForSidebar(page, harness.browser.extensionId);
    expect(squeeze(await sidebar.locator('body').innerText()), report.url).toContain(squeeze(report.excerpts[0] as string).slice(0, 40));
  }
  expect(new Set(reports.map((report) => report.excerpts.join('|'))).size).toBe(relevantArticlePaths().length);

  await Promise.all(pages.map((page) => page.close()));
  await expect.poll(tabStateKeys, { timeout: 15_000 }).toEqual([]);
  const after = await heap.measure(harness.browser.extensionId);
  heap.close();
  // The same worker throughout (a restarted one would start from scratch and prove nothing).
  expect(after.targetId).toBe(baseline.targetId);
  // Within 5% (about 100 KB): a leak of 4 KB per tab would already show.
  expect(after.usedBytes, `baseline ${baseline.usedBytes} B, after ${after.usedBytes} B`).toBeLessThan(baseline.usedBytes * 1.05);
}, 300_000);
