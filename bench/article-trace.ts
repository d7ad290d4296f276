/**
 * Where the extension's added main-thread time goes on topic articles
 * (`npx tsx bench/article-trace.ts <corpus dir> <built extension dir>...`): each article is
 * loaded, traced, in the empty extension's browser and in each build's, taking turns, and the
 * main thread's time is split by kind (layout, style, paint, parse, GC, script by whose URL it
 * is, frame creation…) as self time, so the lines add up. The difference per kind is what a
 * build costs, by kind; two builds in one run compare a change under the same machine load.
 * BENCH_ARTICLES (default 6) limits the articles, BENCH_ARTICLE_ROUNDS (default 1) repeats them.
 * BENCH_FIXED_WAIT_MS keeps every page, the empty extension's too, that long after its load
 * instead of until the extension has shown its work: for builds that leave a part out (no
 * sidebar, no highlights), whose pages would otherwise be kept waiting for what never comes.
 * Beside each wall time stands the thread's CPU time (the trace's `tdur`): on a busy machine a
 * page's tasks wait for a core, and TaskDuration counts the wait. The detailed categories this
 * trace records (for the split by kind) cost the traced page time of their own, more on the
 * extension's page, whose code emits more events: on articles its added thread CPU read about
 * twice what the light set of npm run bench reads (+46 against +23 ms, 10 articles × 2 rounds);
 * BENCH_TRACE_CATEGORIES=devtools.timeline,toplevel gives the lighter, coarser split.
 * Below the page's split comes the thread CPU of every process and thread of the visit (the
 * page, the sidebar frame's renderer, the service worker, the browser and GPU processes),
 * added against the empty extension (bench/process-cpu.ts): what the extension costs the
 * machine as a whole, of which the page's main thread is one part. Between the two, the page's
 * added task time by phase (bench/page-phases.ts), wall beside CPU: before the content script,
 * from it until the sidebar's frame is created, and from the frame's creation on, the empty
 * extension's visit cut at the same moments.
 * The first build named is the control: the run fails unless it showed its sidebar on some article.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ExtensionBrowser } from '../demo/launch-chromium';
import { launchBenchBrowser } from './bench-browser';
import { startBenchSite } from './bench-site';
import { extensionShown, matchedLanguages, mirrorLooks } from './extension-shown';
import { emptyExtension } from './empty-extension';
import { startTrace, type TraceEvent } from './extension-long-tasks';
import { byPhase, PHASES, phasesOf, urlOf, type Phases } from './page-phases';
import { pageMainThread, pageTaskTime, pageTasks, type PageTask } from './page-tasks';
import { cpuByThread } from './process-cpu';
import { inFreshTab, measureVisit } from './measure-visit';
import { mean, median } from './stats';

const corpus = resolve(process.argv[2] ?? '../shared/corpus');
const builds = (process.argv.length > 3 ? process.argv.slice(3) : ['dist']).map((dir) => resolve(dir));
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 6);
const ROUNDS = Number(process.env.BENCH_ARTICLE_ROUNDS ?? 1);
const FIXED_WAIT_MS = process.env.BENCH_FIXED_WAIT_MS ? Number(process.env.BENCH_FIXED_WAIT_MS) : null;
/** Where to keep each visit's raw trace (Chromium's trace format, for DevTools or a script), if anywhere. */
const TRACE_DIR = process.env.BENCH_TRACE_DIR ? resolve(process.env.BENCH_TRACE_DIR) : null;
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'V8.Execute', 'TimerFire', 'FireIdleCallback', 'EventDispatch', 'v8.run', 'V8.ScriptCompiler', 'v8.produceModuleCache', 'CompileScript', 'CompileCode']);

/** One kind's self time on the page's main thread: wall time (what TaskDuration counts) and thread CPU time. */
interface KindTime {
  wall: number;
  cpu: number;
}

/**
 * Self time of each kind of event on the page's main thread, ms, in wall time (`dur`) and in
 * the thread's CPU time (`tdur`: wall time less the time the thread waited for a core); script
 * time is split by owner. `= all self time` adds up every event.
 */
