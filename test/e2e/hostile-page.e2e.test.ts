import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { activeTabId, badgeText, openPage, sidebarFrame, useHarness, waitForSidebar } from './harness';

const harness = useHarness();

it('a hostile page can neither read nor restyle the sidebar, nor talk to the background', async () => {
  const page = await openPage(harness, '/news/men-fleeing-draft.html');
  const frame = await waitForSidebar(page, harness.browser.extensionId);
  const probe = await page.evaluate(async (extensionId) => {
    const style = document.createElement('style');
    style.textContent = 'mc-sidebar, mc-sidebar * , iframe { display: none !important; visibility: hidden !important; }';
    document.head.append(style);
    const host = document.querySelector('mc-sidebar');
    let attachRefused = false;
    try {
      host?.attachShadow({ mode: 'open' });
    } catch {
      attachRefused = true;
    }
    const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
    let readFrame = 'unreadable';
    try {
      readFrame = [...document.querySelectorAll('iframe')].map((f) => f.contentDocument?.body?.textContent ?? '').join('');
    } catch {
      readFrame = 'unreadable';
    }
    // Any extension message a page could fake must go through runtime.sendMessage, which pages lack.
    return {
      shadowRoot: host?.shadowRoot ?? null,
      attachRefused,
      canMessage: typeof runtime?.sendMessage === 'function',
      iframesVisibleToPage: document.querySelectorAll('iframe').length,
      readFrame,
      extensionId,
    };
  }, harness.browser.extensionId);
  expect(probe.shadowRoot).toBeNull();
  expect(probe.attachRefused).toBe(true);
  expect(probe.canMessage).toBe(false);
  expect(probe.iframesVisibleToPage).toBe(0);
  expect(probe.readFrame).toBe('');
  // The page's !important rules do not reach the sidebar.
  const box = await (await frame.frameElement()).boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(100);
  await page.close();
});

it('a page cannot frame the sidebar page itself (it is reachable only through a per-session URL)', async () => {
  const page = await openPage(harness, '/fixtures/pages/unrelated-news.html');
  await page.evaluate((extensionId) => {
    const frame = document.createElement('iframe');
    frame.src = `chrome-extension://${extensionId}/extension/sidebar/sidebar.html`;
    document.body.append(frame);
  }, harness.browser.extensionId);
  await page.waitForTimeout(1_500);
  expect(sidebarFrame(page, harness.browser.extensionId)).toBeUndefined();
  await page.close();
});

/**
 * Hostile pages that act before the content script runs: an inline script at the top of the
 * page redefines the APIs the extension uses, defines our element names, spams the sidebar
 * frame with messages, removes our elements in a loop, or declares a hostile language.
 * Content scripts run in an isolated world, so redefined globals never reach them; what the
 * worlds share (the DOM, the custom element registry, the highlight registry) is handled.
 */
const ARTICLE = readFileSync('test/fixtures/articles/en-partial-mobilization-announced.html', 'utf8');

/** Serves the article with `script` run first thing in <head>, and opens it with every uncaught error recorded. */
async function openHostile(name: string, script: string, html = ARTICLE): Promise<{ page: Page; errors: string[] }> {
  harness.site.setRoute(`/hostile/${name}.html`, html.replace(/<head>/i, `<head><script>${script}</script>`), 'text/html; charset=utf-8');
  const page = await harness.browser.context.newPage();
  // Runtime events come from every world of the page, the content script's included.
  const cdp = await harness.browser.context.newCDPSession(page);
  const errors: string[] = [];
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    errors.push(`${exceptionDetails.exception?.description ?? exceptionDetails.text} (${exceptionDetails.url ?? ''})`);
  });
  await cdp.send('Runtime.enable');
  await page.goto(`${harness.site.origin}/hostile/${name}.html`);
  await page.bringToFront();
  return { page, errors };
}

/** Errors thrown by the extension's own code (the page's are its business). */
const extensionErrors = (errors: string[]) => errors.filter((error) => error.includes('chrome-extension://'));

/** The claim sentences painted, read through the real registry the page saved before replacing it. */
async function paintedClaims(page: Page): Promise<number> {
  return page.evaluate(() => {
    const registry = (window as unknown as { realHighlights: HighlightRegistry }).realHighlights ?? CSS.highlights;
    return registry.get('mc-claim')?.size ?? 0;
  });
}

