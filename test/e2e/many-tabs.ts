import { readdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { SEED_ARTICLES } from '../../demo/seed-page';
import { waitForSidebar } from '../../demo/launch-chromium';

/** The on-topic articles the demo site serves whose claims can be highlighted: the seeds and the test articles in the claim-matching languages. */
export function relevantArticlePaths(): string[] {
  // Claims are matched in the languages with concept words; articles in the other detection
  // languages get a sidebar but no highlights, so they cannot show their own claims.
  const matchedLanguages = new Set(readdirSync('assets/pack/concepts').map((name) => name.replace(/\.json$/, '')));
  const fixtures = readdirSync('test/fixtures/articles')
    .filter((name) => name.endsWith('.html') && !name.startsWith('neg-') && matchedLanguages.has(name.split('-')[0] ?? ''))
    .sort()
    .map((name) => `/fixtures/articles/${name}`);
  return [...SEED_ARTICLES.map((seed) => `/news/${seed.slug}.html`), ...fixtures];
}

export interface ManyTabs {
  pages: Page[];
  /** Each tab's address: the articles in turn, each with its tab number so that no two are alike. */
  urls: string[];
  /** Milliseconds from the first navigation until every page fired `load`. */
  allLoadedMs: number;
  /** Milliseconds from the first navigation until the last sidebar rendered. */
  lastSidebarMs: number;
}

/**
 * Opens `count` tabs, then sends them all to relevant articles at the same moment and waits
 * for every page to load and every sidebar to render.
 */
export async function openManyTabs(context: BrowserContext, origin: string, extensionId: string, count: number): Promise<ManyTabs> {
  const articles = relevantArticlePaths();
  const urls = Array.from({ length: count }, (_, i) => `${origin}${articles[i % articles.length]}?tab=${i}`);
  const pages: Page[] = [];
  for (let i = 0; i < count; i++) pages.push(await context.newPage());
  const start = performance.now();
  let allLoadedMs = 0;
  const loads = Promise.all(pages.map((page, i) => page.goto(urls[i] as string, { waitUntil: 'load', timeout: 120_000 }))).then(() => {
    allLoadedMs = performance.now() - start;
  });
  await Promise.all(pages.map((page) => waitForSidebar(page, extensionId, 180_000)));
  const lastSidebarMs = performance.now() - start;
  await loads;
  return { pages, urls, allLoadedMs, lastSidebarMs };
}
