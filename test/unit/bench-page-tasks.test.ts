import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../bench/extension-long-tasks';
import { pageTaskTime } from '../../bench/page-tasks';

const URL = 'http://127.0.0.1:1/news/a.html';
const task = (name: string, ts: number, dur: number, tdur: number | undefined, tid = 1): TraceEvent => ({ name, ph: 'X', pid: 10, tid, ts, dur, ...(tdur === undefined ? {} : { tdur }) });

describe('bench: time of the page’s main-thread tasks from a trace', () => {
  it('adds up the outermost tasks of the thread that parsed the page, wall and CPU apart', () => {
    const events: TraceEvent[] = [
      { name: 'ParseHTML', ph: 'X', pid: 10, tid: 1, ts: 1_000, dur: 500, args: { beginData: { url: URL } } },
      // The scheduler and the task runner both record one task: counted once, the outer one.
      task('ThreadControllerImpl::RunTask', 1_000, 4_000, 1_000),
      task('RunTask', 1_000, 3_000, 900),
      task('RunTask', 10_000, 2_000, 2_000),
      // No thread time recorded: counted as all work.
      task('RunTask', 20_000, 1_000, undefined),
      // Another thread of the same renderer, and a non-task event: not the page's tasks.
      task('RunTask', 1_000, 9_000, 9_000, 2),
      task('Layout', 30_000, 5_000, 5_000),
    ];
    expect(pageTaskTime(events, URL)).toEqual({ wallMs: 7, cpuMs: 4 });
  });

  it('refuses a trace without the page’s document load', () => {
    expect(() => pageTaskTime([task('RunTask', 0, 1_000, 1_000)], URL)).toThrow(/no document load/);
  });
});