async function expectWorking(page: Page): Promise<void> {
  const sidebar = await waitForSidebar(page, harness.browser.extensionId);
  expect(await sidebar.locator('h1').innerText()).not.toBe('');
  await expect.poll(() => paintedClaims(page), { timeout: 15_000 }).toBeGreaterThan(0);
  const claims = await paintedClaims(page);
  expect(await badgeText(harness, await activeTabId(harness, page))).toBe(String(claims));
}

const TRAP_APIS = `
  const calls = (window.trapCalls = {});
  const count = (name) => (calls[name] = (calls[name] ?? 0) + 1);
  window.realHighlights = CSS.highlights;
  const wrapMethod = (owner, name, label) => {
    const real = owner[name];
    owner[name] = function (...args) { count(label); return real.apply(this, args); };
  };
  wrapMethod(Element.prototype, 'attachShadow', 'attachShadow');
  wrapMethod(customElements, 'define', 'customElements.define');
  wrapMethod(Document.prototype, 'createElement', 'createElement');
  wrapMethod(Document.prototype, 'createRange', 'createRange');
  wrapMethod(Node.prototype, 'appendChild', 'appendChild');
  wrapMethod(Element.prototype, 'append', 'append');
  wrapMethod(Element.prototype, 'setAttribute', 'setAttribute');
  wrapMethod(EventTarget.prototype, 'addEventListener', 'addEventListener');
  wrapMethod(JSON, 'parse', 'JSON.parse');
  const innerHTML = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');
  Object.defineProperty(Element.prototype, 'innerHTML', { ...innerHTML, set(value) { count('innerHTML'); innerHTML.set.call(this, value); } });
  const RealObserver = MutationObserver;
  window.MutationObserver = class extends RealObserver { constructor(callback) { count('MutationObserver'); super(callback); } };
  const RealRange = Range;
  window.Range = class extends RealRange { constructor() { count('Range'); super(); } };
  window.Highlight = class { constructor() { count('Highlight'); } };
  Object.defineProperty(CSS, 'highlights', { value: { set() { count('CSS.highlights'); }, get() { count('CSS.highlights'); }, delete() {}, has() { return false; }, clear() {} } });
  window.fetch = (...args) => { count('fetch'); return Promise.reject(new TypeError('blocked by the page')); };
  window.postMessage = (...args) => { count('postMessage'); };
  window.XMLHttpRequest = class { constructor() { count('XMLHttpRequest'); } };
`;

describe('a page that redefines the APIs the extension uses, before it runs', () => {
  it('never reaches the content script: the extension works and the traps see no call from it', async () => {
    const { page, errors } = await openHostile('traps', TRAP_APIS);
    await expectWorking(page);
    // Hover a claim: the card is built too, still without any trapped call.
    const box = await page.evaluate(() => {
      const registry = (window as unknown as { realHighlights: HighlightRegistry }).realHighlights;
      const range = [...(registry.get('mc-claim') ?? [])][0] as Range;
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + 10, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('*')].some((e) => e.localName.startsWith('mc-card') && getComputedStyle(e).display !== 'none'))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { trapCalls: Record<string, number> }).trapCalls)).toEqual({});
    expect(extensionErrors(errors)).toEqual([]);
    await page.close();
  });
});

describe('a page that defines our element names as its own custom elements first', () => {
  const DEFINE_OUR_NAMES = `
    window.captured = [];
    for (const name of ['mc-sidebar', 'mc-layer', 'mc-marker', 'mc-card']) {
      customElements.define(name, class extends HTMLElement {
        constructor() { super(); window.captured.push(name); this.pageRoot = this.attachShadow({ mode: 'open' }); }
        connectedCallback() { window.captured.push('connected ' + name); }
      });
    }
  `;

  it('gets none of them: the extension uses names the page could not know, and works', async () => {
    const { page, errors } = await openHostile('custom-elements', DEFINE_OUR_NAMES);
    await expectWorking(page);
    const seen = await page.evaluate(() => ({
      captured: (window as unknown as { captured: string[] }).captured,
      ours: [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('mc-')).map((e) => ({ name: e.localName, root: e.shadowRoot })),
    }));
    // The registry is shared, so the page's constructor did run on the first element we made:
    // that element was dropped unused, and none ever reached the page's document.
    expect(seen.captured.every((entry) => !entry.startsWith('connected'))).toBe(true);
    expect(seen.ours.length).toBeGreaterThan(1);
    for (const host of seen.ours) {
      expect(host.name).toMatch(/^mc-(sidebar|layer|marker|card)-[0-9a-f]{12}$/);
      expect(host.root).toBeNull();
    }
    expect(extensionErrors(errors)).toEqual([]);
    await page.close();
  });
});

