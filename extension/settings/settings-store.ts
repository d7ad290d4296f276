import browser from 'webextension-polyfill';
import type { Settings } from '../messaging/protocol';

/**
 * Settings live in `storage.local`: the content script reads them on every page without
 * waking the background, and they survive fact pack and database upgrades.
 */
export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  disabledSites: [],
  overlaysVisible: true,
  updateUrl: null,
  sidebarOpenBySite: {},
};

/** Fills in fields added after the stored copy was written, dropping unknown ones. */
export function withDefaults(stored: unknown): Settings {
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Settings>;
  return {
    paused: typeof value.paused === 'boolean' ? value.paused : DEFAULT_SETTINGS.paused,
    disabledSites: Array.isArray(value.disabledSites)
      ? value.disabledSites.filter((site): site is string => typeof site === 'string')
      : [],
    overlaysVisible: typeof value.overlaysVisible === 'boolean' ? value.overlaysVisible : DEFAULT_SETTINGS.overlaysVisible,
    updateUrl: typeof value.updateUrl === 'string' || value.updateUrl === null ? value.updateUrl : DEFAULT_SETTINGS.updateUrl,
    sidebarOpenBySite:
      typeof value.sidebarOpenBySite === 'object' && value.sidebarOpenBySite !== null
        ? Object.fromEntries(
            Object.entries(value.sidebarOpenBySite).filter((entry): entry is [string, boolean] => typeof entry[1] === 'boolean'),
          )
        : {},
  };
}

export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return withDefaults(stored[SETTINGS_KEY]);
}

let writes: Promise<unknown> = Promise.resolve();

/** Read-modify-write, one at a time within a context, so two quick changes both stick. */
export function updateSettings(patch: Partial<Settings> | ((current: Settings) => Partial<Settings>)): Promise<Settings> {
  const write = writes.then(async () => {
    const current = await readSettings();
    const next = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
    await browser.storage.local.set({ [SETTINGS_KEY]: next });
    return next;
  });
  writes = write.catch(() => undefined);
  return write;
}

/** Whether the extension should act on a page of this hostname. */
export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  if (settings.paused) return false;
  const host = hostname.toLowerCase();
  return !settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}
