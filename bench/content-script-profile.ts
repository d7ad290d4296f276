/**
 * Where the content script spends its time on unrelated pages, for several builds side by side
 * (`npx tsx bench/content-script-profile.ts <corpus dir> <built extension dir>...`): each build's
 * browser takes its turn on every real unrelated page of the corpus, each visit in a fresh tab
 * under V8's sampling CPU profiler (the page's isolate, the content script's world included),
 * and the samples under a function of the extension's scripts are summed. In Chromium, not
 * Node: code that runs once per page runs in the interpreter, and only there do its costs show.
 * Prints, per build, the median per visit of the extension's script time and the functions
 * with the most self time (minified: named by their file, position and source). The profile's
 * times are wall time, inflated on a loaded machine; BENCH_PROFILE_MODE=trace reads instead the
 * thread CPU of the outermost trace events naming an extension script (the chunk's evaluation,
 * compile included, and the callbacks it registered), by event: the figure to compare builds
 * by. BENCH_PAGES (default 12) pages × BENCH_ROUNDS (default 3), builds alternating and the
 * first changing each round; BENCH_PROFILE_INTERVAL_US (default 50), BENCH_PROFILE_TOP (25),
 * BENCH_PROFILE_CALLERS (a function name whose callers are printed). BENCH_PROFILE_PAGES=articles
 * profiles topic articles instead (BENCH_PAGES of them), each visit kept until the build has
 * shown its sidebar and highlights: the page-thread work of detection, the sidebar's mount and
 * the overlays. The control: every build must show its sidebar and highlights on a seed article first.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../demo/launch-chromium';
import { launchBenchBrowser } from './bench-browser';
import { startBenchSite } from './bench-site';
import { extensionShown, matchedLanguages } from './extension-shown';
import { inFreshTab, measureVisit } from './measure-visit';
import { median, percentile } from './stats';
import { LIGHT_CATEGORIES, startTrace, type TraceEvent } from './extension-long-tasks';
import { pageMainThread } from './page-tasks';

const corpus = resolve(process.argv[2] ?? '../shared/corpus');
const builds = (process.argv.length > 3 ? process.argv.slice(3) : ['dist']).map((dir) => resolve(dir));
const PAGES = Number(process.env.BENCH_PAGES ?? 12);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const INTERVAL_US = Number(process.env.BENCH_PROFILE_INTERVAL_US ?? 50);
/** A function whose callers are printed, to place a native or minified one. */
const CALLERS = process.env.BENCH_PROFILE_CALLERS;
/** No profiler: the thread CPU of the extension's script events instead (tracedVisit). */
const TRACE = process.env.BENCH_PROFILE_MODE === 'trace';
const ARTICLES = process.env.BENCH_PROFILE_PAGES === 'articles';
const callers = new Map<string, number>();
/** Trace mode: thread CPU by outermost event kind (and function), summed over the current build's visits. */
let eventCpu = new Map<string, number>();

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

interface Entry {
  label: string;
  dist: string;
  browser: ExtensionBrowser;
  /** Extension-rooted script time per visit, ms. */
  visitMs: number[];
  /** Self time by function over all visits, ms. */
  selfMs: Map<string, number>;
  /** Articles mode: visits whose sidebar and highlights never came, so their profile holds the wait, not the work. */
  notShown: number;
}

/** Self time of every node (its samples' time), and which nodes run under an extension script. */
function extensionTime(profile: Profile): { totalMs: number; self: Map<string, number> } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const isExtension = (node: ProfileNode) => node.callFrame.url.startsWith('chrome-extension://');
  const under = new Map<number, boolean>();
  const rooted = (id: number): boolean => {
    const known = under.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const up = parent.get(id);
    const result = isExtension(node) || (up !== undefined && rooted(up));
    under.set(id, result);
    return result;
  };
  const self = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    if (!rooted(id)) return;
    totalMs += ms;
    const { functionName, url, lineNumber, columnNumber } = byId.get(id)!.callFrame;
    if (CALLERS && functionName === CALLERS) {
      const stack: string[] = [];
      for (let up = parent.get(id); up !== undefined && stack.length < 4; up = parent.get(up)) stack.push(byId.get(up)!.callFrame.functionName || '(anonymous)');
      callers.set(stack.join(' < '), (callers.get(stack.join(' < ')) ?? 0) + ms);
    }
    const key = url ? `${url.replace(/^chrome-extension:\/\/[a-z]+\//, '')}:${lineNumber}:${columnNumber} ${functionName || '(anonymous)'}` : functionName;
    self.set(key, (self.get(key) ?? 0) + ms);
  });
  return { totalMs, self };
}

/**
 * Thread CPU of the outermost trace events on the page's main thread that name an extension
 * script (its evaluation, the callbacks it registered), ms: steadier than the profile's wall
 * time on a loaded machine, and with compile time in it.
 */
