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
 * Every measured visit is traced (a light set of categories, the same in all three browsers):
 * beside each page's main-thread time (CDP TaskDuration, wall time: on a busy machine it counts
 * the page's waits for a core) stands the thread CPU time of the page's main-thread tasks (the
 * trace's `tdur`), which holds still under load; long tasks running extension code and the time
 * in extension scripts come from the same traces.
 *
 * BENCH_PAGES (default 30) unrelated real pages × BENCH_ROUNDS (default 2), and the topic
 * articles (seeds and test/fixtures/articles; BENCH_ARTICLES limits them) × BENCH_ARTICLE_ROUNDS
 * (default 2).
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../demo/launch-chromium';
import { launchBenchBrowser } from './bench-browser';
import { startBenchSite, type BenchPage } from './bench-site';
import { extensionShown as shownWith, highlightCount, matchedLanguages, mirrorLooks } from './extension-shown';
import { emptyExtension } from './empty-extension';
import { LIGHT_CATEGORIES, longTasks } from './extension-long-tasks';
import { inFreshTab, measureTracedVisit, measureVisit, type VisitCost, type VisitOptions } from './measure-visit';
import { pageTaskTime } from './page-tasks';
import { median, percentile } from './stats';

const corpus = resolve(process.argv[2] ?? '../shared/corpus');
const dist = resolve(process.argv[3] ?? 'dist');
const PAGE_COUNT = Number(process.env.BENCH_PAGES ?? 30);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const ARTICLE_ROUNDS = Number(process.env.BENCH_ARTICLE_ROUNDS ?? 2);
const ARTICLE_COUNT = process.env.BENCH_ARTICLES ? Number(process.env.BENCH_ARTICLES) : Number.POSITIVE_INFINITY;
const MATCHED_LANGUAGES = matchedLanguages(dist);
/** The sidebar, and the highlights on articles in a language the pack has claim matchers for. */
const extensionShown = (page: Page, timeout: number) => shownWith(page, MATCHED_LANGUAGES, timeout);

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
  return { label, browser: await launchBenchBrowser(extension, hasWorker) };
}

/** One traced visit: its main-thread time, its tasks' thread CPU time, its heap, and what the trace says of extension code. */
interface TracedCost extends VisitCost {
  cpuMs: number;
  /** Long tasks (> 50 ms) that ran extension code, ms. */
  longByExtension: number[];
  /** Time in events naming an extension script, ms (a lower bound of its script time). */
  scriptMs: number;
}

type Costs = Record<Setup['label'], TracedCost[]>;

async function measurePages(setups: Setup[], origin: string, pages: BenchPage[], rounds: number, options: (setup: Setup, path: string) => VisitOptions): Promise<Costs> {
  const costs: Costs = { 'empty A': [], extension: [], 'empty B': [] };
  for (let round = 0; round < rounds; round += 1) {
    for (const { path } of pages) {
      for (const setup of setups) {
        const url = origin + path;
        costs[setup.label].push(
          await inFreshTab(setup.browser.context, async (page, cdp) => {
            const { events, ...cost } = await measureTracedVisit(page, cdp, url, options(setup, path), LIGHT_CATEGORIES);
            const tasks = longTasks(events, url);
            return { ...cost, cpuMs: pageTaskTime(events, url).cpuMs, longByExtension: tasks.extension, scriptMs: tasks.scriptMs };
          }),
        );
      }
    }
  }
  return costs;
}

