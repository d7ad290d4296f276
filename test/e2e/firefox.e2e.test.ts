import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startDemoSite, type DemoSite } from '../../demo/demo-site';
import { firefoxSidebarFrame, launchFirefoxWithExtension, readFirefoxHttpLog, type FirefoxWithExtension } from '../../demo/launch-firefox';
import { E2E_DIST_FIREFOX } from './paths';
import { NEW_FACT, signedNewerPack } from './signed-test-pack';
import { packPath } from '../../src/pack/publish-layout';

/**
 * The Firefox build in Firefox ESR, driven over WebDriver BiDi. Firefox differs from Chromium
 * where it matters here: the background is an event page that Firefox suspends when idle (set
 * to 2 s so the tests cross suspensions), extension frames live on a per-install
 * moz-extension: origin, and tab state lives in Firefox's own storage.session.
 */
const BACKGROUND_IDLE_SECONDS = 2;

let site: DemoSite;
let firefox: FirefoxWithExtension;
/** Firefox's own HTTP log of the whole browser (every process, from its start). */
const httpLog = join(mkdtempSync(join(tmpdir(), 'mc-firefox-http-')), 'http');

/** Firefox's own services (remote settings and the like), which it calls with or without our extension. */
const FIREFOX_SERVICE = /^https:\/\/([a-z0-9-]+\.)*(mozilla\.(com|net|org)|firefox\.com)\//;
const isProbe = (url: string) => url.includes('/privacy-probe-');
/** Requests to anywhere but the test site and Firefox's own services. */
const foreignRequests = () => readFirefoxHttpLog(httpLog).filter((url) => !url.startsWith('http://127.0.0.1:') && !FIREFOX_SERVICE.test(url));

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function openArticle(path: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.goto(`${site.origin}${path}`);
  return page;
}

/** Highlighted claim text, from the Highlight API or, where it is missing, the <mark> fallback. */
function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    // Feature-tested: the fallback exists for engines without the Highlight API.
    const registry = 'highlights' in CSS ? CSS.highlights : undefined;
    return registry?.get('mc-claim')?.size ?? document.querySelectorAll('mark[data-mc-claim]').length;
  });
}

/** The tab id the extension gives a page, asked from an extension page. */
async function tabIdOf(url: string): Promise<number> {
  const probe = await firefox.openExtensionPage('extension/popup/popup.html');
  const id = await probe.evaluate(async (wanted) => (await chrome.tabs.query({})).find((tab) => tab.url === wanted)?.id, url);
  await probe.close();
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
}

async function popupText(page: Page): Promise<string> {
  const popup = await firefox.openExtensionPage(`extension/popup/popup.html?tabId=${await tabIdOf(page.url())}`);
  await popup.waitForFunction(() => /\d+\.\d+\.\d+/.test(document.body.innerText), { timeout: 10_000 });
  const text = await popup.evaluate(() => document.body.innerText);
  await popup.close();
  return text;
}

/** Presses Sync now in the options page, first setting the update URL when given, and returns the result line. */
async function syncFromOptions(url?: string): Promise<string> {
  const options = await firefox.openExtensionPage('extension/options/options.html');
  await options.waitForFunction(() => /\d+\.\d+\.\d+/.test(document.body.innerText), { timeout: 10_000 });
  if (url) await options.evaluate(async (value) => {
    const field = [...document.querySelectorAll('input')].find((input) => input.type === 'url');
    if (!field) throw new Error('no update URL field');
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    // As a reader would: the form re-renders with the typed text before it is submitted.
    await new Promise((done) => setTimeout(done, 50));
    field.form?.requestSubmit();
  }, url);
  if (url) await options.waitForFunction(() => /saved/i.test(document.getElementById('update-url-feedback')?.textContent ?? ''), { timeout: 10_000 });
  await options.evaluate(async () => {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const button = [...document.querySelectorAll('button')].find((candidate) => /sync now/i.test(candidate.textContent ?? ''));
      if (button && !button.disabled) return button.click();
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error('no Sync now button');
  });
  await options.waitForFunction(() => /updated|refused|up to date/i.test(document.querySelector('.sync-now [role="status"]')?.textContent ?? ''), { timeout: 15_000 });
  const result = await options.evaluate(() => document.querySelector('.sync-now [role="status"]')?.textContent ?? '');
  await options.close();
  return result;
}

beforeAll(async () => {
  site = await startDemoSite();
  firefox = await launchFirefoxWithExtension(E2E_DIST_FIREFOX, { backgroundIdleSeconds: BACKGROUND_IDLE_SECONDS, httpLog });
  // The shipped pack is imported on install; the options page shows its version once it is in.
  const options = await firefox.openExtensionPage('extension/options/options.html');
  await options.waitForFunction(() => /\d+\.\d+\.\d+/.test(document.body.innerText), { timeout: 20_000 });
  await options.close();
});

afterAll(async () => {
  await firefox?.close();
  await site?.close();
});

