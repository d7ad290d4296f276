import { build, type Plugin, type ResolvedConfig, type Rollup } from 'vite';

export interface SidebarPageOptions {
  /** The sidebar page's HTML entry. */
  page: string;
  /** Plugins its build needs (the main build's, minus crxjs). */
  plugins?: Plugin[];
}

/**
 * Builds the sidebar page apart from the rest, as its HTML, with its styles inside, and ONE script.
 * As an input of the main build it shared chunks with the popup and the options page (preact,
 * the polyfill, the messaging helpers, the date formatters, the status badge, the storage
 * keys), so each article that opened the sidebar fetched five scripts and two stylesheets from
 * the extension while the article was still settling: the browser process routed each fetch,
 * the sidebar's renderer parsed, linked and instantiated each module. Built alone, its modules
 * go into one file (the sidebar only ever loads them all together), and its styles into the page.
 * The popup and options pages keep their shared chunks: they are not loaded beside an article.
 */
export function sidebarPage({ page, plugins = [] }: SidebarPageOptions): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'mc-sidebar-page',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle() {
      const output = await build({
        configFile: false,
        logLevel: 'warn',
        root: config.root,
        publicDir: false,
        plugins,
        resolve: { alias: config.resolve.alias },
        define: config.define,
        oxc: config.oxc,
        build: {
          write: false,
          target: config.build.target,
          minify: config.build.minify,
          modulePreload: false,
          cssCodeSplit: false,
          rollupOptions: {
            input: { sidebar: page },
            output: {
              entryFileNames: 'assets/sidebar-[hash].js',
              chunkFileNames: 'assets/sidebar-[hash].js',
              assetFileNames: 'assets/sidebar-[hash][extname]',
              // Everything the page loads at once is one file (the bundler's runtime included).
              codeSplitting: { groups: [{ name: 'sidebar', tags: ['$initial'] }, { name: 'sidebar', test: /rolldown:runtime/ }] },
            },
          },
        },
      });
      const files = (Array.isArray(output) ? output : [output]).flatMap((result) => ('output' in result ? result.output : [])) as Array<Rollup.OutputChunk | Rollup.OutputAsset>;
      const scripts = files.filter((file) => file.type === 'chunk');
      const styles = files.filter((file): file is Rollup.OutputAsset => file.type === 'asset' && file.fileName.endsWith('.css'));
      const html = files.find((file): file is Rollup.OutputAsset => file.type === 'asset' && file.fileName.endsWith('.html'));
      if (!html || scripts.length !== 1 || styles.length > 1) {
        this.error(`the sidebar page must build to its HTML, one script and at most one stylesheet, not ${files.map((file) => file.fileName).join(', ')}`);
      }
      let built = String(html.source);
      for (const style of styles) {
        // The stylesheet goes inside the page (the extension's policy restricts scripts, not
        // styles): one request fewer, and no fetch for the renderer to wait on before its first paint.
        const link = new RegExp(`<link rel="stylesheet"[^>]*href="/${style.fileName.replace(/[.]/g, '[.]')}"[^>]*>`);
        if (!link.test(built)) this.error(`the sidebar page does not link its stylesheet ${style.fileName}`);
        built = built.replace(link, () => `<style>${String(style.source)}</style>`);
      }
      this.emitFile({ type: 'asset', fileName: html.fileName, source: built });
      for (const script of scripts) this.emitFile({ type: 'asset', fileName: script.fileName, source: script.code });
    },
  };
}
