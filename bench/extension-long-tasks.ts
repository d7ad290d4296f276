import type { CDPSession } from 'playwright-core';
import { pageMainThread, TASK_EVENTS } from './page-tasks';

/**
 * Long tasks (over 50 ms) on the page's main thread that ran extension code, from a
 * Chromium trace: a task counts when any event inside it names a `chrome-extension:` script
 * (a function call, a script evaluation, a module compile). The sidebar frame is an
 * extension page in its own process, so its work never counts here.
 */
export interface LongTaskReport {
  /** Durations of the long tasks that ran extension code, ms. */
  extension: number[];
  /** Durations of every long task on the page's main thread, ms. */
  all: number[];
  /**
   * Time in events that name an extension script (compiling, evaluating, calling into it),
   * outermost only, ms: a lower bound of the extension's own script time on the page (code
   * resumed after an await is not named in the trace), but one the page's own scripts cannot
   * blur the way they blur the whole main-thread time.
   */
  scriptMs: number;
}

/** One event of a Chromium trace, as far as these benches read it. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs: its wall time `dur` less the time its thread was descheduled. */
  tdur?: number;
  args?: { name?: string; data?: { url?: string; frame?: string }; beginData?: { url?: string; frame?: string } } & Record<string, unknown>;
}

const LONG_TASK_US = 50_000;
const CATEGORIES = (process.env.BENCH_TRACE_CATEGORIES ?? ['-*', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8', 'v8.execute'].join(','));

/**
 * The categories a trace that runs during timed visits records: the page's tasks with their
 * thread time (toplevel), the document load and the calls, evaluations and compiles naming a
 * script (devtools.timeline). Fewer events than CATEGORIES, so tracing itself adds less to
 * the pages' time and the bench's run time.
 */
export const LIGHT_CATEGORIES = 'devtools.timeline,toplevel';

/** Starts a trace of every process; `categories` (comma-separated) defaults to BENCH_TRACE_CATEGORIES or a detailed set. */
export async function startTrace(cdp: CDPSession, categories = CATEGORIES): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  // The protocol types trace events as plain objects; these are Chromium's trace event format.
  const onData = ({ value }: { value: object[] }) => void events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  // __metadata names each process and thread (bench/process-cpu.ts reads them).
  const included = [...new Set([...categories.split(',').filter((c) => !c.startsWith('-')), '__metadata'])];
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: included, excludedCategories: ['*'] }, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/** Finds the renderer main thread that parsed `url` and its long tasks. */
export function longTasks(events: readonly TraceEvent[], url: string): LongTaskReport {
  const { pid, tid } = pageMainThread(events, url);
  const onThread = events.filter((event) => event.pid === pid && event.tid === tid).sort((a, b) => a.ts - b.ts);
  const tasks = onThread.filter((event) => event.ph === 'X' && TASK_EVENTS.has(event.name) && (event.dur ?? 0) > LONG_TASK_US);
  const report: LongTaskReport = { extension: [], all: [], scriptMs: 0 };
  let coveredUntil = -1;
  for (const event of onThread) {
    if (event.ph !== 'X' || event.ts < coveredUntil || !JSON.stringify(event.args ?? {}).includes('chrome-extension://')) continue;
    coveredUntil = event.ts + (event.dur ?? 0);
    report.scriptMs += (event.dur ?? 0) / 1000;
  }
  let lastEnd = -1;
  for (const task of tasks) {
    // The scheduler and the task runner may both record the same task: count the outer one.
    if (task.ts < lastEnd) continue;
    lastEnd = task.ts + (task.dur ?? 0);
    const end = task.ts + (task.dur ?? 0);
    const ranExtensionCode = onThread.some((event) => event.ts >= task.ts && event.ts <= end && event !== task && JSON.stringify(event.args ?? {}).includes('chrome-extension://'));
    report.all.push((task.dur ?? 0) / 1000);
    if (ranExtensionCode) report.extension.push((task.dur ?? 0) / 1000);
  }
  return report;
}
