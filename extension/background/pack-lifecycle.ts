import { etc } from '@noble/ed25519';
import browser from 'webextension-polyfill';
import type { MobilizationDb } from './database';
import { getInstalledVersion, getLexicon } from './pack-store';
import { installBundledPack, syncPack } from './pack-sync';
import { validateBuiltPack } from '../../src/pack/signed-pack';
import { compileLexicon, toStoredLexicon } from '../../src/detect/compile-lexicon';
import type { SyncOutcome } from '../messaging/protocol';
import { LEXICON_KEY } from '../messaging/storage-keys';
import { readSettings } from '../settings/settings-store';
import { t } from '../ui/i18n';

export const SYNC_ALARM = 'fact-pack-sync';
/** A pack larger than this is refused before it is parsed. */
export const MAX_PACK_BYTES = 8 * 1024 * 1024;

/** Loads the pack shipped inside the extension into IndexedDB unless a newer one is installed. */
export async function installShippedPack(db: MobilizationDb): Promise<void> {
  const response = await fetch(browser.runtime.getURL('fact-pack.json'));
  // No signature here: the shipped pack came with the code. Everything else is checked.
  const parsed = await validateBuiltPack(await response.json());
  if (!parsed.ok) throw new Error(`the shipped fact pack is invalid: ${parsed.error}`);
  await installBundledPack(db, parsed.value);
  await publishLexicon(db);
}

let installing: Promise<void> | null = null;

/**
 * Makes sure a pack is installed before answering. `onInstalled` normally does it, but a
 * message may arrive first, or a previous install may have been interrupted.
 */
export async function ensurePackInstalled(db: MobilizationDb): Promise<void> {
  if ((await getInstalledVersion(db)) !== null) return;
  installing ??= installShippedPack(db).finally(() => {
    installing = null;
  });
  await installing;
}

/**
 * Compiles the installed pack's lexicon once and copies it where the content script reads it
 * without waking us, so no page compiles it again. The raw copy of older versions goes.
 */
export async function publishLexicon(db: MobilizationDb): Promise<void> {
  const lexicon = await getLexicon(db);
  if (lexicon) await browser.storage.local.set({ [LEXICON_KEY]: toStoredLexicon(compileLexicon(lexicon)) });
  await browser.storage.local.remove('lexicon');
}

/** Fetches the signed pack from the configured URL; nothing is fetched when none is set. */
export async function syncFromUpdateUrl(db: MobilizationDb): Promise<SyncOutcome> {
  const { updateUrl } = await readSettings();
  if (!updateUrl) {
    return { status: 'refused', reason: t('syncNoUrl'), at: new Date().toISOString() };
  }
  const outcome = await syncPack(db, {
    url: updateUrl,
    publicKey: etc.hexToBytes(__MC_PACK_PUBLIC_KEY__),
    fetch: (input, init) => fetch(input, init),
    maxBytes: MAX_PACK_BYTES,
  });
  if (outcome.status === 'updated') await publishLexicon(db);
  return outcome;
}

export async function scheduleDailySync(): Promise<void> {
  if (!(await browser.alarms.get(SYNC_ALARM))) {
    await browser.alarms.create(SYNC_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 60 });
  }
}
