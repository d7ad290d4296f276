import type { CrxPlugin } from '@crxjs/vite-plugin';
import { build, type Plugin, type ResolvedConfig, type Rollup } from 'vite';
import type { ExtensionManifest } from './browser-manifest.ts';

export interface FirstChunkOptions {
  /** The manifest as the browser's build has it, content scripts included. */
  manifest: ExtensionManifest;
  /** The module the first chunk loads on demand. */
  controller: string;
  /** Module ids the first chunk must not contain. */
  forbidden: RegExp;
  browser: 'chrome' | 'firefox';
  /** Plugins the controller's own build needs (the main build's, minus crxjs). */
  plugins?: Plugin[];
}

type ContentScripts = NonNullable<ExtensionManifest['content_scripts']>;

export function withoutContentScripts(manifest: ExtensionManifest): ExtensionManifest {
  const { content_scripts: _ours, ...rest } = manifest;
  return rest;
}

/**
 * V8's compile hint (Chromium 136 and later; other engines read a comment): compile every
 * function of the script with the script, rather than pre-parse each at injection and parse it
 * again at its first call. Almost all of the first chunk runs on every page (the pre-filter),
 * so the lazy way parsed most of it twice. CDP trace, 12 unrelated pages x 3, thread CPU of the
 * chunk's script events per visit: 4.82 -> 4.44 ms median, p90 5.90 -> 4.96 ms.
 */
const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Where the controller's files go, so that their relative imports of each other hold. */
const CONTROLLER_FILES = 'assets/[name]-[hash].js';

/**
 * Builds what every page loads, the content script's first chunk, as ONE classic script listed
 * in the manifest, rather than crxjs's loader (a classic script that dynamically imports the
 * real entry as a module, which imports a shared chunk): on a page that stops at the
 * pre-filter that cost two module fetches from the extension's origin, module instantiation
 * and their records kept in the page's heap. The chunk loads the controller itself, with
 * `import(chrome.runtime.getURL(__MC_CONTROLLER_PATH__))`, only when a page might be about
 * the topic or the background asks something of it.
 *
 * The controller is built here too, in a build of its own rather than as a chunk of the main
 * build: there it shared chunks with the worker and the extension pages (the polyfill, the
 * protocol, settings, the lexicon's compiler, the card's formatting helpers), so an article
 * fetched, compiled and instantiated eight modules, some with code only the worker runs. On
 * its own it is two modules: the controller, with everything it and the page session share,
 * and the page session (sidebar host and overlays), which only relevant articles load. Both
 * are made web-accessible, as crxjs did for its chunks.
 *
 * crxjs gets the manifest without `content_scripts` (withoutContentScripts), so it neither
 * bundles the entry nor writes a loader; this plugin puts them back, pointing at the built
 * script, in crxjs's `renderCrxManifest` hook (crxjs writes manifest.json after every other
 * plugin's generateBundle). The build fails if the chunk contains any module `forbidden` matches.
 * (crxjs's own `contentScripts.standaloneFiles` builds an IIFE too, but inlines dynamic imports,
 * so the controller would come along, and leaves no module list to check.)
 */
export function contentFirstChunk({ manifest, controller, forbidden, browser, plugins = [] }: FirstChunkOptions): CrxPlugin {
  let config: ResolvedConfig;
  /** The controller's built files. */
  let controllerFiles: string[] = [];
  /** Each content script entry's built file. */
  const built = new Map<string, string>();
  const chunksOf = (output: Awaited<ReturnType<typeof build>>): Rollup.OutputChunk[] =>
    (Array.isArray(output) ? output : [output])
      .flatMap((result) => ('output' in result ? result.output : []))
      .filter((item): item is Rollup.OutputChunk => item.type === 'chunk');
  return {
    name: 'mc-content-first-chunk',
    apply: 'build',
    // After crxjs's own manifest hooks, which know only the content scripts they built.
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle() {
      const controllerChunks = chunksOf(
        await build({
          configFile: false,
          logLevel: 'warn',
          root: config.root,
          plugins,
          resolve: { alias: config.resolve.alias },
          define: config.define,
          build: {
            write: false,
            target: config.build.target,
            minify: config.build.minify,
            modulePreload: false,
            rollupOptions: {
              input: { 'page-controller': controller },
              // Its exports are the first chunk's only way in; the session's shared imports may
              // add to them, which spares a facade module re-exporting them.
              preserveEntrySignatures: 'allow-extension',
              output: {
                format: 'es',
                entryFileNames: CONTROLLER_FILES,
                chunkFileNames: CONTROLLER_FILES,
                // What the controller loads anyway (itself, its imports, the bundler's runtime) is
                // one file, not chunks it shares with the session: the session only ever loads
                // after the controller, so those would be fetched as separate files for nothing.
                codeSplitting: { groups: [{ name: 'page-controller', tags: ['$initial'] }, { name: 'page-controller', test: /rolldown:runtime/ }] },
              },
            },
          },
        }),
      );
      const entryChunk = controllerChunks.find((chunk) => chunk.isEntry);
      if (!entryChunk) this.error(`the controller ${controller} built to no entry chunk`);
      for (const chunk of controllerChunks) this.emitFile({ type: 'asset', fileName: chunk.fileName, source: chunk.code });
      controllerFiles = controllerChunks.map((chunk) => chunk.fileName);

      for (const entry of new Set((manifest.content_scripts ?? []).flatMap((script) => script.js ?? []))) {
        const chunks = chunksOf(
          await build({
            configFile: false,
            logLevel: 'warn',
            root: config.root,
            resolve: { alias: config.resolve.alias },
            define: { ...config.define, __MC_CONTROLLER_PATH__: JSON.stringify(entryChunk.fileName) },
            build: {
              write: false,
              target: config.build.target,
              minify: true,
              lib: { entry, formats: ['iife'], name: 'mobilizationContext', fileName: () => 'content.js' },
            },
          }),
        );
        const chunk = chunks.find((item) => item.isEntry);
        if (!chunk || chunks.length !== 1) this.error(`the content script ${entry} must build to one self-contained script`);
        const banned = chunk.moduleIds.filter((id) => forbidden.test(id) || id.endsWith(controller));
        if (banned.length > 0) this.error(`the content script's first chunk must not contain ${banned.join(', ')}`);
        const ref = this.emitFile({ type: 'asset', name: 'content-script.js', source: `${EAGER_COMPILE_HINT}\n${chunk.code}` });
        built.set(entry, this.getFileName(ref));
      }
    },
    renderCrxManifest(written) {
      const scripts: ContentScripts = (manifest.content_scripts ?? []).map((script) => ({ ...script, js: script.js?.map((file) => built.get(file)!) }));
      // The controller is imported from the page's side, so it and all it loads must be web-accessible there.
      const matches = [...new Set(scripts.flatMap((script) => script.matches ?? []))];
      const resources = controllerFiles;
      return {
        ...written,
        content_scripts: scripts,
        web_accessible_resources: [
          ...(written.web_accessible_resources ?? []),
          browser === 'firefox' ? { matches, resources } : { matches, resources, use_dynamic_url: false },
        ],
      };
    },
  };
}
