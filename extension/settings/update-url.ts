import type { Settings } from '../messaging/protocol';

/** The update URL set when the extension was built (MC_PACK_UPDATE_URL); empty in development and test builds. */
export const DEFAULT_UPDATE_URL: string = __MC_PACK_UPDATE_URL__;

/** The URL the sync uses: the reader's own, none if they cleared it, otherwise the built-in default. */
export function effectiveUpdateUrl(settings: Pick<Settings, 'updateUrl'>): string {
  return settings.updateUrl ?? DEFAULT_UPDATE_URL;
}
