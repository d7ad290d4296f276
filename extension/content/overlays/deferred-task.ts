/**
 * One piece of overlay work put off to a task of its own (an idle slice when the browser
 * offers one, so the page's own input and paint go first), which can be run at once when
 * something needs its result, or dropped.
 */
export interface DeferredTask {
  /** Runs the work now if it is still pending. */
  flush(): void;
  cancel(): void;
}

/** At the latest after this long, even on a page that is never idle. */
const IDLE_TIMEOUT_MS = 200;

/** `timeout`: how long the work may wait for an idle period at most. */
export function deferTask(view: Window | null, run: () => void, timeout = IDLE_TIMEOUT_MS): DeferredTask {
  let pending = true;
  const once = (): void => {
    if (!pending) return;
    pending = false;
    run();
  };
  const idle = view?.requestIdleCallback?.bind(view);
  const cancelScheduled = idle
    ? ((handle: number) => () => view?.cancelIdleCallback(handle))(idle(once, { timeout }))
    : ((handle: ReturnType<typeof setTimeout>) => () => clearTimeout(handle))(setTimeout(once, 0));
  const cancel = (): void => {
    if (!pending) return;
    pending = false;
    cancelScheduled();
  };
  return { flush: once, cancel };
}
