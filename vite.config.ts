import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import { manifestFor, type TargetBrowser } from './build/browser-manifest.ts';

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

// `vite build --mode firefox` writes the Firefox build from the same sources.
export default defineConfig(({ mode }) => {
  const browser: TargetBrowser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
  // The built fact pack (npm run pack) is shipped as a plain file the worker fetches on install.
  publicDir: '.generated/public',
  plugins: [crx({ manifest: manifestFor(browser, manifest), browser }), copyLocales()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: {
    __MC_PACK_KEYRING__: JSON.stringify(packKeyring()),
    __MC_PACK_UPDATE_URL__: JSON.stringify(packUpdateUrl()),
  },
  build: {
    target: browser === 'firefox' ? 'firefox142' : 'chrome120',
    outDir: process.env.MC_OUT_DIR ?? (browser === 'firefox' ? 'dist-firefox' : 'dist'),
    emptyOutDir: true,
    rollupOptions: {
      // The sidebar page is only framed by the content script, so crxjs would not bundle it.
      input: { sidebar: 'extension/sidebar/sidebar.html' },
    },
  },
  };
});
