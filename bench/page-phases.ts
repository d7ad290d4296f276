import type { TraceEvent } from './extension-long-tasks';
import { pageMainThread, type PageTask } from './page-tasks';

/**
 * The phases of an article visit on the page's main thread, read from its trace: the page's
 * own load before the content script, the content script's work until the sidebar's frame is
 * created (detection, the panel, the overlays), and the frame's creation and loading onwards.
 * On a machine with few cores the last phase is where the frame's renderer, the worker and the
 * browser compete with the page for cores, so its wall time against its CPU time says how much
 * the frame's loading stretches the page's tasks.
 */

/** The script URL a trace event names, if any. */
export function urlOf(event: TraceEvent): string | undefined {
  const args = event.args ?? {};
  const data = (args.data ?? {}) as { url?: string; stackTrace?: Array<{ url?: string }> };
  return data.url ?? (args as { fileName?: string }).fileName ?? data.stackTrace?.[0]?.url;
}

/** Where a visit's phases begin, ms after the page's parse began; Infinity for a phase that never came. */
export interface Phases {
  /** The first main-thread event naming an extension script. */
  extensionAtMs: number;
  /** The first main-thread event of the sidebar's frame (its empty first document, made when the frame is created). */
  frameAtMs: number;
}

export function phasesOf(events: readonly TraceEvent[], url: string): Phases {
  const { pid, tid } = pageMainThread(events, url);
  const parseStart = events.find((event) => event.name === 'ParseHTML' && event.args?.beginData?.url === url)!.ts;
  const onPage = events.filter((event) => event.pid === pid && event.tid === tid);
  const firstExtension = onPage.filter((event) => urlOf(event)?.startsWith('chrome-extension://')).reduce((first, event) => Math.min(first, event.ts), Infinity);
  const sidebar = events.find((event) => event.name === 'ParseHTML' && String(event.args?.beginData?.url ?? '').includes('/extension/sidebar/sidebar.html'));
  const frameId = sidebar?.args?.beginData?.frame;
  const frameCreated = frameId ? onPage.filter((event) => event.args?.beginData?.frame === frameId).reduce((first, event) => Math.min(first, event.ts), Infinity) : Infinity;
  return { extensionAtMs: (firstExtension - parseStart) / 1000, frameAtMs: (frameCreated - parseStart) / 1000 };
}

export const PHASES = ['before the content script', 'content script, until the frame', 'from the frame on'] as const;

/** The page's task time in each phase; a task belongs to the phase it ends in, so the frame's creation counts with the frame. */
export function byPhase(tasks: readonly PageTask[], phases: Phases): Array<{ wall: number; cpu: number }> {
  const totals = PHASES.map(() => ({ wall: 0, cpu: 0 }));
  for (const task of tasks) {
    const end = task.atMs + task.wallMs;
    const total = totals[end <= phases.extensionAtMs ? 0 : end <= phases.frameAtMs ? 1 : 2]!;
    total.wall += task.wallMs;
    total.cpu += task.cpuMs;
  }
  return totals;
}
