import { launchWithExtension, type ExtensionBrowser } from '../demo/launch-chromium';
import { BENCH_BROWSER_ARGS } from './empty-extension';
import { waitForPublishedLexicon } from './published-lexicon';

/**
 * A bench browser with `extension` loaded, offline but for 127.0.0.1 (BENCH_BROWSER_ARGS).
 * An extension with a worker (ours, any build) is ready once it has published its lexicon,
 * so no measured visit finds it still installing its pack; the empty baseline has no worker.
 */
export async function launchBenchBrowser(extension: string, hasWorker: boolean): Promise<ExtensionBrowser> {
  const browser = await launchWithExtension(extension, { hasWorker, args: BENCH_BROWSER_ARGS });
  if (hasWorker) await waitForPublishedLexicon(browser);
  return browser;
}
