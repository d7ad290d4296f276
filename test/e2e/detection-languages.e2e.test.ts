import { describe, expect, it } from 'vitest';
import { expectNoSidebar, openPage, useHarness, waitForSidebar } from './harness';

const harness = useHarness();

// The lexicon reaches the content script through the installed pack: these pages prove the
// added languages work in the built extension, scripts without spaces included.
describe('articles in the languages of the countries people went to', () => {
  it.each([
    '/fixtures/articles/ka-zemo-larsi-rigi.html',
    '/fixtures/articles/ja-bubun-doin-sokuho.html',
    '/fixtures/articles/sr-rusi-u-beogradu.html',
    '/fixtures/articles/zh-eluosi-nanzi-taoli.html',
  ])('%s gets a sidebar', async (path) => {
    const page = await openPage(harness, path);
    await waitForSidebar(page, harness.browser.extensionId);
    expect(await page.locator('mc-sidebar').count()).toBe(1);
    await page.close();
  });

  it.each([
    '/fixtures/articles/neg-ka-agentebis-kanoni.html',
    '/fixtures/articles/neg-ja-ukraina-doin-nenrei.html',
    '/fixtures/articles/neg-en-ukraine-draft-age.html',
  ])('%s, about another mobilization, gets none', async (path) => {
    await expectNoSidebar(harness, path);
  });
});
