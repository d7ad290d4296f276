import browser from 'webextension-polyfill';
import type { PageVerdictMessage } from '../messaging/protocol';
import { sendToBackground } from '../messaging/send';
import { SETTINGS_KEY, withDefaults } from '../settings/settings-store';
import { deferTask, type DeferredTask } from './overlays/deferred-task';
import { mountOverlays, type OverlayController } from './overlays/mount-overlays';
import { findArticleRoot } from './article-root';
import { localizedOverlayLabels } from './overlay-i18n';
import { loadPageText, type PageText } from './page-text';
import { createSidebarHost, type SidebarHost } from './sidebar-host';
import { yieldToPage } from './yield-to-page';

/**
 * Everything the extension shows on a relevant page: the sidebar and the claim overlays.
 * Loaded lazily, so pages that never qualify never load this code.
 */
export interface PageSession {
  /**
   * Resolves once the sidebar's panel is open and the overlays are mounting; the sidebar's page
   * follows on its own, so the page's next check need not wait for it.
   */
  showArticle(verdict: PageVerdictMessage, display: ArticleDisplay): Promise<void>;
  setSidebarOpen(open?: boolean): boolean;
  jumpTo(index: number): boolean;
  destroy(): void;
}

/** How an article is shown, from the reader's settings. */
export interface ArticleDisplay {
  overlaysVisible: boolean;
  /** The sidebar opens by itself (the reader has not closed it on this site); the verdict told the background so. */
  openSidebar: boolean;
}

/** However long the overlays take (a worker waking up), the sidebar's page loads by then. */
const SIDEBAR_AT_THE_LATEST_MS = 1_500;
/** Once the overlays are in, the sidebar's page waits at most this long for an idle period. */
const FRAME_IDLE_WAIT_MS = 50;

/**
 * `text` is the page's UI strings when the page's verdict brought them; without them the
 * session asks the worker (one message) and resolves once they are in.
 */
export async function createPageSession(given?: PageText): Promise<PageSession> {
  const text = given ?? (await loadPageText());
  const controller = new AbortController();
  const { signal } = controller;
  let overlays: OverlayController | null = null;
  let overlaysVisible = true;
  /** Drops the wait for the sidebar's page, if one is set (the reader closed the sidebar first). */
  let cancelFrameWait = (): void => undefined;

  const sidebar: SidebarHost = createSidebarHost({
    signal,
    articleRoot: () => findArticleRoot(document),
    launcherLabel: text('sidebarLauncher'),
    frameTitle: text('sidebarFrameTitle'),
    // Its opening by itself on an article came with the verdict: only the reader's own choices are sent.
    onToggle: (open, byReader) => {
      if (!open) cancelFrameWait();
      if (byReader) void sendToBackground('content:sidebar-state', { open });
    },
  });

  browser.storage.onChanged.addListener(onStorageChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onStorageChanged), { once: true });

  function onStorageChanged(changes: Record<string, browser.Storage.StorageChange>, area: string) {
    if (area !== 'local' || !changes[SETTINGS_KEY]) return;
    overlaysVisible = withDefaults(changes[SETTINGS_KEY].newValue).overlaysVisible;
    overlays?.setVisible(overlaysVisible);
  }

  function mountClaimOverlays(lang: string, onSettled: () => void) {
    overlays?.destroy();
    overlays = mountOverlays({
      root: findArticleRoot(document),
      // The background matches and sends only the sentences found, with the questions of
      // their claims (a few, not the pack's), in one answer.
      findClaims: async (articleText, knownQuestionIds) => {
        const reply = await sendToBackground('content:match-claims', { lang, text: articleText, knownQuestionIds: [...knownQuestionIds] });
        if (!reply.ok) throw new Error(reply.error);
        return reply.value;
      },
      visible: overlaysVisible,
      signal,
      onAnchored: (anchored) => void sendToBackground('content:anchored-claims', { anchored }),
      onSettled,
      onOpenInSidebar: (index) => sidebar.open({ focus: true, claimIndex: index }),
      labels: localizedOverlayLabels(text),
      locale: browser.i18n.getUILanguage(),
    });
  }

  /**
   * Mounts the overlays, and loads the sidebar's page in the first idle period after they
   * settle (FRAME_IDLE_WAIT_MS at most) or by SIDEBAR_AT_THE_LATEST_MS, whichever comes first;
   * at once if mounting fails. Creating the frame is one synchronous append of a new browsing
   * context, several milliseconds on a slow machine: as a task of its own it never lengthens
   * the markers' task, and the reader, who sees the open panel from the start, sees its page
   * begin to load at most a frame or two later.
   */
  function mountOverlaysThenFrame(lang: string) {
    // A sidebar the reader keeps closed on this site gets no page and no timer for one until
    // they open it, which loads its page at once.
    if (!sidebar.isOpen()) {
      mountClaimOverlays(lang, () => undefined);
      return;
    }
    let cap: ReturnType<typeof setTimeout> | undefined;
    let idle: DeferredTask | null = null;
    let waiting = true;
    cancelFrameWait = () => {
      waiting = false;
      clearTimeout(cap);
      idle?.cancel();
    };
    const loadFrame = () => {
      cancelFrameWait();
      if (!signal.aborted) sidebar.loadFrame();
    };
    cap = setTimeout(loadFrame, SIDEBAR_AT_THE_LATEST_MS);
    signal.addEventListener('abort', () => cancelFrameWait(), { once: true });
    try {
      mountClaimOverlays(lang, () => void (waiting && (idle ??= deferTask(window, loadFrame, FRAME_IDLE_WAIT_MS))));
    } catch (error) {
      loadFrame();
      throw error;
    }
  }

  return {
    async showArticle(verdict, display) {
      overlaysVisible = display.overlaysVisible;
      // One step per task: this chunk's start, the sidebar's panel, the overlays, the sidebar's page.
      await yieldToPage();
      if (signal.aborted) return;
      // The panel takes its place first, so the article reflows once, before the markers
      // are placed; its page comes once the highlights and markers are in: loading the frame
      // starts a page, a process's work and the worker's biggest answer, which on a machine
      // with few cores would otherwise run alongside the overlays' tasks and stretch them.
      if (display.openSidebar) sidebar.open({ byReader: false });
      await yieldToPage();
      if (signal.aborted) return;
      // Not awaited: the page's checks (navigations, restores, late text) queue behind this.
      mountOverlaysThenFrame(verdict.lang);
    },
    setSidebarOpen(open = !sidebar.isOpen()) {
      if (open) sidebar.open({ focus: true });
      else sidebar.close();
      return sidebar.isOpen();
    },
    jumpTo: (index) => overlays?.jumpTo(index) ?? false,
    destroy: () => controller.abort(),
  };
}
