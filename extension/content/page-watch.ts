/**
 * When to (re)check the page: once the browser is idle, after single-page-app navigations,
 * and a few times while an article's text arrives late. Everything stops with `signal`.
 */
export interface PageWatchOptions {
  signal: AbortSignal;
  check(): void;
}

/** Late text is watched for this long and at most this many times, then never again. */
const LATE_TEXT_WINDOW_MS = 15_000;
const LATE_TEXT_MAX_CHECKS = 3;
/** How long after the first change a re-check waits, so the text that follows is read at once. */
const LATE_TEXT_SETTLE_MS = 800;

export function whenIdle(signal: AbortSignal, run: () => void): void {
  const idle = globalThis.requestIdleCallback;
  if (idle) {
    const handle = idle(() => run(), { timeout: 2_000 });
    signal.addEventListener('abort', () => cancelIdleCallback(handle), { once: true });
  } else {
    const handle = setTimeout(run, 200);
    signal.addEventListener('abort', () => clearTimeout(handle), { once: true });
  }
}

export function watchNavigation({ signal, check }: PageWatchOptions): void {
  let lastUrl = location.href;
  const onMaybeNavigated = () => {
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    whenIdle(signal, () => check());
  };
  // The Navigation API sees pushState from the page's own scripts; popstate covers the rest.
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', onMaybeNavigated, { signal });
  addEventListener('popstate', onMaybeNavigated, { signal });
  addEventListener('hashchange', onMaybeNavigated, { signal });
}

/**
 * Re-checks a few times while the body grows, for articles rendered after load. The observer
 * is connected only until the first change after each check, so a busy page (ads, tickers,
 * carousels) costs one callback per check, not one per mutation for the whole window, and
 * no mutation records are kept for it in between.
 */
export function watchLateText({ signal, check }: PageWatchOptions): void {
  const body = document.body;
  if (!body) return;
  let checks = 0;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    observer.disconnect();
    // Text usually lands in several steps: wait for more of it before looking.
    timer = setTimeout(() => whenIdle(signal, recheck), LATE_TEXT_SETTLE_MS);
  });
  const deadline = setTimeout(() => stop(), LATE_TEXT_WINDOW_MS);
  function recheck() {
    checks += 1;
    if (checks < LATE_TEXT_MAX_CHECKS && !stopped && !signal.aborted) observer.observe(body, { childList: true, subtree: true });
    else stop();
    check();
  }
  function stop() {
    stopped = true;
    observer.disconnect();
    clearTimeout(deadline);
  }
  observer.observe(body, { childList: true, subtree: true });
  signal.addEventListener(
    'abort',
    () => {
      stop();
      clearTimeout(timer);
    },
    { once: true },
  );
}
