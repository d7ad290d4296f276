/**
 * What several builds cost unrelated pages, side by side in one run
 * (`npx tsx bench/unrelated-pages.ts <corpus dir> <built extension dir>...`): the empty
 * extension and each build take turns on every real unrelated page of the corpus, each visit in
 * a fresh tab, and each page's main-thread time (TaskDuration), its thread CPU time (the trace's
 * `tdur` over the page's tasks) and its heap after a forced garbage collection are read. Two
 * builds in one run compare a change under the same machine load, which the full bench
 * (`npm run bench`, one build) cannot. BENCH_PAGES (default 30) pages × BENCH_ROUNDS (default 2).
 * The control: every build named must show its sidebar and highlights on a seed article in
 * its own browser, or the run fails.
 */
import { resolve } from 'node:path';
import type { ExtensionBrowser } from '../demo/launch-chromium';
import { launchBenchBrowser } from './bench-browser';
import { startBenchSite } from './bench-site';
import { extensionShown, matchedLanguages } from './extension-shown';
import { emptyExtension } from './empty-extension';
import { pageTaskTime } from './page-tasks';
import { inFreshTab, measureTracedVisit } from './measure-visit';
import { median, percentile } from './stats';

const corpus = resolve(process.argv[2] ?? '../shared/corpus');
const builds = (process.argv.length > 3 ? process.argv.slice(3) : ['dist']).map((dir) => resolve(dir));
const PAGES = Number(process.env.BENCH_PAGES ?? 30);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
interface Entry {
  label: string;
  browser: ExtensionBrowser;
  taskMs: number[];
  cpuMs: number[];
  heapKb: number[];
}

async function launch(label: string, extension: string, hasWorker: boolean): Promise<Entry> {
  return { label, browser: await launchBenchBrowser(extension, hasWorker), taskMs: [], cpuMs: [], heapKb: [] };
}

const site = await startBenchSite(corpus, PAGES);
const entries: Entry[] = [await launch('empty', emptyExtension(), false)];
for (const dir of builds) entries.push(await launch(dir, dir, true));
const [empty] = entries as [Entry];
try {
  // The control: each build shows its sidebar and highlights on a seed article in its browser.
  const seed = site.articles[0]!;
  for (const entry of entries.slice(1)) {
    const shown = await inFreshTab(entry.browser.context, async (page) => {
      await page.goto(site.origin + seed.path, { waitUntil: 'load' });
      return (await extensionShown(page, matchedLanguages(entry.label), 10_000)).shown;
    });
    if (!shown) throw new Error(`CONTROL FAILED: ${entry.label} showed no sidebar and highlights on ${seed.label}; the figures would be meaningless`);
  }
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const unrelated of site.unrelated) {
      const url = site.origin + unrelated.path;
      for (const entry of entries) {
        const { taskMs, cpuMs, heapKb } = await inFreshTab(entry.browser.context, async (page, cdp) => {
          const cost = await measureTracedVisit(page, cdp, url);
          return { taskMs: cost.taskMs, cpuMs: pageTaskTime(cost.events, url).cpuMs, heapKb: cost.heapBytes / 1024 };
        });
        entry.taskMs.push(taskMs);
        entry.cpuMs.push(cpuMs);
        entry.heapKb.push(heapKb);
      }
    }
  }
  const added = (entry: Entry, field: 'taskMs' | 'cpuMs' | 'heapKb') => entry[field].map((value, index) => value - empty[field][index]!);
  const line = (values: number[], unit: string) => `median ${median(values).toFixed(1)} ${unit}, p90 ${percentile(values, 90).toFixed(1)} ${unit}`;
  console.log(`${empty.taskMs.length} visits per browser (${PAGES} unrelated pages × ${ROUNDS} rounds); the empty extension's TaskDuration median ${median(empty.taskMs).toFixed(1)} ms, heap median ${median(empty.heapKb).toFixed(0)} KB`);
  for (const entry of entries.slice(1)) {
    console.log(`\n${entry.label}, added against the empty extension:`);
    console.log(`  main-thread time (TaskDuration): ${line(added(entry, 'taskMs'), 'ms')}`);
    console.log(`  thread CPU of the page's tasks:  ${line(added(entry, 'cpuMs'), 'ms')}`);
    console.log(`  heap after GC:                   ${line(added(entry, 'heapKb'), 'KB')}`);
  }
} finally {
  await Promise.all(entries.map((entry) => entry.browser.close()));
  await site.close();
}