function selfTimes(events: readonly TraceEvent[], url: string): Map<string, KindTime> {
  const { pid, tid } = pageMainThread(events, url);
  const thread = events.filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X' && event.dur !== undefined).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const totals = new Map<string, KindTime>();
  const add = (key: string, wallUs: number, cpuUs: number) => {
    const total = totals.get(key) ?? { wall: 0, cpu: 0 };
    total.wall += wallUs / 1000;
    total.cpu += cpuUs / 1000;
    totals.set(key, total);
  };
  interface Open { event: TraceEvent; end: number; child: number; childCpu: number; owner: string | undefined }
  const stack: Open[] = [];
  const close = (open: Open) => {
    const self = (open.event.dur ?? 0) - open.child;
    // An event without thread time (rare, instant-like) is counted as all work.
    const selfCpu = (open.event.tdur ?? open.event.dur ?? 0) - open.childCpu;
    const name = open.event.name === 'ThreadControllerImpl::RunTask' ? 'RunTask' : open.event.name;
    const key = open.owner && (SCRIPT_EVENTS.has(name) || name.startsWith('V8') || name.startsWith('v8')) ? `${name} [${open.owner}]` : name;
    add(key, self, selfCpu);
    add('= all self time', self, selfCpu);
  };
  for (const event of thread) {
    while (stack.length && stack[stack.length - 1]!.end <= event.ts) close(stack.pop()!);
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.child += Math.min(event.dur ?? 0, parent.end - event.ts);
      parent.childCpu += event.tdur ?? Math.min(event.dur ?? 0, parent.end - event.ts);
    }
    const eventUrl = urlOf(event);
    const owner = eventUrl ? (eventUrl.startsWith('chrome-extension://') ? 'extension' : 'page') : parent?.owner;
    stack.push({ event, end: event.ts + (event.dur ?? 0), child: 0, childCpu: 0, owner });
  }
  while (stack.length) close(stack.pop()!);
  // The outermost tasks: their CPU time beside their wall time says how much of the page's
  // TaskDuration was work and how much was waiting.
  const tasks = pageTaskTime(events, url);
  totals.set('= tasks', { wall: tasks.wallMs, cpu: tasks.cpuMs });
  return totals;
}