describe('a page that attacks the sidebar and the overlays while they run', () => {
  it('spamming postMessage at the sidebar frame: the page cannot even reach it, and the spam changes nothing', async () => {
    const SPAM = `
      window.answers = 0;
      window.addEventListener('message', (event) => { if (event.source !== window) window.answers++; });
      const junk = [
        { type: 'sidebar:close', payload: {} }, { type: 'popup:toggle-sidebar', payload: { tabId: 1 } },
        { type: 'options:update-settings', payload: { paused: true } }, 'x'.repeat(10000), null, [[[[[]]]]],
        { type: 'background:set-sidebar-open', payload: { open: false } }, '<img src=x onerror="parent.pwned=1">',
      ];
      window.spammed = 0;
      window.frameHandles = 0;
      // At every frame the page can get hold of, and at its own window, where the content script lives too.
      setInterval(() => {
        window.frameHandles = Math.max(window.frameHandles, window.length);
        const targets = [window, ...Array.from({ length: window.length }, (_, i) => window[i])];
        for (const target of targets) for (const message of junk) { target.postMessage(message, '*'); window.spammed++; }
      }, 5);
    `;
    const { page, errors } = await openHostile('spam', SPAM);
    await expectWorking(page);
    await page.waitForTimeout(2_000);
    const state = await page.evaluate(() => {
      const spammer = window as unknown as { spammed: number; answers: number; frameHandles: number; pwned?: number };
      return { spammed: spammer.spammed, answers: spammer.answers, frameHandles: spammer.frameHandles, pwned: spammer.pwned };
    });
    // The frame sits in a closed shadow root: the page never even gets a handle to post at it.
    expect(state.frameHandles).toBe(0);
    expect(state.spammed).toBeGreaterThan(100);
    expect(state.answers).toBe(0);
    expect(state.pwned).toBeUndefined();
    const sidebar = await waitForSidebar(page, harness.browser.extensionId);
    expect((await (await sidebar.frameElement()).boundingBox())?.width ?? 0).toBeGreaterThan(100);
    expect(await sidebar.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    const worker = await harness.browser.worker();
    const settings = await worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as { paused?: boolean } | undefined);
    expect(settings?.paused ?? false).toBe(false);
    expect(extensionErrors(errors)).toEqual([]);
    await page.close();
  });

  it('removing our elements in a loop: the extension steps aside without fighting back, and works in other tabs', async () => {
    const REMOVE_LOOP = `
      window.added = 0;
      new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) if (node.localName?.startsWith('mc-')) window.added++;
      }).observe(document, { childList: true, subtree: true });
      setInterval(() => {
        for (const element of document.querySelectorAll('*')) if (element.localName.startsWith('mc-')) element.remove();
      }, 10);
    `;
    const { page, errors } = await openHostile('removal', REMOVE_LOOP);
    // The page was judged and its claims counted before the page could do anything about it.
    await expect.poll(async () => Number(await badgeText(harness, await activeTabId(harness, page))), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(3_000);
    const added = await page.evaluate(() => (window as unknown as { added: number }).added);
    // A handful of hosts (sidebar, marker layer, markers, card), each added once: no re-insertion loop.
    expect(added).toBeLessThan(40);
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => (window as unknown as { added: number }).added)).toBe(added);
    expect(extensionErrors(errors)).toEqual([]);
    await page.close();
    const other = await openPage(harness, '/news/men-fleeing-draft.html');
    await waitForSidebar(other, harness.browser.extensionId);
    await other.close();
  });

  it('page-controlled text in a claim sentence and a hostile lang are shown as text, never run', async () => {
    const payload = '<img src=x onerror="window.pwned=1;parent.pwned=1">';
    const escaped = payload.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    const html = ARTICLE.replace('<html lang="en">', `<html lang="en-${escaped}${'x'.repeat(5000)}">`).replace(
      'about 300,000 reservists',
      `about 300,000 ${escaped} reservists`,
    );
    expect(html).toContain(`300,000 ${escaped}`);
    const { page, errors } = await openHostile('html-in-text', '', html);
    const sidebar = await waitForSidebar(page, harness.browser.extensionId);
    await expect.poll(() => paintedClaims(page), { timeout: 15_000 }).toBeGreaterThan(0);
    // The sentence is listed in the sidebar as the page wrote it: as text.
    await sidebar.getByText(payload, { exact: false }).first().waitFor({ timeout: 10_000 });
    expect(await sidebar.locator('img').count()).toBe(0);
    expect(await sidebar.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(extensionErrors(errors)).toEqual([]);
    await page.close();
  });
});