const paired = (values: number[], baseline: number[]) => values.map((value, index) => value - (baseline[index] ?? Number.NaN));
const ms = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(1)} ms`;
const kb = (value: number) => `${value >= 0 ? '+' : ''}${(value / 1024).toFixed(0)} KB`;
const medianP90 = (values: number[], unit: (value: number) => string) => `${unit(median(values))} / ${unit(percentile(values, 90))}`;

/** Added against empty A: by the extension, and by empty B (the run's noise). */
interface Added {
  added: number[];
  noise: number[];
}

interface Figures {
  wall: Added;
  cpu: Added;
  heap: Added;
  /** Long tasks running extension code and the time in extension scripts, in ours and in empty A. */
  longByExtension: number[];
  longInEmpty: number[];
  scriptMs: number[];
  scriptMsInEmpty: number[];
}

function report(title: string, costs: Costs): Figures {
  const of = (label: Setup['label'], field: 'taskMs' | 'cpuMs' | 'heapBytes') => costs[label].map((cost) => cost[field]);
  const added = (field: 'taskMs' | 'cpuMs' | 'heapBytes'): Added => ({ added: paired(of('extension', field), of('empty A', field)), noise: paired(of('empty B', field), of('empty A', field)) });
  const figures: Figures = {
    wall: added('taskMs'),
    cpu: added('cpuMs'),
    heap: added('heapBytes'),
    longByExtension: costs.extension.flatMap((cost) => cost.longByExtension),
    longInEmpty: costs['empty A'].flatMap((cost) => cost.longByExtension),
    scriptMs: costs.extension.map((cost) => cost.scriptMs),
    scriptMsInEmpty: costs['empty A'].map((cost) => cost.scriptMs),
  };
  console.log(`\n${title} (${costs['empty A'].length} visits per browser)`);
  for (const label of ['empty A', 'extension', 'empty B'] as const) {
    console.log(
      `  ${label.padEnd(9)}  main thread (TaskDuration) median ${median(of(label, 'taskMs')).toFixed(1)} ms, p90 ${percentile(of(label, 'taskMs'), 90).toFixed(1)} ms;` +
        ` thread CPU median ${median(of(label, 'cpuMs')).toFixed(1)} ms, p90 ${percentile(of(label, 'cpuMs'), 90).toFixed(1)} ms; heap median ${(median(of(label, 'heapBytes')) / 1024).toFixed(0)} KB`,
    );
  }
  const line = (name: string, { added: values, noise }: Added, unit: (value: number) => string) =>
    console.log(`  ${name.padEnd(28)} added median ${unit(median(values))}, p90 ${unit(percentile(values, 90))}; noise (empty B vs empty A) median ${unit(median(noise))}, p90 ${unit(percentile(noise, 90))}`);
  line('main thread (TaskDuration):', figures.wall, ms);
  line('thread CPU of its tasks:', figures.cpu, ms);
  line('heap after GC:', figures.heap, kb);
  const ratio = (field: 'taskMs' | 'cpuMs', label: Setup['label']) => (median(of(label, field)) / median(of('empty A', field))).toFixed(3);
  console.log(
    `  ratio of medians against empty A: main thread ${ratio('taskMs', 'extension')} (empty B ${ratio('taskMs', 'empty B')}),` +
      ` thread CPU ${ratio('cpuMs', 'extension')} (empty B ${ratio('cpuMs', 'empty B')})`,
  );
  console.log(
    `  long tasks (> 50 ms) running extension code: ${figures.longByExtension.length}` +
      (figures.longByExtension.length ? ` (longest ${Math.max(...figures.longByExtension).toFixed(0)} ms)` : '') +
      ` (empty extension: ${figures.longInEmpty.length});` +
      ` time in extension scripts (traced lower bound) median ${median(figures.scriptMs).toFixed(1)} ms, p90 ${percentile(figures.scriptMs, 90).toFixed(1)} ms (empty extension: median ${median(figures.scriptMsInEmpty).toFixed(1)} ms)`,
  );
  return figures;
}

const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const site = await startBenchSite(corpus, PAGE_COUNT);
const articlePages = site.articles.slice(0, ARTICLE_COUNT);
const empty = emptyExtension();
const setups = [await launch('empty A', empty, false), await launch('extension', dist, true), await launch('empty B', empty, false)];
const extension = setups[1]!;
try {
  const seedUrl = site.origin + site.articles[0]!.path;
  const highlights = await proveExtensionRuns(extension, seedUrl);
  console.log(`Control: the extension showed its sidebar and ${highlights} highlights on a seed article in the measured browser.`);

  const unrelated = await measurePages(setups, site.origin, site.unrelated, ROUNDS, () => ({}));
  const unrelatedFigures = report(`Unrelated real pages: ${site.unrelated.length} pages × ${ROUNDS} rounds (at ${seconds()})`, unrelated);

  // On topic articles the extension's browser waits for its sidebar and highlights before
  // settling, looking at the page every 50 ms. Each look is a task on the page's main thread, so
  // the empty extension's pages get as many looks as the extension's page needed on that
  // article in an unmeasured visit first; otherwise the bench's own polling would count as ours.
  const looksNeeded = new Map<string, number>();
  for (const { path } of articlePages) {
    await inFreshTab(extension.browser.context, (page, cdp) =>
      measureVisit(page, cdp, site.origin + path, { until: async (visited) => void looksNeeded.set(path, (await extensionShown(visited, 8_000)).looks) }),
    );
  }
  let shown = 0;
  const articles = await measurePages(setups, site.origin, articlePages, ARTICLE_ROUNDS, (setup, path) =>
    setup === extension
      ? { until: async (page) => void (shown += (await extensionShown(page, 8_000)).shown ? 1 : 0) }
      : { until: (page) => mirrorLooks(page, looksNeeded.get(path) ?? 1) },
  );
  const looks = [...looksNeeded.values()];
  console.log(`\n  looks at each article's page until the extension showed its work: median ${median(looks)}, p90 ${percentile(looks, 90)}; the empty extension's pages get as many`);
  const articleFigures = report(`Articles about the topic: ${articlePages.length} pages × ${ARTICLE_ROUNDS} rounds (at ${seconds()})`, articles);
  console.log(`  the sidebar (and highlights, in the ${MATCHED_LANGUAGES.size} languages with claim matchers) appeared on ${shown} of ${articlePages.length * ARTICLE_ROUNDS} article visits`);

  // The control again, after the run: the extension still worked in the browser that was measured.
  await proveExtensionRuns(extension, seedUrl);
  console.log(`\nSummary (added against the empty extension, median / p90; noise = empty B vs empty A of this run):`);
  const line = (name: string, figures: Figures) => {
    console.log(`  ${name}:`);
    console.log(`    main thread (TaskDuration) ${medianP90(figures.wall.added, ms)} (noise ${medianP90(figures.wall.noise, ms)})`);
    console.log(`    thread CPU of its tasks    ${medianP90(figures.cpu.added, ms)} (noise ${medianP90(figures.cpu.noise, ms)})`);
    console.log(`    heap                       ${medianP90(figures.heap.added, kb)} (noise ${medianP90(figures.heap.noise, kb)})`);
    console.log(`    time in extension scripts  ${median(figures.scriptMs).toFixed(1)} / ${percentile(figures.scriptMs, 90).toFixed(1)} ms (traced lower bound)`);
  };
  line('unrelated pages', unrelatedFigures);
  line('topic articles', articleFigures);
  console.log(`  long tasks > 50 ms from the extension on topic articles: ${articleFigures.longByExtension.length}`);
  console.log(`  (bench took ${seconds()})`);
} finally {
  await Promise.all(setups.map((setup) => setup.browser.close()));
  await site.close();
}
