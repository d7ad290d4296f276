import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { LEXICON_KEY } from '../extension/messaging/storage-keys';

/** Debian's Chromium; CI installs it with apt-get. CHROMIUM_PATH overrides. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

/** Starts Chromium with the built extension from `distDir` loaded, in a fresh profile. */
export async function launchWithExtension(
  distDir: string,
  options: {
    headless?: boolean;
    /** False for an extension without a service worker (the benchmark's empty baseline). */
    hasWorker?: boolean;
    /**
     * The browser's interface language ("ru"), what `chrome.i18n.getUILanguage()` answers. On
     * Linux Chromium takes it from the environment (LANGUAGE, LANG), not from `--lang`, and
     * only for languages whose locale files are installed (Debian: chromium-l10n).
     */
    uiLanguage?: string;
    /** Opens a second CDP endpoint on this port, for a client of its own (the tests' network recorder). */
    debuggingPort?: number;
    /** More Chromium switches (the benchmark keeps every host but 127.0.0.1 offline). */
    args?: string[];
  } = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  const dist = resolve(distDir);
  const language = options.uiLanguage;
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    ...(language ? { env: { ...process.env, LANGUAGE: language.replace('-', '_'), LANG: `${language.replace('-', '_')}.UTF-8` }, locale: language } : {}),
    headless: options.headless ?? true,
    viewport: { width: 1400, height: 900 },
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(language ? [`--lang=${language}`] : []),
      ...(options.debuggingPort ? [`--remote-debugging-port=${options.debuggingPort}`] : []),
      ...(options.args ?? []),
    ],
  });
  const worker = async () => {
    const running = context.serviceWorkers().find((candidate) => candidate.url().startsWith('chrome-extension://'));
    return running ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  };
  const extensionId = options.hasWorker === false ? '' : new URL((await worker()).url()).host;
  return { context, extensionId, worker, close: () => context.close() };
}

export function sidebarFrame(page: Page, extensionId: string): Frame | undefined {
  return page.frames().find((frame) => frame.url().startsWith(`chrome-extension://${extensionId}/extension/sidebar/sidebar.html`));
}

/** Waits for the sidebar iframe to load and render its heading. */
export async function waitForSidebar(page: Page, extensionId: string, timeout = 15_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const frame = sidebarFrame(page, extensionId);
    if (frame) {
      await frame.waitForSelector('h1, h2', { timeout: Math.max(1, deadline - Date.now()) });
      return frame;
    }
    await page.waitForTimeout(100);
  }
  throw new Error('the sidebar did not appear');
}

/** The worker publishes the compiled lexicon to storage once the shipped pack is in IndexedDB. */
export async function waitForPackInstalled(browser: ExtensionBrowser): Promise<void> {
  const worker = await browser.worker();
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const ready = await worker.evaluate(async (key) => Boolean((await chrome.storage.local.get(key))[key]), LEXICON_KEY);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the fact pack was not installed within 20 s');
}
