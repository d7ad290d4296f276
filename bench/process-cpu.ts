import type { TraceEvent } from './extension-long-tasks';
import { pageMainThread, TASK_EVENTS } from './page-tasks';

/**
 * Thread CPU time of every thread in a trace of all processes, by process and thread, ms:
 * the outermost tasks' `tdur`. On a machine with few cores, the extension's work outside the
 * page's thread (its service worker, the sidebar frame's renderer, the browser process
 * routing its messages, the GPU process compositing its frame) takes cores the page's tasks
 * then wait for, so a change is judged by the CPU it adds here, all threads together, and
 * not only by the page thread's share. Rows are named `<process>/<thread>`: `page` is the
 * renderer that parsed `url`, `Extension Renderer` holds the service worker and the sidebar's
 * frame (its `CrRendererMain`), other renderers are `other renderer`.
 */
export function cpuByThread(events: readonly TraceEvent[], url: string): Map<string, number> {
  const page = pageMainThread(events, url);
  const processNames = new Map<number, string>();
  const threadNames = new Map<string, string>();
  for (const event of events) {
    if (event.ph !== 'M' || typeof event.args?.name !== 'string') continue;
    if (event.name === 'process_name') processNames.set(event.pid, event.args.name);
    if (event.name === 'thread_name') threadNames.set(`${event.pid}:${event.tid}`, event.args.name);
  }
  const label = (pid: number, tid: number): string => {
    const process = processNames.get(pid) ?? 'unknown';
    const role = pid === page.pid ? 'page' : process === 'Renderer' ? 'other renderer' : process;
    // Pooled threads carry a number ("ThreadPoolForegroundWorker3"): one row for the pool.
    return `${role}/${(threadNames.get(`${pid}:${tid}`) ?? 'unknown').replace(/\d+$/, '')}`;
  };
  const tasks = events.filter((event) => event.ph === 'X' && TASK_EVENTS.has(event.name)).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const coveredUntil = new Map<string, number>();
  const cpu = new Map<string, number>();
  for (const task of tasks) {
    const thread = `${task.pid}:${task.tid}`;
    // The scheduler and the task runner may both record one task: count the outer one.
    if (task.ts < (coveredUntil.get(thread) ?? -1)) continue;
    coveredUntil.set(thread, task.ts + (task.dur ?? 0));
    const key = label(task.pid, task.tid);
    cpu.set(key, (cpu.get(key) ?? 0) + (task.tdur ?? task.dur ?? 0) / 1000);
  }
  return cpu;
}
