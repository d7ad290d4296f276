// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { watchLateText } from './page-watch';

/** Counts how often the page would run our observer's callback. */
let callbacks = 0;
const NativeObserver = globalThis.MutationObserver;
class CountingObserver extends NativeObserver {
  constructor(callback: MutationCallback) {
    super((records, observer) => {
      callbacks += 1;
      callback(records, observer);
    });
  }
}

/** Lets the observer deliver its records (a microtask), then moves the clock on. */
async function advance(ms: number) {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  callbacks = 0;
  globalThis.MutationObserver = CountingObserver;
  document.body.innerHTML = '<main><p>Weather and sport.</p></main>';
  vi.useFakeTimers();
});

afterEach(() => {
  globalThis.MutationObserver = NativeObserver;
  vi.useRealTimers();
});

it('checks again once text arrives after load', async () => {
  const stop = new AbortController();
  const check = vi.fn();
  watchLateText({ signal: stop.signal, check });
  await advance(5_000);
  expect(check).not.toHaveBeenCalled();
  document.querySelector('main')!.insertAdjacentHTML('beforeend', '<article><p>The story arrives late.</p></article>');
  await advance(3_000);
  expect(check).toHaveBeenCalledTimes(1);
  stop.abort();
});

it('costs a busy page one callback per check, and stops after three checks', async () => {
  const check = vi.fn();
  watchLateText({ signal: new AbortController().signal, check });
  // A ticker that changes the page every 100 ms for 20 seconds.
  for (let tick = 0; tick < 200; tick += 1) {
    document.querySelector('main')!.append(document.createElement('span'));
    await advance(100);
  }
  expect(check).toHaveBeenCalledTimes(3);
  expect(callbacks).toBe(3);
});

it('stops when its signal aborts', async () => {
  const stop = new AbortController();
  const check = vi.fn();
  watchLateText({ signal: stop.signal, check });
  document.querySelector('main')!.append(document.createElement('p'));
  await Promise.resolve();
  stop.abort();
  await advance(5_000);
  document.querySelector('main')!.append(document.createElement('p'));
  await advance(5_000);
  expect(check).not.toHaveBeenCalled();
});
