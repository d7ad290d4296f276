import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * The languages a built extension's pack has claim matchers for. Articles in the other
 * (detection-only) languages get a sidebar and no highlights, so on them the extension is done
 * once its sidebar is in: waiting there for highlights that never come would measure its
 * browser's page for seconds longer than the empty extension's, and count the page's own idle
 * work as the extension's.
 */
export function matchedLanguages(dist: string): ReadonlySet<string> {
  const pack = JSON.parse(readFileSync(join(dist, 'fact-pack.json'), 'utf8')) as { matchers: Array<{ lang: string }> };
  return new Set(pack.matchers.map((matcher) => matcher.lang));
}

/** Claim highlights the overlays registered on the page (the registry is shared with the content script's world). */
export const highlightCount = (page: Page) => page.evaluate(() => CSS.highlights.get('mc-claim')?.size ?? 0);

/** Time between two looks at the page. */
const POLL_MS = 50;

/**
 * One look at the page: a single evaluation in it, the same on every page, so that a page
 * where nothing is awaited can be given exactly the looks (and their main-thread tasks) the
 * extension's page was given.
 */
const look = (page: Page) =>
  page.evaluate(() => ({ sidebar: document.querySelector('mc-sidebar') !== null, highlights: CSS.highlights.get('mc-claim')?.size ?? 0, lang: document.documentElement.lang }));

/**
 * Whether the sidebar's own page has rendered its answer (the sections, or the error). It is
 * created after the highlights and rendered in its own process: a visit that ended before
 * that would leave the sidebar's work out of the measured window, where on a machine with
 * few cores it still takes cores from the page. Read in the frame, so the page runs nothing
 * for it.
 */
async function sidebarRendered(page: Page): Promise<boolean> {
  const frame = page.frames().find((each) => each.url().includes('/extension/sidebar/sidebar.html'));
  return frame ? frame.evaluate(() => document.querySelector('.sidebar-main section, .load-error') !== null).catch(() => false) : false;
}

/**
 * Waits until the extension has shown its sidebar, its sidebar's page has rendered and, on
 * articles in a language of `matched`, its highlights are in, or `timeout` passed; says
 * whether it did and how many looks at the page it took.
 */
export async function extensionShown(page: Page, matched: ReadonlySet<string>, timeout: number): Promise<{ shown: boolean; looks: number }> {
  const deadline = Date.now() + timeout;
  for (let looks = 1; ; looks += 1) {
    const seen = await look(page);
    const lang = seen.lang.toLowerCase().split('-')[0] ?? '';
    if (seen.sidebar && (!matched.has(lang) || seen.highlights > 0) && (await sidebarRendered(page))) return { shown: true, looks };
    if (Date.now() >= deadline) return { shown: false, looks };
    await page.waitForTimeout(POLL_MS);
  }
}

/**
 * Gives a page the same looks `extensionShown` gave the extension's page, spaced the same way:
 * without them, only the extension's pages would pay for being watched, and the bench would
 * count its own polling as the extension's cost.
 */
export async function mirrorLooks(page: Page, looks: number): Promise<void> {
  for (let index = 0; index < looks; index += 1) {
    if (index > 0) await page.waitForTimeout(POLL_MS);
    await look(page);
  }
}