async function tracedVisit(page: Page, cdp: CDPSession, url: string, until?: (page: Page) => Promise<void>): Promise<number> {
  const stop = await startTrace(cdp, LIGHT_CATEGORIES);
  let events: TraceEvent[] = [];
  await measureVisit(page, cdp, url, {
    until,
    afterTasks: async () => {
      events = await stop();
    },
  });
  const { pid, tid } = pageMainThread(events, url);
  let coveredUntil = -1;
  let cpuMs = 0;
  for (const event of events.filter((each) => each.pid === pid && each.tid === tid && each.ph === 'X').sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    if (event.ts < coveredUntil || !JSON.stringify(event.args ?? {}).includes('chrome-extension://')) continue;
    coveredUntil = event.ts + (event.dur ?? 0);
    cpuMs += (event.tdur ?? event.dur ?? 0) / 1000;
    const data = (event.args as { data?: { functionName?: string } }).data;
    const key = `${event.name} ${data?.functionName ?? ''}`;
    eventCpu.set(key, (eventCpu.get(key) ?? 0) + (event.tdur ?? event.dur ?? 0) / 1000);
  }
  return cpuMs;
}

async function profiledVisit(page: Page, cdp: CDPSession, url: string, until?: (page: Page) => Promise<void>): Promise<Profile> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: INTERVAL_US });
  await cdp.send('Profiler.start');
  await measureVisit(page, cdp, url, { until });
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  return profile;
}

/** A few characters of the built file at a profile position, to name a minified function. */
function sourceAt(dist: string, key: string): string {
  const match = /^(\S+):(\d+):(\d+) /.exec(key);
  if (!match) return '';
  try {
    const line = readFileSync(join(dist, match[1]!), 'utf8').split('\n')[Number(match[2])] ?? '';
    return line.slice(Number(match[3]), Number(match[3]) + 70).replace(/\s+/g, ' ');
  } catch {
    return '';
  }
}

const site = await startBenchSite(corpus, ARTICLES ? 0 : PAGES);
const visited = ARTICLES ? site.articles.slice(0, PAGES) : site.unrelated;
const entries: Entry[] = [];
for (const dist of builds) entries.push({ label: dist, dist, browser: await launchBenchBrowser(dist, true), visitMs: [], selfMs: new Map(), notShown: 0 });
try {
  const seed = site.articles[0]!;
  for (const entry of entries) {
    const shown = await inFreshTab(entry.browser.context, async (page) => {
      await page.goto(site.origin + seed.path, { waitUntil: 'load' });
      return (await extensionShown(page, matchedLanguages(entry.dist), 10_000)).shown;
    });
    if (!shown) throw new Error(`CONTROL FAILED: ${entry.label} showed no sidebar and highlights on ${seed.label}`);
  }
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const visit of visited) {
      // Builds alternate on each page, and the first build changes every round.
      const order = entries.map((_, index) => entries[(index + round) % entries.length]!);
      for (const entry of order) {
        const until = ARTICLES
          ? async (page: Page) => {
              if (!(await extensionShown(page, matchedLanguages(entry.dist), 10_000)).shown) entry.notShown += 1;
            }
          : undefined;
        if (TRACE) {
          eventCpu = entry.selfMs;
          entry.visitMs.push(await inFreshTab(entry.browser.context, (page, cdp) => tracedVisit(page, cdp, site.origin + visit.path, until)));
          continue;
        }
        const profile = await inFreshTab(entry.browser.context, (page, cdp) => profiledVisit(page, cdp, site.origin + visit.path, until));
        const { totalMs, self } = extensionTime(profile);
        entry.visitMs.push(totalMs);
        for (const [key, ms] of self) entry.selfMs.set(key, (entry.selfMs.get(key) ?? 0) + ms);
      }
    }
  }
  for (const entry of entries) {
    const visits = entry.visitMs.length;
    console.log(`\n${entry.label}: ${TRACE ? 'thread CPU of extension script events' : 'extension-rooted script time (profile)'} per visit median ${median(entry.visitMs).toFixed(2)} ms, p90 ${percentile(entry.visitMs, 90).toFixed(2)} ms, mean ${(entry.visitMs.reduce((a, b) => a + b, 0) / visits).toFixed(2)} ms (${visits} visits${ARTICLES ? `, ${entry.notShown} with no sidebar and highlights within 10 s` : ''})`);
    const top = [...entry.selfMs].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.BENCH_PROFILE_TOP ?? 25));
    for (const [key, ms] of top) console.log(`  ${(ms / visits).toFixed(3).padStart(7)} ms  ${key}  ${sourceAt(entry.dist, key)}`);
  }
  if (CALLERS) for (const [stack, ms] of callers) console.log(`callers of ${CALLERS}: ${ms.toFixed(2)} ms (all builds, all visits) ${stack}`);
} finally {
  await Promise.all(entries.map((entry) => entry.browser.close()));
  await site.close();
}
