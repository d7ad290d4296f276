import type { ManifestV3Export } from '@crxjs/vite-plugin';

/*
 * The one manifest.json describes the Chromium build; Firefox gets a transform of it rather
 * than a second file, so the two builds never drift apart.
 */

export type TargetBrowser = 'chrome' | 'firefox';

/** crxjs's manifest type, without its promise and function forms. */
export type ExtensionManifest = Exclude<ManifestV3Export, Promise<unknown> | ((...args: never[]) => unknown)>;

/** Stable add-on id: AMO and the storage of every install are keyed by it. */
export const GECKO_ID = 'mobilization-context@mobilization-context.org';
/** The first release with `data_collection_permissions`, which AMO now requires. */
export const GECKO_MIN_VERSION = '142.0';

export function manifestFor(browser: TargetBrowser, manifest: ExtensionManifest): ExtensionManifest {
  if (browser === 'chrome') return manifest;
  const { minimum_chrome_version: _chromeOnly, background, web_accessible_resources, ...rest } = manifest;
  const worker = background && 'service_worker' in background ? background.service_worker : undefined;
  if (!worker) throw new Error('manifest.json names no background service_worker to turn into a Firefox background script');
  return {
    ...rest,
    // Firefox runs MV3 backgrounds as event pages, not service workers (crxjs loads it as a module).
    background: { scripts: [worker] },
    // Firefox gives every install its own random moz-extension origin already; it has no use_dynamic_url.
    web_accessible_resources: web_accessible_resources?.map(({ use_dynamic_url: _dynamic, ...entry }) => entry),
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: GECKO_MIN_VERSION,
        // Nothing leaves the browser: the only request is the signed fact-pack download.
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}
