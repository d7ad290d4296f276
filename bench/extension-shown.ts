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
const hasSidebar = (page: Page) => page.evaluate(() => document.querySelector('mc-sidebar') !== null);

/**
 * Waits until the extension has shown its sidebar and, on articles in a language of
 * `matched`, its highlights, or `timeout` passed; true when it did.
 */
export async function extensionShown(page: Page, matched: ReadonlySet<string>, timeout: number): Promise<boolean> {
  const deadline = Date.now() + timeout;
  const lang = await page.evaluate(() => document.documentElement.lang.toLowerCase().split('-')[0] ?? '');
  const highlighted = matched.has(lang) ? async () => (await highlightCount(page)) > 0 : async () => true;
  while (Date.now() < deadline) {
    if ((await hasSidebar(page)) && (await highlighted())) return true;
    await page.waitForTimeout(50);
  }
  return false;
}
