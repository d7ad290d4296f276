import type { CrxPlugin } from '@crxjs/vite-plugin';
import { build, type ResolvedConfig, type Rollup } from 'vite';
import type { ExtensionManifest } from './browser-manifest.ts';

export interface FirstChunkOptions {
  /** The manifest as the browser's build has it, content scripts included. */
  manifest: ExtensionManifest;
  /** The module the first chunk loads on demand. */
  controller: string;
  /** Module ids the first chunk must not contain. */
  forbidden: RegExp;
  browser: 'chrome' | 'firefox';
}

type ContentScripts = NonNullable<ExtensionManifest['content_scripts']>;

export function withoutContentScripts(manifest: ExtensionManifest): ExtensionManifest {
  const { content_scripts: _ours, ...rest } = manifest;
  return rest;
}

/** What loadedFiles reads of a bundle: crxjs hands its hooks Rollup's type, Vite's build has Rolldown's. */
type BundleFiles = Record<string, { type: 'asset' } | { type: 'chunk'; imports: string[]; dynamicImports: string[]; viteMetadata?: { importedCss: Set<string>; importedAssets: Set<string> } }>;

/** Every file a chunk loads when it runs: static and dynamic imports, recursively, and their CSS and assets. */
function loadedFiles(bundle: BundleFiles, fileName: string, seen = new Set<string>()): Set<string> {
  const chunk = bundle[fileName];
  if (seen.has(fileName) || chunk?.type !== 'chunk') return seen;
  seen.add(fileName);
  for (const file of [...(chunk.viteMetadata?.importedCss ?? []), ...(chunk.viteMetadata?.importedAssets ?? [])]) seen.add(file);
  for (const file of [...chunk.imports, ...chunk.dynamicImports]) loadedFiles(bundle, file, seen);
  return seen;
}

/**
 * Builds what every page loads, the content script's first chunk, as ONE classic script listed
 * in the manifest, rather than crxjs's loader (a classic script that dynamically imports the
 * real entry as a module, which imports a shared chunk): on a page that stops at the
 * pre-filter that cost two module fetches from the extension's origin, module instantiation
 * and their records kept in the page's heap. The chunk loads the controller itself, with
 * `import(chrome.runtime.getURL(__MC_CONTROLLER_PATH__))`, only when a page might be about
 * the topic or the background asks something of it; this plugin emits the controller as a
 * chunk of the main build and makes it and everything it loads web-accessible, as crxjs did.
 *
 * crxjs gets the manifest without `content_scripts` (withoutContentScripts), so it neither
 * bundles the entry nor writes a loader; this plugin puts them back, pointing at the built
 * script, in crxjs's `renderCrxManifest` hook (crxjs writes manifest.json after every other
 * plugin's generateBundle). The build fails if the chunk contains any module `forbidden` matches.
 * (crxjs's own `contentScripts.standaloneFiles` builds an IIFE too, but inlines dynamic imports,
 * so the controller would come along, and leaves no module list to check.)
 */
export function contentFirstChunk({ manifest, controller, forbidden, browser }: FirstChunkOptions): CrxPlugin {
  let config: ResolvedConfig;
  let controllerRef = '';
  /** Each content script entry's built file. */
  const built = new Map<string, string>();
  return {
    name: 'mc-content-first-chunk',
    apply: 'build',
    // After crxjs's own manifest hooks, which know only the content scripts they built.
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      // Its exports are the first chunk's only way in, so they must survive as they are.
      controllerRef = this.emitFile({ type: 'chunk', id: controller, name: 'page-controller', preserveSignature: 'strict' });
    },
    async generateBundle() {
      const controllerFile = this.getFileName(controllerRef);
      for (const entry of new Set((manifest.content_scripts ?? []).flatMap((script) => script.js ?? []))) {
        const output = await build({
          configFile: false,
          logLevel: 'warn',
          root: config.root,
          resolve: { alias: config.resolve.alias },
          define: { ...config.define, __MC_CONTROLLER_PATH__: JSON.stringify(controllerFile) },
          build: {
            write: false,
            target: config.build.target,
            minify: true,
            lib: { entry, formats: ['iife'], name: 'mobilizationContext', fileName: () => 'content.js' },
          },
        });
        const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => ('output' in result ? result.output : []));
        const chunk = chunks.find((item): item is Rollup.OutputChunk => item.type === 'chunk' && item.isEntry);
        if (!chunk || chunks.length !== 1) this.error(`the content script ${entry} must build to one self-contained script`);
        const banned = chunk.moduleIds.filter((id) => forbidden.test(id) || id.endsWith(controller));
        if (banned.length > 0) this.error(`the content script's first chunk must not contain ${banned.join(', ')}`);
        const ref = this.emitFile({ type: 'asset', name: 'content-script.js', source: chunk.code });
        built.set(entry, this.getFileName(ref));
      }
    },
    renderCrxManifest(written, bundle) {
      const scripts: ContentScripts = (manifest.content_scripts ?? []).map((script) => ({ ...script, js: script.js?.map((file) => built.get(file)!) }));
      // The controller is imported from the page's side, so it and all it loads must be web-accessible there.
      const matches = [...new Set(scripts.flatMap((script) => script.matches ?? []))];
      const resources = [...loadedFiles(bundle, this.getFileName(controllerRef))];
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
