import browser from 'webextension-polyfill';
import { createOwnHost } from './overlays/own-elements';

/**
 * The sidebar's place in the page: a `<mc-sidebar>` element whose closed shadow root holds an
 * extension-page iframe, so page CSS and scripts can neither style nor read it. On wide
 * windows it docks at the right and the page makes room when the article would be covered;
 * on narrow ones it is a drawer over the page.
 */
export interface SidebarHost {
  /**
   * `byReader` is false only when the sidebar opens by itself on an article: the panel shows
   * and makes room at once, and its page waits for `loadFrame()` (unless focus or a claim
   * needs it now).
   */
  open(options?: { focus?: boolean; claimIndex?: number; byReader?: boolean }): void;
  /** Puts the sidebar's page in the panel, if it is open and has none yet. */
  loadFrame(): void;
  close(): void;
  isOpen(): boolean;
  destroy(): void;
}

export const SIDEBAR_WIDTH = 380;
/** Below this viewport width the sidebar is a drawer. */
export const DOCK_MIN_VIEWPORT = 1000;

const HOST_CSS = `
:host { all: initial; }
.panel { position: fixed; top: 0; right: 0; height: 100vh; width: ${SIDEBAR_WIDTH}px; max-width: 92vw;
  z-index: 2147483646; border: 0; border-left: 1px solid #8884; background: Canvas; color-scheme: light dark;
  box-shadow: -2px 0 12px #0003; }
.panel[hidden] { display: none; }
.panel.docked { box-shadow: none; }
iframe { width: 100%; height: 100%; border: 0; display: block; }
.launcher { position: fixed; right: 0; top: 40vh; z-index: 2147483646; writing-mode: vertical-rl;
  font: 600 13px/1.2 system-ui, sans-serif; padding: 10px 6px; border: 1px solid #7a2e0e; border-right: 0;
  border-radius: 6px 0 0 6px; background: #7a2e0e; color: #fff; cursor: pointer; }
.launcher:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
.launcher[hidden] { display: none; }
`;

export function createSidebarHost(options: {
  signal: AbortSignal;
  articleRoot: () => Element;
  launcherLabel: string;
  frameTitle: string;
  onToggle(open: boolean, byReader: boolean): void;
}): SidebarHost {
  const host = createOwnHost(document, 'mc-sidebar');
  // Inline !important beats any page rule, so the page cannot hide or move the host.
  host.style.setProperty('display', 'block', 'important');
  host.style.setProperty('visibility', 'visible', 'important');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = HOST_CSS;
  const panel = document.createElement('div');
  panel.className = 'panel';
  panel.hidden = true;
  panel.setAttribute('role', 'complementary');
  panel.setAttribute('aria-label', options.frameTitle);
  const pageUrl = browser.runtime.getURL('extension/sidebar/sidebar.html');
  const launcher = document.createElement('button');
  launcher.className = 'launcher';
  launcher.type = 'button';
  launcher.textContent = options.launcherLabel;
  launcher.hidden = true;
  shadow.append(style, panel, launcher);
  // The host enters the page when the sidebar first opens, after the article's place has been
  // read: the page's layout is still clean then, so reading it costs no extra layout pass.

  /**
   * Made when the sidebar first opens, its address set before it enters the page: the page
   * creates one frame that navigates once, rather than an empty document first and a second
   * navigation later; and a page whose sidebar stays closed creates none.
   */
  let frame: HTMLIFrameElement | null = null;
  let open = false;
  let returnFocusTo: Element | null = null;
  let pushedMargin: string | null = null;

  const pageMarginBefore = document.documentElement.style.getPropertyValue('margin-right');
  const pageMarginPriority = document.documentElement.style.getPropertyPriority('margin-right');

  function restorePage() {
    if (pushedMargin === null) return;
    document.documentElement.style.setProperty('margin-right', pageMarginBefore, pageMarginPriority);
    pushedMargin = null;
  }

  /** Where the article's right edge is without our margin (a layout read). */
  function articleRightEdge(): number {
    restorePage();
    return options.articleRoot().getBoundingClientRect().right;
  }

  /**
   * Docks beside the article, making room only when the article would otherwise be covered.
   * `articleRight` is the article's edge when the caller read it before changing the page.
   */
  function layout(articleRight?: number) {
    if (!open) return restorePage();
    const docked = innerWidth >= DOCK_MIN_VIEWPORT;
    panel.classList.toggle('docked', docked);
    if (!docked) return restorePage();
    const right = articleRight ?? articleRightEdge();
    if (innerWidth - right < SIDEBAR_WIDTH) {
      pushedMargin = `${SIDEBAR_WIDTH}px`;
      document.documentElement.style.setProperty('margin-right', pushedMargin, 'important');
    }
  }

  function setOpen(next: boolean, focus: boolean, byReader: boolean, articleRight?: number) {
    if (next === open) return;
    const focusWasInside = shadow.activeElement !== null;
    if (next && focus) returnFocusTo = document.activeElement;
    open = next;
    panel.hidden = !open;
    launcher.hidden = open;
    layout(articleRight);
    if (open && focus) {
      frame?.focus();
    } else if (!open && focusWasInside) {
      // Back where the reader was; failing that (focus was on a shadow host, or the sidebar
      // opened by itself), on the launcher that reopens it.
      const target = returnFocusTo instanceof HTMLElement && !returnFocusTo.shadowRoot && returnFocusTo !== document.body ? returnFocusTo : launcher;
      target.focus();
    }
    if (!open) returnFocusTo = null;
    options.onToggle(open, byReader);
  }

  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  addEventListener(
    'resize',
    () => {
      clearTimeout(resizeTimer);
      // A closed sidebar has nothing to lay out (opening lays it out): no timer for it.
      if (open) resizeTimer = setTimeout(() => layout(), 150);
    },
    { signal: options.signal },
  );
  launcher.addEventListener('click', () => show({ focus: true, byReader: true }), { signal: options.signal });
  options.signal.addEventListener('abort', () => destroy(), { once: true });

  function destroy() {
    clearTimeout(resizeTimer);
    restorePage();
    host.remove();
  }

  function loadFrame(src = pageUrl) {
    if (frame) return;
    frame = document.createElement('iframe');
    frame.title = options.frameTitle;
    frame.src = src;
    panel.append(frame);
  }

  function show({ focus = false, claimIndex, byReader = true }: { focus?: boolean; claimIndex?: number | undefined; byReader?: boolean }) {
    // The hash tells the sidebar which claim to show; the page cannot see this URL.
    const src = claimIndex === undefined ? pageUrl : `${pageUrl}#claim-${claimIndex}`;
    // Read before anything below changes the page (see layout).
    const articleRight = open || innerWidth < DOCK_MIN_VIEWPORT ? undefined : articleRightEdge();
    if (!host.isConnected) document.documentElement.append(host);
    if (frame && claimIndex !== undefined) frame.src = src;
    // The reader's own opening, a claim or focus need the page now.
    else if (byReader || focus || claimIndex !== undefined) loadFrame(src);
    setOpen(true, focus, byReader, articleRight);
  }

  return {
    open: (how = {}) => show(how),
    loadFrame: () => void (open && loadFrame()),
    close: () => setOpen(false, false, true),
    isOpen: () => open,
    destroy,
  };
}
