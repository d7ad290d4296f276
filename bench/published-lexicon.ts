import type { ExtensionBrowser } from '../demo/launch-chromium';
import { LEXICON_KEY, OLD_LEXICON_KEYS } from '../extension/messaging/storage-keys';

/**
 * Waits for the lexicon a build publishes once its pack is installed, under this version's key
 * or an older one, so a build from before the key changed can be measured beside this one.
 */
export async function waitForPublishedLexicon(browser: ExtensionBrowser): Promise<void> {
  const worker = await browser.worker();
  const keys = [LEXICON_KEY, ...OLD_LEXICON_KEYS];
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (await worker.evaluate(async (names) => Object.keys(await chrome.storage.local.get(names)).length > 0, keys)) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('the extension did not install its fact pack within 20 s');
}
