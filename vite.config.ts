import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import { manifestFor, type TargetBrowser } from './build/browser-manifest.ts';
import { contentFirstChunk, withoutContentScripts } from './build/content-first-chunk.ts';
import { sidebarPage } from './build/sidebar-page.ts';
import { polyfillAsModule } from './build/polyfill-as-module.ts';
import { lexiconTopicFragments } from './scripts/lexicon-topic-fragments.ts';
import { packTopicFragments } from './src/detect/topic-fragments.ts';

/**
 * The keys signed fact packs may verify against. Test builds name a keyring with a throwaway
 * key in MC_PACK_KEYRING; release builds use the committed one.
 */
const packKeyring = () => JSON.parse(readFileSync(process.env.MC_PACK_KEYRING || 'assets/keys/keyring.json', 'utf8')) as unknown;

/** Release builds set the signed index's address (see README, "Fact pack"); other builds have none. */
function packUpdateUrl(): string {
  const url = process.env.MC_PACK_UPDATE_URL ?? '';
  if (url && !URL.canParse(url)) throw new Error(`MC_PACK_UPDATE_URL "${url}" is not a URL`);
  if (url && !/^https?:$/.test(new URL(url).protocol)) throw new Error(`MC_PACK_UPDATE_URL must be http or https, not "${url}"`);
  return url;
}

/** crxjs copies files the manifest names, but not the `_locales` folder that i18n needs. */
function copyLocales(): Plugin {
  return {
    name: 'mc-copy-locales',
    generateBundle() {
      const root = 'assets/_locales';
      if (!existsSync(root)) return;
      for (const locale of readdirSync(root)) {
        const file = join(root, locale, 'messages.json');
        if (!existsSync(file)) continue;
        this.emitFile({ type: 'asset', fileName: `_locales/${locale}/messages.json`, source: readFileSync(file) });
      }
    },
  };
}

/**
 * Vite wraps every dynamic import in a preload helper that, in a content script, would append
 * <link rel="modulepreload"> elements to the host page, and that touches the DOM as soon as
 * the first chunk loads (it probes `relList` on a new element). Every chunk here is a local
 * extension file, so preloading gains nothing: the helper only calls the import.
 */
function plainDynamicImports(): Plugin {
  const helperId = '\0vite/preload-helper.js';
  return {
    name: 'mc-plain-dynamic-imports',
    enforce: 'pre',
    load: (id) => (id === helperId ? 'export const __vitePreload = (load) => load();' : undefined),
  };
}

/**
 * What every page loads must stay a pre-filter: the build fails if the content script's first
 * chunk contains the message protocol, valibot, the webextension polyfill, settings or
 * detection's scoring, all of which belong to the lazy controller that only pages about the
 * topic load (build/content-first-chunk.ts builds that chunk and applies this).
 */
const FIRST_CHUNK_FORBIDDEN = /valibot|webextension-polyfill|messaging\/protocol|settings-store|compile-lexicon|topic-score|classify-page|claim-matcher/;

// `vite build --mode firefox` writes the Firefox build from the same sources.
export default defineConfig(({ mode }) => {
  const browser: TargetBrowser = mode === 'firefox' ? 'firefox' : 'chrome';
  const browserManifest = manifestFor(browser, manifest);
  return {
    // The built fact pack (npm run pack) is shipped as a plain file the worker fetches on install.
    publicDir: '.generated/public',
    plugins: [
      plainDynamicImports(),
      polyfillAsModule(),
      // The content script is built by contentFirstChunk, not crxjs (see there why).
      crx({ manifest: withoutContentScripts(browserManifest), browser }),
      copyLocales(),
      contentFirstChunk({ manifest: browserManifest, controller: 'extension/content/page-controller.ts', forbidden: FIRST_CHUNK_FORBIDDEN, browser, plugins: [plainDynamicImports(), polyfillAsModule()] }),
      // The sidebar page is only framed by the content script, so crxjs would not bundle it; it
      // is built apart, as one script and one stylesheet (see there why).
      sidebarPage({ page: 'extension/sidebar/sidebar.html', plugins: [plainDynamicImports(), polyfillAsModule()] }),
    ],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    define: {
      __MC_PACK_KEYRING__: JSON.stringify(packKeyring()),
      __MC_PACK_UPDATE_URL__: JSON.stringify(packUpdateUrl()),
      // The content script's pre-filter, derived from the lexicon's language files at every build.
      __MC_TOPIC_FRAGMENTS__: JSON.stringify(packTopicFragments(lexiconTopicFragments())),
    },
    build: {
      target: browser === 'firefox' ? 'firefox142' : 'chrome120',
      outDir: process.env.MC_OUT_DIR ?? (browser === 'firefox' ? 'dist-firefox' : 'dist'),
      emptyOutDir: true,
      // No preload links at all (see plainDynamicImports).
      modulePreload: false,
    },
  };
});
