import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, waitForSidebar } from './launch-chromium';
import { startDemoSite } from './demo-site';
import { SEED_ARTICLES } from './seed-page';

/**
 * `npm start`: builds the extension, serves the demo site on 127.0.0.1 and opens Chromium with
 * the extension on the seed articles. Without a display it runs headless, saves screenshots of
 * the sidebar and the popup, prints where, and exits.
 */
const OUTPUT = resolve('demo-output');
const headless = !process.env.DISPLAY || process.argv.includes('--headless');

execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
const site = await startDemoSite(Number(process.env.DEMO_PORT ?? 8047));
console.log(`Demo site: ${site.origin}/`);
const browser = await launchWithExtension('dist', { headless });

const pages = [];
for (const seed of SEED_ARTICLES) {
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/news/${seed.slug}.html`);
  pages.push({ page, seed });
}

if (headless) {
  mkdirSync(OUTPUT, { recursive: true });
  for (const { page, seed } of pages) {
    await page.bringToFront();
    await waitForSidebar(page, browser.extensionId);
    await page.waitForTimeout(1_500);
    const file = `${OUTPUT}/sidebar-${seed.slug}.png`;
    await page.screenshot({ path: file });
    console.log(`Saved ${file}`);
  }
  const first = pages[0]!.page;
  await first.bringToFront();
  const worker = await browser.worker();
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/extension/popup/popup.html?tabId=${tabId}`);
  await popup.waitForTimeout(1_500);
  const popupFile = `${OUTPUT}/popup.png`;
  await popup.screenshot({ path: popupFile, fullPage: true });
  console.log(`Saved ${popupFile}`);
  await browser.close();
  await site.close();
} else {
  console.log('Chromium is open with the extension loaded. Close the browser window to stop.');
  browser.context.on('close', () => void site.close());
}
