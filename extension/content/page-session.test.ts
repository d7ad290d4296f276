// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MountOverlaysOptions, OverlayController } from './overlays/mount-overlays';

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      getURL: (path: string) => `chrome-extension://test/${path}`,
      // Every message gets an empty answer; the page's UI strings fall back to their keys.
      sendMessage: async () => ({ ok: true, value: { messages: {} } }),
    },
    storage: { onChanged: { addListener: () => {}, removeListener: () => {} } },
    i18n: { getUILanguage: () => 'en' },
  },
}));

/** The overlays as the page session drives them: the test settles them, or makes mounting fail. */
let mounted: MountOverlaysOptions | null;
let mountFails: boolean;
vi.mock('./overlays/mount-overlays', () => ({
  mountOverlays: (options: MountOverlaysOptions): OverlayController => {
    if (mountFails) throw new Error('the article could not be read');
    mounted = options;
    return { setVisible: () => {}, jumpTo: () => false, anchoredCount: () => 0, destroy: () => {} };
  },
}));

import type { PageVerdictMessage } from '../messaging/protocol';
import browser from 'webextension-polyfill';
import { createPageSession, type ArticleDisplay, type PageSession } from './page-session';
import { pageTextFrom } from './page-text';

const VERDICT: PageVerdictMessage = { relevant: true, isArticle: true, lang: 'en', topics: ['exodus'], score: 1 };
const opensByItself: ArticleDisplay = { overlaysVisible: true, openSidebar: true };
const staysClosed: ArticleDisplay = { overlaysVisible: true, openSidebar: false };

// Closed shadow roots keep the page out; tests open them to look inside.
const attach = Element.prototype.attachShadow;
const sidebarRoot = () => [...document.documentElement.children].find((element) => element.localName.startsWith('mc-sidebar'))?.shadowRoot ?? null;
const panelShown = () => sidebarRoot()?.querySelector<HTMLElement>('.panel')?.hidden === false;
const frame = () => sidebarRoot()?.querySelector('iframe') ?? null;

let session: PageSession;

/** Shows the article and runs its steps (a task each) up to the overlays' mounting. */
async function showArticle(display = opensByItself): Promise<{ resolved: () => boolean }> {
  let resolved = false;
  session.showArticle(VERDICT, display).then(
    () => (resolved = true),
    () => (resolved = true),
  );
  // A task each (timers here fire a millisecond on at the soonest).
  await vi.advanceTimersByTimeAsync(1);
  await vi.advanceTimersByTimeAsync(1);
  return { resolved: () => resolved };
}

beforeEach(async () => {
  vi.useFakeTimers();
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    return attach.call(this, { ...init, mode: 'open' });
  });
  document.body.innerHTML = '<article><h1>Russians leave</h1><p>Text.</p></article>';
  mounted = null;
  mountFails = false;
  session = await createPageSession();
});

afterEach(() => {
  session.destroy();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('page session: the sidebar page comes after the overlays', () => {
  it('opens the panel by itself without its page, and does not hold the caller until the page loads', async () => {
    const shown = await showArticle();
    expect(mounted).not.toBeNull();
    expect(panelShown()).toBe(true);
    expect(frame()).toBeNull();
    expect(shown.resolved()).toBe(true);
  });

  it('loads the page in a task of its own once the overlays settle', async () => {
    await showArticle();
    mounted?.onSettled?.();
    expect(frame()).toBeNull();
    await vi.advanceTimersByTimeAsync(50);
    expect(frame()?.getAttribute('src')).toBe('chrome-extension://test/extension/sidebar/sidebar.html');
  });

  it('loads the page after the cap when matching never answers', async () => {
    await showArticle();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(frame()).toBeNull();
    await vi.advanceTimersByTimeAsync(500);
    expect(frame()).not.toBeNull();
  });

  it('loads the page at once, and keeps the panel usable, when the overlays cannot be mounted', async () => {
    mountFails = true;
    const shown = await showArticle();
    expect(shown.resolved()).toBe(true);
    expect(panelShown()).toBe(true);
    expect(frame()).not.toBeNull();
  });

  it('loads no page once the reader has closed the sidebar', async () => {
    await showArticle();
    session.setSidebarOpen(false);
    mounted?.onSettled?.();
    await vi.advanceTimersByTimeAsync(1_500);
    expect(frame()).toBeNull();
  });

  it('loads no page when the reader closes the sidebar between the overlays settling and the idle period', async () => {
    await showArticle();
    mounted?.onSettled?.();
    session.setSidebarOpen(false);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(frame()).toBeNull();
  });

  it('sets no timer and loads no page while the reader keeps the sidebar closed', async () => {
    await showArticle(staysClosed);
    mounted?.onSettled?.();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(frame()).toBeNull();
  });

  it('drops its timers for the page when the reader closes the sidebar first', async () => {
    await showArticle();
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    session.setSidebarOpen(false);
    expect(vi.getTimerCount()).toBe(0);
    mounted?.onSettled?.();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("loads the page at once on the reader's own opening", async () => {
    await showArticle(staysClosed);
    expect(panelShown()).toBe(false);
    session.setSidebarOpen(true);
    expect(frame()).not.toBeNull();
  });

  it('loads the page at once when the reader focuses the sidebar it opened by itself', async () => {
    await showArticle();
    expect(frame()).toBeNull();
    session.setSidebarOpen(true);
    expect(frame()).not.toBeNull();
  });

  it('loads the page at once, on the claim, when a card asks for the sidebar', async () => {
    await showArticle();
    mounted?.onOpenInSidebar(2);
    expect(frame()?.getAttribute('src')).toBe('chrome-extension://test/extension/sidebar/sidebar.html#claim-2');
  });
});

describe('page session: its UI strings', () => {
  const launcher = () => sidebarRoot()?.querySelector<HTMLElement>('.launcher')?.textContent;

  it('takes the strings a verdict brought and asks the worker for none', async () => {
    session.destroy();
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    session = await createPageSession(pageTextFrom({ sidebarLauncher: 'Context' }));
    expect(send).not.toHaveBeenCalled();
    await showArticle();
    expect(launcher()).toBe('Context');
    expect(send.mock.calls.map(([message]) => (message as { type: string }).type)).not.toContain('content:get-page-text');
  });

  it('asks the worker for them when no verdict brought them', async () => {
    session.destroy();
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    session = await createPageSession();
    expect(send.mock.calls.map(([message]) => (message as { type: string }).type)).toEqual(['content:get-page-text']);
  });
});

describe('page session: what it tells the worker of the sidebar', () => {
  const sent = (send: { mock: { calls: unknown[][] } }) => send.mock.calls.map(([message]) => message as { type: string; payload: unknown });

  it('sends nothing when the sidebar opens by itself (the verdict said so)', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    await showArticle();
    expect(panelShown()).toBe(true);
    expect(sent(send).map((message) => message.type)).not.toContain('content:sidebar-state');
  });

  it("sends the reader's own closing and opening", async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    await showArticle();
    session.setSidebarOpen(false);
    session.setSidebarOpen(true);
    expect(sent(send).filter((message) => message.type === 'content:sidebar-state').map((message) => message.payload)).toEqual([{ open: false }, { open: true }]);
  });
});
