import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { startTrace, type TraceEvent } from './extension-long-tasks';

/** What one page load cost the page's renderer, read through the DevTools protocol. */
export interface VisitCost {
  /** Main-thread task time of the page's renderer for this document (CDP TaskDuration), ms. */
  taskMs: number;
  /** JS heap in use after a forced garbage collection (page and content-script worlds share it), bytes. */
  heapBytes: number;
}

export interface VisitOptions {
  /** Resolves once the extension's visible work on the page is done (or gives up); runs before the settle wait. */
  until?: (page: Page) => Promise<void>;
  /** Quiet time after the page and the content script went idle, so late work is counted. */
  settleMs?: number;
  /**
   * Runs once the page's task time is read, before the forced garbage collection: a trace
   * stopped here holds the page's tasks and not the bench's collection.
   */
  afterTasks?: () => Promise<void>;
}

/**
 * Waits for two idle periods of the page's main thread, so work scheduled for idle time has
 * run. A string, because the bench runner's transpiler would wrap a function's inner helpers
 * in a `__name` call the page does not have.
 */
const TWO_IDLE_PERIODS = `new Promise((done) => requestIdleCallback(() => requestIdleCallback(() => done(), { timeout: 3000 }), { timeout: 3000 }))`;

async function pageIdle(page: Page): Promise<void> {
  await page.evaluate(TWO_IDLE_PERIODS);
}

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  return metrics.find((entry) => entry.name === name)?.value ?? Number.NaN;
}

/**
 * Loads `url` in `page` and reads its cost once the page and the content script are idle.
 * Chromium's TaskDuration starts from zero for each new document, so the reading after the
 * load is this page's own figure.
 */
export async function measureVisit(page: Page, cdp: CDPSession, url: string, options: VisitOptions = {}): Promise<VisitCost> {
  await page.goto(url, { waitUntil: 'load' });
  await pageIdle(page);
  await options.until?.(page);
  await page.waitForTimeout(options.settleMs ?? 600);
  await pageIdle(page);
  const taskMs = (await metric(cdp, 'TaskDuration')) * 1000;
  await options.afterTasks?.();
  await cdp.send('HeapProfiler.collectGarbage');
  const heapBytes = await metric(cdp, 'JSHeapUsedSize');
  return { taskMs, heapBytes };
}

/**
 * Runs `visit` in a new tab, closed afterwards. A new tab gets a new renderer, so nothing a
 * previous page compiled or left in the heap (the extension's own chunks included) counts
 * for this one: every page is measured as a reader's first.
 */
export async function inFreshTab<T>(context: BrowserContext, visit: (page: Page, cdp: CDPSession) => Promise<T>): Promise<T> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    return await visit(page, cdp);
  } finally {
    await page.close();
  }
}

/**
 * `measureVisit` under a trace of `categories`, stopped once the page's task time is read (so
 * the bench's forced garbage collection is not in it): the visit's cost and the trace's events.
 */
export async function measureTracedVisit(page: Page, cdp: CDPSession, url: string, options: VisitOptions = {}, categories?: string): Promise<VisitCost & { events: TraceEvent[] }> {
  const stop = await startTrace(cdp, categories);
  const trace: { events?: TraceEvent[] } = {};
  const cost = await measureVisit(page, cdp, url, {
    ...options,
    afterTasks: async () => {
      trace.events = await stop();
      await options.afterTasks?.();
    },
  });
  if (!trace.events) throw new Error(`the trace of ${url} never stopped`);
  return { ...cost, events: trace.events };
}
