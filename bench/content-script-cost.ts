import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../demo/launch-chromium';
import { median, percentile } from './stats';

/**
 * Main-thread time the extension adds to unrelated pages in real Chromium. The same real
 * pages (from ../shared/corpus, served on 127.0.0.1) load with an empty extension and with
 * ours; the empty extension measured against itself gives the noise floor of the same run.
 */
const corpus = resolve(process.argv[2] ?? '../shared/corpus');
const PAGE_COUNT = Number(process.env.BENCH_PAGES ?? 30);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const dist = resolve(process.argv[3] ?? 'dist');

function corpusPages(): Buffer[] {
  const dir = join(corpus, 'scrapinghub-aeb', 'pages');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html.gz'))
    .sort()
    .slice(0, PAGE_COUNT)
    .map((name) => gunzipSync(readFileSync(join(dir, name))));
}

function emptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mc-empty-extension-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Empty baseline',
      version: '1.0.0',
      content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle' }],
    }),
  );
  writeFileSync(join(dir, 'content.js'), '');
  return dir;
}

async function taskDuration(page: Page, url: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  // The content script runs when the page is idle: give it time to finish.
  await page.waitForTimeout(1_500);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  await cdp.detach();
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
}

async function openMeasuredPage(browser: ExtensionBrowser, origin: string): Promise<Page> {
  const page = await browser.context.newPage();
  // Only the local copy loads: third-party requests would add network noise.
  await page.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  return page;
}

const pages = corpusPages();
const server = createServer((request, response) => {
  const index = Number(/^\/(\d+)\.html$/.exec(request.url ?? '')?.[1] ?? -1);
  const body = pages[index];
  response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
  response.end(body ?? 'not found');
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

// The three browsers run side by side and take turns on each page, so drift over the run
// (caches, thermal state, other load) falls on all of them alike.
const empty = emptyExtension();
const setups = [
  ['empty A', empty],
  ['extension', dist],
  ['empty B', empty],
] as const;
const browsers = await Promise.all(setups.map(([, extension]) => launchWithExtension(extension, { hasWorker: extension !== empty })));
const tabs = await Promise.all(browsers.map((browser) => openMeasuredPage(browser, origin)));
const results: Record<string, number[]> = Object.fromEntries(setups.map(([label]) => [label, []]));
for (let round = 0; round < ROUNDS; round += 1) {
  for (let index = 0; index < pages.length; index += 1) {
    for (const [position, [label]] of setups.entries()) {
      results[label]!.push(await taskDuration(tabs[position]!, `${origin}/${index}.html`));
    }
  }
}
await Promise.all(browsers.map((browser) => browser.close()));
server.close();

const paired = (a: number[], b: number[]) => a.map((value, index) => value - (b[index] ?? 0));
const noise = paired(results['empty B']!, results['empty A']!);
const added = paired(results.extension!, results['empty A']!);
console.log(`Main-thread TaskDuration over ${pages.length} real pages × ${ROUNDS} rounds (ms)`);
for (const [label, values] of Object.entries(results)) {
  console.log(`  ${label.padEnd(10)} median ${median(values).toFixed(1)}  p95 ${percentile(values, 95).toFixed(1)}`);
}
console.log(`  added by the extension: median ${median(added).toFixed(2)} ms; empty vs empty (noise): median ${median(noise).toFixed(2)} ms`);
console.log(`  ratio extension / empty: ${(median(results.extension!) / median(results['empty A']!)).toFixed(3)}`);