const site = await startBenchSite(corpus, 1);
const browsers: Array<{ label: string; browser: ExtensionBrowser; times: Array<Map<string, KindTime>>; threads: Array<Map<string, number>>; taskMs: number[]; tasks: PageTask[][]; phases: Phases[]; shown: number }> = [
  { label: 'empty', browser: await launchBenchBrowser(emptyExtension(), false), times: [], threads: [], taskMs: [], tasks: [], phases: [], shown: 0 },
];
for (const dir of builds) browsers.push({ label: dir, browser: await launchBenchBrowser(dir, true), times: [], threads: [], taskMs: [], tasks: [], phases: [], shown: 0 });
const [empty] = browsers as [(typeof browsers)[0]];
try {
  // How many looks the first build's page needs on each article, found in an unmeasured visit:
  // the empty extension's page gets as many, so the bench's polling falls on both alike.
  const looksNeeded = new Map<string, number>();
  const first = browsers[1];
  for (const article of FIXED_WAIT_MS === null && first ? site.articles.slice(0, ARTICLES) : []) {
    await inFreshTab(first!.browser.context, (page, cdp) =>
      measureVisit(page, cdp, site.origin + article.path, {
        until: async (visited) => void looksNeeded.set(article.path, (await extensionShown(visited, matchedLanguages(first!.label), 8_000)).looks),
      }),
    );
  }
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const article of site.articles.slice(0, ARTICLES)) {
      for (const entry of browsers) {
        const url = site.origin + article.path;
        const { times, threads, taskMs, tasks, phases, shown } = await inFreshTab(entry.browser.context, async (page, cdp) => {
          const stop = await startTrace(cdp);
          const cost = await measureVisit(page, cdp, url, FIXED_WAIT_MS !== null ? { until: (visited) => visited.waitForTimeout(FIXED_WAIT_MS) } : entry === empty ? { until: (visited) => mirrorLooks(visited, looksNeeded.get(article.path) ?? 1) } : {
            until: async (visited) => void (await extensionShown(visited, matchedLanguages(entry.label), 8_000)),
          });
          const events = await stop();
          if (TRACE_DIR) {
            mkdirSync(TRACE_DIR, { recursive: true });
            writeFileSync(join(TRACE_DIR, `${round}-${site.articles.indexOf(article)}-${browsers.indexOf(entry)}.json`), JSON.stringify({ url, build: entry.label, traceEvents: events }));
          }
          const times = selfTimes(events, url);
          const threads = cpuByThread(events, url);
          const tasks = pageTasks(events, url);
          const phases = phasesOf(events, url);
          // Read after the measured window, so the check costs the measurement nothing.
          const shown = entry !== empty && (await extensionShown(page, matchedLanguages(entry.label), 1_000)).shown;
          return { times, threads, taskMs: cost.taskMs, tasks, phases, shown };
        });
        entry.times.push(times);
        entry.threads.push(threads);
        entry.taskMs.push(taskMs);
        entry.tasks.push(tasks);
        entry.phases.push(phases);
        if (shown) entry.shown += 1;
      }
    }
  }
  // The control: the first build is the extension as shipped; if it showed nothing, it never ran here.
  const [control] = browsers.slice(1);
  if (!control || control.shown === 0) throw new Error(`CONTROL FAILED: ${control?.label ?? 'no build'} showed its sidebar and highlights on no article; the figures would be meaningless`);
  console.log(`${empty.taskMs.length} traced visits per browser; TaskDuration median of the empty extension ${median(empty.taskMs).toFixed(1)} ms`);
  for (const entry of browsers.slice(1)) console.log(`${entry.label}: sidebar (and highlights) shown on ${entry.shown} of ${entry.taskMs.length} visits`);
  const tasksOf = (entry: (typeof browsers)[0], field: keyof KindTime) => entry.times.map((map) => map.get('= tasks')?.[field] ?? 0);
  const cpuShare = (entry: (typeof browsers)[0]) => median(tasksOf(entry, 'cpu')) / median(tasksOf(entry, 'wall'));
  console.log(`empty: traced tasks' wall time median ${median(tasksOf(empty, 'wall')).toFixed(1)} ms, thread CPU ${median(tasksOf(empty, 'cpu')).toFixed(1)} ms (CPU share ${cpuShare(empty).toFixed(2)})`);
  for (const entry of browsers.slice(1)) {
    const added = entry.taskMs.map((value, index) => value - empty.taskMs[index]!);
    const addedOf = (field: keyof KindTime) => tasksOf(entry, field).map((value, index) => value - tasksOf(empty, field)[index]!);
    console.log(`\n${entry.label}: TaskDuration median ${median(entry.taskMs).toFixed(1)} ms, added median ${median(added).toFixed(1)} ms, mean ${mean(added).toFixed(1)} ms`);
    console.log(`  traced tasks, added: wall median ${median(addedOf('wall')).toFixed(1)} ms (mean ${mean(addedOf('wall')).toFixed(1)}), thread CPU median ${median(addedOf('cpu')).toFixed(1)} ms (mean ${mean(addedOf('cpu')).toFixed(1)}); CPU share of the build's task time ${cpuShare(entry).toFixed(2)}`);
    const kinds = new Set([...empty.times, ...entry.times].flatMap((map) => [...map.keys()]));
    const rows = [...kinds].map((kind) => {
      const of = (list: Array<Map<string, KindTime>>, field: keyof KindTime) => list.map((map) => map.get(kind)?.[field] ?? 0);
      const diff = (field: keyof KindTime) => of(entry.times, field).map((value, index) => value - (of(empty.times, field)[index] ?? 0));
      return { kind, added: median(diff('wall')), mean: mean(diff('wall')), cpuMean: mean(diff('cpu')), ours: median(of(entry.times, 'wall')), empty: median(of(empty.times, 'wall')) };
    });
    rows.sort((a, b) => Math.abs(b.mean) - Math.abs(a.mean));
    console.log('  ' + 'kind (self time)'.padEnd(58), 'added mean', 'CPU mean', 'added med', 'build med', 'empty med');
    for (const row of rows.filter((row) => Math.abs(row.mean) >= 0.5 || Math.abs(row.cpuMean) >= 0.5)) {
      console.log('  ' + row.kind.slice(0, 58).padEnd(58), row.mean.toFixed(1).padStart(10), row.cpuMean.toFixed(1).padStart(8), row.added.toFixed(1).padStart(9), row.ours.toFixed(1).padStart(9), row.empty.toFixed(1).padStart(9));
    }
    // When the page's added time falls: the frame's creation and loading, against what came before it.
    // The empty extension's visit is cut at the same moments as the build's visit of that article.
    const phased = entry.tasks.map((tasks, index) => ({ build: byPhase(tasks, entry.phases[index]!), empty: byPhase(empty.tasks[index]!, entry.phases[index]!) }));
    const framed = entry.phases.filter((phases) => Number.isFinite(phases.frameAtMs));
    console.log(`  page's tasks by phase, added mean wall / CPU, ms (frame created ${median(framed.map((phases) => phases.frameAtMs - phases.extensionAtMs)).toFixed(0)} ms median after the content script began, on ${framed.length} of ${entry.phases.length} visits)`);
    PHASES.forEach((phase, at) => {
      const added = (field: 'wall' | 'cpu') => mean(phased.map(({ build, empty }) => build[at]![field] - empty[at]![field]));
      console.log('  ' + phase.padEnd(58), added('wall').toFixed(1).padStart(10), added('cpu').toFixed(1).padStart(8));
    });
    // Every process's threads: what the extension adds outside the page's thread takes cores too.
    const threadRows = [...new Set([...empty.threads, ...entry.threads].flatMap((map) => [...map.keys()]))].map((thread) => {
      const of = (list: Array<Map<string, number>>) => list.map((map) => map.get(thread) ?? 0);
      return { thread, build: mean(of(entry.threads)), empty: mean(of(empty.threads)) };
    });
    threadRows.sort((a, b) => b.build - b.empty - (a.build - a.empty));
    const sum = (field: 'build' | 'empty') => threadRows.reduce((total, row) => total + row[field], 0);
    console.log('  ' + 'thread CPU by process/thread, mean per visit'.padEnd(58), 'added', '   build', '   empty');
    for (const row of [...threadRows.filter((row) => Math.abs(row.build - row.empty) >= 0.5), { thread: '= all threads', build: sum('build'), empty: sum('empty') }]) {
      console.log('  ' + row.thread.slice(0, 58).padEnd(58), (row.build - row.empty).toFixed(1).padStart(5), row.build.toFixed(1).padStart(8), row.empty.toFixed(1).padStart(8));
    }
  }
} finally {
  await Promise.all(browsers.map((entry) => entry.browser.close()));
  await site.close();
}
