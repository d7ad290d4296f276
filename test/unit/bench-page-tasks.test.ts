import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../bench/extension-long-tasks';
import { byPhase, phasesOf } from '../../bench/page-phases';
import { pageTasks, pageTaskTime } from '../../bench/page-tasks';

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

describe('bench: the page’s tasks one by one, and the phases of an article visit', () => {
  const FRAME = 'F1';
  const events: TraceEvent[] = [
    { name: 'ParseHTML', ph: 'X', pid: 10, tid: 1, ts: 1_000, dur: 500, args: { beginData: { url: URL } } },
    task('RunTask', 1_000, 2_000, 1_000),
    // The content script's first call, in a task that starts at 10 ms after the parse.
    task('RunTask', 11_000, 3_000, 3_000),
    { name: 'FunctionCall', ph: 'X', pid: 10, tid: 1, ts: 11_500, dur: 1_000, args: { data: { url: 'chrome-extension://id/content.js' } } },
    // The frame is created in this task (its empty document on the page's thread)...
    task('RunTask', 50_000, 4_000, 1_000),
    { name: 'ParseHTML', ph: 'X', pid: 10, tid: 1, ts: 52_000, dur: 100, args: { beginData: { frame: FRAME, url: 'about:blank' } } },
    task('RunTask', 80_000, 6_000, 2_000),
    // ...and its page is parsed in the extension's renderer.
    { name: 'ParseHTML', ph: 'X', pid: 20, tid: 1, ts: 70_000, dur: 300, args: { beginData: { frame: FRAME, url: 'chrome-extension://id/extension/sidebar/sidebar.html' } } },
  ];

  it('lists the outermost tasks from the start of the page’s parse', () => {
    expect(pageTasks(events, URL)).toEqual([
      { atMs: 0, wallMs: 2, cpuMs: 1 },
      { atMs: 10, wallMs: 3, cpuMs: 3 },
      { atMs: 49, wallMs: 4, cpuMs: 1 },
      { atMs: 79, wallMs: 6, cpuMs: 2 },
    ]);
  });

  it('cuts the visit where the content script began and where the sidebar’s frame was created, the creating task with the frame', () => {
    const phases = phasesOf(events, URL);
    expect(phases).toEqual({ extensionAtMs: 10.5, frameAtMs: 51 });
    expect(byPhase(pageTasks(events, URL), phases)).toEqual([
      { wall: 2, cpu: 1 },
      { wall: 3, cpu: 3 },
      { wall: 10, cpu: 3 },
    ]);
  });

  it('puts everything after the content script in one phase when no sidebar page was loaded', () => {
    expect(phasesOf(events.filter((event) => event.pid !== 20), URL).frameAtMs).toBe(Infinity);
  });
});
