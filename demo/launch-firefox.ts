import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../build/browser-manifest.ts';

/** Debian's Firefox ESR; CI installs it with apt-get. FIREFOX_PATH overrides. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Firefox gives each install a random moz-extension origin; pinning it through the UUID pref
 * lets a test open the extension's own pages by URL.
 */
const EXTENSION_UUID = '3f8a2b6c-5d4e-4f1a-9b7c-0e2d1c3b4a59';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxWithExtension {
  browser: Browser;
  /** Opens one of the extension's own pages (popup, options) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /** Seconds an idle background page lives before Firefox suspends it (Firefox's default is 30). */
  backgroundIdleSeconds?: number;
  /**
   * Where Firefox's HTTP log goes (`MOZ_LOG_FILE`; Firefox adds a suffix per process): every
   * HTTP request of the whole browser, its extension's pages and background included, from
   * its first moment. Read it with `readFirefoxHttpLog`.
   */
  httpLog?: string;
}

/**
 * Starts Firefox ESR over WebDriver BiDi in a fresh profile with the Firefox build in
 * `distDir` installed as a temporary add-on.
 */
export async function launchFirefoxWithExtension(distDir: string, options: FirefoxLaunchOptions = {}): Promise<FirefoxWithExtension> {
  if (!existsSync(FIREFOX_PATH)) throw new Error(`Firefox not found at ${FIREFOX_PATH}: apt-get install -y firefox-esr`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Lets WebDriver open moz-extension: pages (the popup and options) in a tab.
    args: ['--remote-allow-system-access'],
    ...(options.httpLog ? { env: { ...process.env, MOZ_LOG: 'timestamp,nsHttp:3', MOZ_LOG_FILE: options.httpLog } } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      ...(options.backgroundIdleSeconds ? { 'extensions.background.idle.timeout': options.backgroundIdleSeconds * 1000 } : {}),
    },
  });
  await browser.installExtension(resolve(distDir));
  const openExtensionPage = async (path: string) => {
    const page = await browser.newPage();
    // WebDriver reports no load event for extension pages; the page's own content is awaited instead.
    await page.goto(`${FIREFOX_EXTENSION_ORIGIN}/${path}`, { timeout: 3_000 }).catch(() => undefined);
    await page.waitForFunction(() => document.readyState === 'complete' && document.body?.childElementCount > 0, { timeout: 10_000 });
    return page;
  };
  return { browser, openExtensionPage, close: () => browser.close() };
}

/**
 * The sidebar frame of a page. WebDriver BiDi names a cross-process extension frame
 * `about:blank`, so frames are asked where they are.
 */
export async function firefoxSidebarFrame(page: Page, timeout = 15_000): Promise<Frame> {
  const sidebarUrl = `${FIREFOX_EXTENSION_ORIGIN}/extension/sidebar/sidebar.html`;
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const where = await frame.evaluate(() => location.href).catch(() => '');
      if (where.startsWith(sidebarUrl)) return frame;
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error('the sidebar did not appear');
}

/** Every URL Firefox's HTTP log (`httpLog`) names so far, in order, from all its processes' files. */
export function readFirefoxHttpLog(httpLog: string): string[] {
  const dir = dirname(httpLog);
  const prefix = basename(httpLog);
  return readdirSync(dir)
    .filter((name) => name.startsWith(prefix))
    .flatMap((name) => [...readFileSync(join(dir, name), 'utf8').matchAll(/ uri=(\S+)/g)].map((match) => match[1] ?? ''));
}
