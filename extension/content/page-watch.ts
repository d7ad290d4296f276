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
const LATE_TEXT_DEBOUNCE_MS = 800;

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

/** Re-checks a few times while the body grows, for articles rendered after load. */
export function watchLateText({ signal, check }: PageWatchOptions): void {
  if (!document.body) return;
  let checks = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      checks += 1;
      if (checks >= LATE_TEXT_MAX_CHECKS) stop();
      check();
    }, LATE_TEXT_DEBOUNCE_MS);
  });
  const deadline = setTimeout(() => stop(), LATE_TEXT_WINDOW_MS);
  function stop() {
    observer.disconnect();
    clearTimeout(deadline);
  }
  observer.observe(document.body, { childList: true, subtree: true });
  signal.addEventListener(
    'abort',
    () => {
      stop();
      clearTimeout(timer);
    },
    { once: true },
  );
}
