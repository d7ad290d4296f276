import type { Plugin } from 'vite';

/** The polyfill's UMD file, as `import browser from 'webextension-polyfill'` resolves it. */
const POLYFILL_FILE = /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill(\.min)?\.js$/;

/**
 * Lets the webextension polyfill's UMD file be an ES module whose default export is the
 * `browser` object it makes, instead of a CommonJS module the bundler wraps. The bundler's
 * wrapper for a CommonJS default import copies every own property of the exports onto a new
 * object, reading each one's descriptor; where the browser has its own promise-based `browser`
 * (Chromium now, Firefox always) the polyfill exports that object, and reading the descriptor
 * of each of its API namespaces makes the browser build that namespace's bindings: 0.4 to 0.8 ms
 * of the article page's thread when the controller loads (read in Chromium 156), and as much
 * in the sidebar and the worker. The file is left as it is; it only gets a local `module` to
 * fill (its CommonJS branch) and an export of what it put there.
 */
export function polyfillAsModule(): Plugin {
  return {
    name: 'mc-polyfill-as-module',
    enforce: 'pre',
    transform(code, id) {
      if (!POLYFILL_FILE.test(id.split('?')[0]!)) return undefined;
      return { code: `const module = { exports: {} };\nconst exports = module.exports;\n${code}\nexport default module.exports;\n`, map: null };
    },
  };
}
