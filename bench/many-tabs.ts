import { resolve } from 'node:path';
import { launchWithExtension, waitForPackInstalled, waitForSidebar } from '../demo/launch-chromium';
import { startDemoSite } from '../demo/demo-site';
import { openManyTabs, relevantArticlePaths } from '../test/e2e/many-tabs';
import { median } from './stats';

/**
 * 30 tabs (about the most this machine's headless Chromium holds) sent to relevant articles
 * at the same moment: the time until the last sidebar rendered, against the time the same 30
 * pages took to load and against one article opened alone, all measured in this run. The
 * end-to-end test (test/e2e/many-tabs.e2e.test.ts) checks that every tab is right.
 */
const TABS = Number(process.env.BENCH_TABS ?? 30);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const dist = resolve(process.argv[2] ?? 'dist');

const site = await startDemoSite();
const browser = await launchWithExtension(dist);
try {
  await waitForPackInstalled(browser);
  const single: number[] = [];
  const loaded: number[] = [];
  const lastSidebar: number[] = [];
  // One round of each article first, so every round after it finds the same warm caches.
  const warm = await openManyTabs(browser.context, site.origin, browser.extensionId, relevantArticlePaths().length);
  await Promise.all(warm.pages.map((page) => page.close()));
  for (let round = 0; round < ROUNDS; round++) {
    const page = await browser.context.newPage();
    const start = performance.now();
    await page.goto(`${site.origin}${relevantArticlePaths()[round % relevantArticlePaths().length]}?alone=${round}`);
    await waitForSidebar(page, browser.extensionId, 60_000);
    single.push(performance.now() - start);
    await page.close();

    const tabs = await openManyTabs(browser.context, site.origin, browser.extensionId, TABS);
    loaded.push(tabs.allLoadedMs);
    lastSidebar.push(tabs.lastSidebarMs);
    await Promise.all(tabs.pages.map((tab) => tab.close()));
  }
  const ms = (value: number) => `${Math.round(value)} ms`;
  console.log(`${TABS} tabs opened at once on ${relevantArticlePaths().length} relevant articles, median of ${ROUNDS} rounds`);
  console.log(`  all ${TABS} pages loaded:     ${ms(median(loaded))}`);
  console.log(`  last sidebar rendered:    ${ms(median(lastSidebar))} (${(median(lastSidebar) / median(loaded)).toFixed(1)}× the page loads)`);
  console.log(`  one article alone:        ${ms(median(single))} to its sidebar (the ${TABS} tabs: ${(median(lastSidebar) / median(single)).toFixed(1)}×)`);
  console.log(`  rounds: ${lastSidebar.map(ms).join(', ')}`);
} finally {
  await browser.close();
  await site.close();
}
