import type { TraceEvent } from './extension-long-tasks';

/** The renderer main thread that parsed `url`: the page's own thread in a trace of several processes. */
export function pageMainThread(events: readonly TraceEvent[], url: string): { pid: number; tid: number } {
  const parse = events.find((event) => event.name === 'ParseHTML' && event.args?.beginData?.url === url);
  if (!parse) throw new Error(`the trace has no document load for ${url}`);
  return { pid: parse.pid, tid: parse.tid };
}

/** The task-runner events that wrap each main-thread task (the scheduler and the runner may both record one). */
export const TASK_EVENTS: ReadonlySet<string> = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** Time of the page's main-thread tasks, ms. */
export interface PageTaskTime {
  /** Wall time, what CDP TaskDuration counts: the thread's work and its waits for a core. */
  wallMs: number;
  /**
   * Thread CPU time (the trace's `tdur`): the work alone. On a busy machine a task waits for a
   * core, and the wait lands in wall time; CPU time holds still under load.
   */
  cpuMs: number;
}

/** One outermost task of the page's main thread: when it began (ms after the page's parse began), its wall and CPU time, ms. */
export interface PageTask {
  atMs: number;
  wallMs: number;
  cpuMs: number;
}

/** The outermost tasks on the main thread that parsed `url`, in order. */
export function pageTasks(events: readonly TraceEvent[], url: string): PageTask[] {
  const { pid, tid } = pageMainThread(events, url);
  const parseStart = events.find((event) => event.name === 'ParseHTML' && event.args?.beginData?.url === url)!.ts;
  const tasks = events.filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X' && TASK_EVENTS.has(event.name))// An outer event first where two start together.
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const outermost: PageTask[] = [];
  let coveredUntil = -1;
  for (const task of tasks) {
    // The scheduler and the task runner may both record one task: count the outer one.
    if (task.ts < coveredUntil) continue;
    coveredUntil = task.ts + (task.dur ?? 0);
    // An event without thread time (rare) is counted as all work.
    outermost.push({ atMs: (task.ts - parseStart) / 1000, wallMs: (task.dur ?? 0) / 1000, cpuMs: (task.tdur ?? task.dur ?? 0) / 1000 });
  }
  return outermost;
}

/** Wall and CPU time of the outermost tasks on the main thread that parsed `url`. */
export function pageTaskTime(events: readonly TraceEvent[], url: string): PageTaskTime {
  const time: PageTaskTime = { wallMs: 0, cpuMs: 0 };
  for (const task of pageTasks(events, url)) {
    time.wallMs += task.wallMs;
    time.cpuMs += task.cpuMs;
  }
  return time;
}
