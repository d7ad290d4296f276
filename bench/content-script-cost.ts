/**
 * What the content script costs the pages a reader opens, in real Chromium
 * (`npx tsx bench/content-script-cost.ts <corpus dir> <built extension dir>`).
 *
 * Three browsers take turns on every page: an EMPTY extension (A), ours, and the empty one
 * again (B), so drift over the run (caches, other load on the machine) falls on all alike,
 * and B against A is the noise of this very run. Nothing is intercepted: the pages are local,
 * and every other host name fails to resolve, so no request leaves the machine and the
 * content script's own code (which crxjs loads with import(chrome.runtime.getURL(...))) loads
 * as it does for a reader. A control first proves the extension runs in this browser: a seed
 * article must get its sidebar and its highlights, or the benchmark stops.
 *
 * BENCH_PAGES (default 30) unrelated real pages × BENCH_ROUNDS (default 2), and the topic
 * articles (seeds and test/fixtures/articles) × BENCH_ARTICLE_ROUNDS (default 2); then a traced
 * pass over the articles and BENCH_TRACED_PAGES (default 15) unrelated pages.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../demo/launch-chromium';
import { waitForPublishedLexicon } from './published-lexicon';
import { startBenchSite, type BenchPage } from './bench-site';
import { extensionShown as shownWith, highlightCount, matchedLanguages, mirrorLooks } from './extension-shown';
import { longTasks, startTrace } from './extension-long-tasks';
import { inFreshTab, measureVisit, type VisitCost, type VisitOptions } from './measure-visit';
import { median, percentile } from './stats';

const corpus = resolve(process.argv[2] ?? '../shared/corpus');
const dist = resolve(process.argv[3] ?? 'dist');
const PAGE_COUNT = Number(process.env.BENCH_PAGES ?? 30);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const ARTICLE_ROUNDS = Number(process.env.BENCH_ARTICLE_ROUNDS ?? 2);
/** Unrelated pages also traced for the extension's own script time. */
const TRACED_UNRELATED = Number(process.env.BENCH_TRACED_PAGES ?? 15);
const MATCHED_LANGUAGES = matchedLanguages(dist);
/** The sidebar, and the highlights on articles in a language the pack has claim matchers for. */
const extensionShown = (page: Page, timeout: number) => shownWith(page, MATCHED_LANGUAGES, timeout);

/**
 * Every host but the local one fails at once, so pages load without network and without
 * interception; and no back/forward cache: with a new tab per visit (measure-visit.ts), the
 * heap read after a page is that page's alone.
 */
const BROWSER_ARGS = ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1', '--disable-features=BackForwardCache'];

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

interface Setup {
  label: 'empty A' | 'extension' | 'empty B';
  browser: ExtensionBrowser;
}

/** The control: without it a benchmark can measure an extension whose code never ran. */
async function proveExtensionRuns(setup: Setup, url: string): Promise<number> {
  return inFreshTab(setup.browser.context, async (page) => {
    await page.goto(url, { waitUntil: 'load' });
    if (!(await extensionShown(page, 20_000)).shown) {
      throw new Error(`CONTROL FAILED: the extension showed no sidebar and no highlights on ${url}; the figures would be meaningless`);
    }
    return highlightCount(page);
  });
}

async function launch(label: Setup['label'], extension: string, hasWorker: boolean): Promise<Setup> {
  const browser = await launchWithExtension(extension, { hasWorker, args: BROWSER_ARGS });
  if (hasWorker) await waitForPublishedLexicon(browser);
  return { label, browser };
}

type Costs = Record<Setup['label'], VisitCost[]>;

async function measurePages(setups: Setup[], origin: string, pages: BenchPage[], rounds: number, options: (setup: Setup, path: string) => VisitOptions): Promise<Costs> {
  const costs: Costs = { 'empty A': [], extension: [], 'empty B': [] };
  for (let round = 0; round < rounds; round += 1) {
    for (const { path } of pages) {
      for (const setup of setups) {
        costs[setup.label].push(await inFreshTab(setup.browser.context, (page, cdp) => measureVisit(page, cdp, origin + path, options(setup, path))));
      }
    }
  }
  return costs;
}