describe('Firefox build', () => {
  it('passes web-ext lint with no errors', () => {
    const report = JSON.parse(
      execFileSync('npx', ['web-ext', 'lint', '--source-dir', E2E_DIST_FIREFOX, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' }),
    ) as { errors: Array<{ code: string; message: string }> };
    expect(report.errors).toEqual([]);
  });

  it('fills the sidebar of a seed article from IndexedDB and highlights its claims, after the background page was suspended', async () => {
    // Idle long enough for Firefox to suspend the event page: the article's messages wake it.
    await sleep(BACKGROUND_IDLE_SECONDS * 1000 + 1500);
    const page = await openArticle('/news/russians-return-home.html');
    const sidebar = await firefoxSidebarFrame(page);
    await sidebar.waitForFunction(() => /This article\s*\(\d+\)/.test(document.body.innerText), { timeout: 15_000 });
    const text = await sidebar.evaluate(() => document.body.innerText);
    expect(text).toMatch(/Fact pack \d+\.\d+\.\d+/);
    expect(text).toContain('700,000');
    await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBeGreaterThanOrEqual(8);
    expect(await page.evaluate(() => document.querySelectorAll('mc-marker').length)).toBeGreaterThanOrEqual(8);
    // The page itself cannot read into the sidebar: its host's shadow root is closed.
    expect(await page.evaluate(() => document.querySelector('mc-sidebar')?.shadowRoot ?? null)).toBeNull();
    expect(await popupText(page)).toMatch(/news article about Russia's 2022 mobilization/);
    await page.close();
  });

  it('leaves an unrelated news page alone', async () => {
    const page = await openArticle('/fixtures/pages/unrelated-news.html');
    // Control in the same browser: a seed article does get its sidebar.
    const control = await openArticle('/news/men-fleeing-draft.html');
    await firefoxSidebarFrame(control);
    await control.close();
    expect(await page.evaluate(() => document.querySelector('mc-sidebar, mc-marker') === null)).toBe(true);
    expect(await highlightCount(page)).toBe(0);
    expect(await popupText(page)).not.toMatch(/is a news article about/);
    await page.close();
  });

  it('installs a newer signed pack, then refuses a tampered one and keeps the data', async () => {
    const { index, pack, tamperedIndex, tampered } = await signedNewerPack();
    site.setRoute('/packs/index.json', index);
    site.setRoute(`/packs/${packPath('9.0.0')}`, pack);
    expect(await syncFromOptions(`${site.origin}/packs/index.json`)).toMatch(/updated/i);

    site.setRoute('/packs/index.json', tamperedIndex);
    site.setRoute(`/packs/${packPath('9.0.1')}`, tampered);
    expect(await syncFromOptions()).toMatch(/refused/i);

    const page = await openArticle('/news/russians-return-home.html');
    const sidebar = await firefoxSidebarFrame(page);
    await sidebar.waitForFunction(() => /This article\s*\(\d+\)/.test(document.body.innerText), { timeout: 15_000 });
    await sidebar.evaluate(() => {
      const topic = [...document.querySelectorAll('select')].find((select) => [...select.options].some((option) => option.text === 'All topics'));
      if (!topic) throw new Error('no topic filter');
      topic.value = [...topic.options].find((option) => option.text === 'All topics')!.value;
      topic.dispatchEvent(new Event('change', { bubbles: true }));
    });
    // Facts off screen are not rendered until scrolled near (content-visibility), and Firefox's
    // innerText leaves them out: the reader's way to the fact is scrolling to it.
    await sidebar.waitForFunction(
      (fact) => {
        const item = [...document.querySelectorAll('.timeline__item')].find((each) => each.textContent?.includes(fact));
        item?.scrollIntoView();
        return item instanceof HTMLElement && item.innerText.includes(fact);
      },
      { timeout: 10_000 },
      NEW_FACT,
    );
    const popup = await popupText(page);
    expect(popup).toContain('9.0.0');
    expect(popup).toMatch(/signature/i);
    await page.close();
  });
});

// Runs after the tests above, so the log holds everything they made the browser do.
describe('Firefox privacy', () => {
  /** Another name for the test site: the same machine, but not the allowed host. */
  const foreignUrl = (path: string) => `${site.origin.replace('127.0.0.1', 'localhost')}/${path}`;

  it("sent no request outside the test site while the tests above ran (only Firefox's own services)", () => {
    const seen = readFirefoxHttpLog(httpLog);
    expect(seen.some((url) => url.startsWith(`${site.origin}/`))).toBe(true);
    expect(foreignRequests().filter((url) => !isProbe(url))).toEqual([]);
  });

  it('catches a request to another host from a page and from an extension page (the control)', async () => {
    const article = await openArticle('/news/men-fleeing-draft.html');
    const popup = await firefox.openExtensionPage('extension/popup/popup.html');
    const probe = (url: string) => fetch(url).then(
      () => 'sent',
      () => 'sent',
    );
    await article.evaluate(probe, foreignUrl('privacy-probe-page'));
    await popup.evaluate(probe, foreignUrl('privacy-probe-extension'));
    await expect.poll(() => foreignRequests().filter(isProbe).map((url) => url.split('/').pop()).sort(), { timeout: 10_000 }).toEqual([
      'privacy-probe-extension',
      'privacy-probe-page',
    ]);
    await Promise.all([popup.close(), article.close()]);
  });
});
