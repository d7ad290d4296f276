import { expect, it } from 'vitest';
import { activeTabId, badgeText, openPage, useHarness, waitForSidebar } from './harness';

const harness = useHarness();

const highlighted = (page: import('playwright-core').Page) =>
  page.evaluate(() => [...(CSS.highlights.get('mc-claim') ?? [])].map((range) => (range as Range).toString()));

it('a single-page app that moves from one article to another gets the second one checked and highlighted', async () => {
  const page = await openPage(harness, '/news/russians-return-home.html');
  await waitForSidebar(page, harness.browser.extensionId);
  await expect.poll(async () => (await highlighted(page)).some((text) => text.includes('700,000')), { timeout: 15_000 }).toBe(true);

  // The app swaps in the next article and pushes its address, as client-side routers do.
  await page.evaluate(async () => {
    const next = new DOMParser().parseFromString(await (await fetch('/news/men-fleeing-draft.html')).text(), 'text/html');
    document.title = next.title;
    document.querySelector('article')!.replaceWith(next.querySelector('article')!);
    history.pushState({}, '', '/news/men-fleeing-draft-next-story.html');
  });

  await expect.poll(async () => (await highlighted(page)).some((text) => text.includes('Tsydanov')), { timeout: 15_000 }).toBe(true);
  expect((await highlighted(page)).some((text) => text.includes('700,000'))).toBe(false);
  const claims = (await highlighted(page)).length;
  const tabId = await activeTabId(harness, page);
  await expect.poll(() => badgeText(harness, tabId)).toBe(String(claims));
  await page.close();
});

it('an article whose text arrives after load is checked again while it arrives', async () => {
  const page = await openPage(harness, '/fixtures/pages/unrelated-news.html');
  // Let the first check pass over the page, then render the real story into it.
  await page.waitForTimeout(2_500);
  expect(await page.locator('mc-sidebar').count()).toBe(0);
  await page.evaluate(async () => {
    const story = new DOMParser().parseFromString(await (await fetch('/news/men-fleeing-draft.html')).text(), 'text/html');
    document.title = story.title;
    document.querySelector('article')!.replaceWith(story.querySelector('article')!);
  });
  await waitForSidebar(page, harness.browser.extensionId);
  await page.close();
});