const paired = (values: number[], baseline: number[]) => values.map((value, index) => value - (baseline[index] ?? Number.NaN));
const ms = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(1)} ms`;
const kb = (value: number) => `${value >= 0 ? '+' : ''}${(value / 1024).toFixed(0)} KB`;

function report(title: string, costs: Costs): { addedMs: number[]; noiseMs: number[]; addedHeap: number[]; noiseHeap: number[] } {
  const base = costs['empty A'];
  const task = (label: Setup['label']) => costs[label].map((cost) => cost.taskMs);
  const heap = (label: Setup['label']) => costs[label].map((cost) => cost.heapBytes);
  const addedMs = paired(task('extension'), task('empty A'));
  const noiseMs = paired(task('empty B'), task('empty A'));
  const addedHeap = paired(heap('extension'), heap('empty A'));
  const noiseHeap = paired(heap('empty B'), heap('empty A'));
  console.log(`\n${title} (${base.length} visits per browser)`);
  for (const label of ['empty A', 'extension', 'empty B'] as const) {
    console.log(
      `  ${label.padEnd(9)}  main thread median ${median(task(label)).toFixed(1)} ms, p90 ${percentile(task(label), 90).toFixed(1)} ms;` +
        ` heap median ${(median(heap(label)) / 1024).toFixed(0)} KB`,
    );
  }
  console.log(`  added by the extension: main thread median ${ms(median(addedMs))}, p90 ${ms(percentile(addedMs, 90))}; heap median ${kb(median(addedHeap))}, p90 ${kb(percentile(addedHeap, 90))}`);
  console.log(`  empty B vs empty A (noise): main thread median ${ms(median(noiseMs))}, p90 ${ms(percentile(noiseMs, 90))}; heap median ${kb(median(noiseHeap))}, p90 ${kb(percentile(noiseHeap, 90))}`);
  console.log(
    `  ratio extension / empty A (medians): main thread ${(median(task('extension')) / median(task('empty A'))).toFixed(3)}` +
      `, empty B / empty A ${(median(task('empty B')) / median(task('empty A'))).toFixed(3)}`,
  );
  return { addedMs, noiseMs, addedHeap, noiseHeap };
}

const started = Date.now();
const site = await startBenchSite(corpus, PAGE_COUNT);
const empty = emptyExtension();
const setups = [await launch('empty A', empty, false), await launch('extension', dist, true), await launch('empty B', empty, false)];
const extension = setups[1]!;
try {
  const seedUrl = site.origin + site.articles[0]!.path;
  const highlights = await proveExtensionRuns(extension, seedUrl);
  console.log(`Control: the extension showed its sidebar and ${highlights} highlights on a seed article in the measured browser.`);

  const unrelated = await measurePages(setups, site.origin, site.unrelated, ROUNDS, () => ({}));
  const unrelatedFigures = report(`Unrelated real pages: ${site.unrelated.length} pages × ${ROUNDS} rounds`, unrelated);

  // On topic articles the extension's browser waits for its sidebar and highlights before
  // settling, looking at the page every 50 ms. Each look is a task on the page's main thread, so
  // the empty extension's pages get as many looks as the extension's page needed on that
  // article in an unmeasured visit first; otherwise the bench's own polling would count as ours.
  const looksNeeded = new Map<string, number>();
  for (const { path } of site.articles) {
    await inFreshTab(extension.browser.context, (page, cdp) =>
      measureVisit(page, cdp, site.origin + path, { until: async (visited) => void looksNeeded.set(path, (await extensionShown(visited, 8_000)).looks) }),
    );
  }
  let shown = 0;
  const articles = await measurePages(setups, site.origin, site.articles, ARTICLE_ROUNDS, (setup, path) =>
    setup === extension
      ? { until: async (page) => void (shown += (await extensionShown(page, 8_000)).shown ? 1 : 0) }
      : { until: (page) => mirrorLooks(page, looksNeeded.get(path) ?? 1) },
  );
  const looks = [...looksNeeded.values()];
  console.log(`  looks at each article's page until the extension showed its work: median ${median(looks)}, p90 ${percentile(looks, 90)}; the empty extension's pages get as many`);
  const articleFigures = report(`Articles about the topic: ${site.articles.length} pages × ${ARTICLE_ROUNDS} rounds`, articles);
  console.log(`  the sidebar (and highlights, in the ${MATCHED_LANGUAGES.size} languages with claim matchers) appeared on ${shown} of ${site.articles.length * ARTICLE_ROUNDS} article visits`);

  // A traced pass, ours against empty A (tracing slows pages, so it is not part of the timings
  // above): long tasks running extension code on the articles, and the time spent in events
  // naming extension scripts on articles and on the first unrelated pages.
  const traced = async (pages: BenchPage[], waitForOverlays: boolean) => {
    const result = { long: [] as number[], longInEmpty: [] as number[], scriptMs: [] as number[], scriptMsInEmpty: [] as number[] };
    for (const { path } of pages) {
      for (const setup of [setups[0]!, extension]) {
        const ours = setup === extension;
        const events = await inFreshTab(setup.browser.context, async (page, cdp) => {
          const stop = await startTrace(cdp);
          await measureVisit(
            page,
            cdp,
            site.origin + path,
            !waitForOverlays ? {} : ours ? { until: async (shownIn) => void (await extensionShown(shownIn, 8_000)) } : { until: (shownIn) => mirrorLooks(shownIn, looksNeeded.get(path) ?? 1) },
          );
          return stop();
        });
        const tasks = longTasks(events, site.origin + path);
        (ours ? result.long : result.longInEmpty).push(...tasks.extension);
        (ours ? result.scriptMs : result.scriptMsInEmpty).push(tasks.scriptMs);
      }
    }
    return result;
  };
  const articleTrace = await traced(site.articles, true);
  const unrelatedTrace = await traced(site.unrelated.slice(0, TRACED_UNRELATED), false);
  const longByExtension = articleTrace.long;
  console.log(
    `  long tasks (> 50 ms) running extension code, traced over ${site.articles.length} articles: ${longByExtension.length}` +
      (longByExtension.length ? ` (longest ${Math.max(...longByExtension).toFixed(0)} ms)` : '') +
      `; in the empty extension's browser: ${articleTrace.longInEmpty.length}`,
  );
  const scriptLine = (name: string, trace: typeof articleTrace, count: number) =>
    console.log(
      `  time in extension scripts (traced, ${count} ${name}): median ${median(trace.scriptMs).toFixed(1)} ms, p90 ${percentile(trace.scriptMs, 90).toFixed(1)} ms` +
        ` (empty extension: median ${median(trace.scriptMsInEmpty).toFixed(1)} ms)`,
    );
  scriptLine('articles', articleTrace, site.articles.length);
  scriptLine('unrelated pages', unrelatedTrace, Math.min(TRACED_UNRELATED, site.unrelated.length));

  // The control again, after the run: the extension still worked in the browser that was measured.
  await proveExtensionRuns(extension, seedUrl);
  console.log(`\nSummary (added against the empty extension, median / p90; noise = empty B vs empty A of this run):`);
  const line = (name: string, figures: ReturnType<typeof report>) =>
    console.log(
      `  ${name}: main thread ${ms(median(figures.addedMs))} / ${ms(percentile(figures.addedMs, 90))} (noise ${ms(median(figures.noiseMs))} / ${ms(percentile(figures.noiseMs, 90))}); ` +
        `heap ${kb(median(figures.addedHeap))} (noise ${kb(median(figures.noiseHeap))})`,
    );
  line('unrelated pages', unrelatedFigures);
  line('topic articles', articleFigures);
  console.log(`  long tasks > 50 ms from the extension on topic articles: ${longByExtension.length}`);
  console.log(
    `  time in extension scripts (traced lower bound), median / p90: unrelated pages ${median(unrelatedTrace.scriptMs).toFixed(1)} / ${percentile(unrelatedTrace.scriptMs, 90).toFixed(1)} ms,` +
      ` articles ${median(articleTrace.scriptMs).toFixed(1)} / ${percentile(articleTrace.scriptMs, 90).toFixed(1)} ms`,
  );
  console.log(`  (bench took ${((Date.now() - started) / 1000).toFixed(0)} s)`);
} finally {
  await Promise.all(setups.map((setup) => setup.browser.close()));
  await site.close();
}
