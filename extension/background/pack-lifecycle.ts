import browser from 'webextension-polyfill';
import type { MobilizationDb } from './database';
import { getInstalledPackMeta, getInstalledVersion, getLexicon } from './pack-store';
import { getSyncRecord, installBundledPack, syncPack } from './pack-sync';
import { parseKeyring, type Keyring } from '../../src/pack/keyring';
import { validateBuiltPack } from '../../src/pack/signed-pack';
import { retryDelayMs } from '../../src/sync/retry-delay';
import { compileLexicon, toStoredLexicon } from '../../src/detect/compile-lexicon';
import { lexiconEntries } from '../messaging/stored-lexicon-entries';
import type { SyncOutcome, SyncStatus } from '../messaging/protocol';
import { isLexiconKey, LEXICON_KEY, OLD_LEXICON_KEYS } from '../messaging/storage-keys';
import { readSettings } from '../settings/settings-store';
import { effectiveUpdateUrl } from '../settings/update-url';

/** The daily check. */
export const SYNC_ALARM = 'fact-pack-sync';
/** A one-off retry after a failed check, backing off with each failure. */
export const RETRY_ALARM = 'fact-pack-retry';
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
 * Makes sure a pack is installed, and its lexicon published, before answering. `onInstalled`
 * normally does both, but a message may arrive first, or the worker may have died in between.
 */
export async function ensurePackInstalled(db: MobilizationDb): Promise<void> {
  if ((await getInstalledVersion(db)) !== null) return ensureLexiconPublished(db);
  installing ??= installShippedPack(db).finally(() => {
    installing = null;
  });
  await installing;
}

let lexiconChecked: Promise<void> | null = null;

/** The entry at LEXICON_KEY as the worker writes it: the pack it came from beside what pages read. */
interface PublishedHead {
  packVersion?: string | null;
}

/**
 * Publishes the installed pack's lexicon again when storage has none, or an older pack's: the
 * worker may have died after installing a pack and before publishing it, and pages would detect
 * nothing (or with the old pack's words) until the next pack. Once per worker life: the head is
 * written last (publishLexicon), so the installed pack's head means every step was done.
 */
export function ensureLexiconPublished(db: MobilizationDb): Promise<void> {
  lexiconChecked ??= (async () => {
    const head = (await browser.storage.local.get(LEXICON_KEY))[LEXICON_KEY] as PublishedHead | undefined;
    const installed = await getInstalledVersion(db);
    if (installed !== null && head?.packVersion !== installed) await publishLexicon(db);
  })().catch((error: unknown) => {
    lexiconChecked = null;
    throw error;
  });
  return lexiconChecked;
}

/**
 * Compiles the installed pack's lexicon once and copies it where the content script reads it
 * without waking us, so no page compiles it again. In steps the worker may die between: the
 * languages' parts; then every other lexicon key goes (the parts of languages the pack dropped,
 * found by name rather than from the previous head, and the shapes older versions kept); last
 * the head naming the pack. A head of another pack, or none, means a step was missed, and
 * ensureLexiconPublished runs them all again.
 */
export function publishLexicon(db: MobilizationDb): Promise<void> {
  // One at a time: two publications interleaved (an install and the start-up check) could
  // leave one's head with the other's parts removed.
  const run = publishing.then(() => publishNow(db), () => publishNow(db));
  publishing = run.catch(() => {});
  return run;
}

let publishing: Promise<void> = Promise.resolve();

async function publishNow(db: MobilizationDb): Promise<void> {
  const [lexicon, packVersion] = await Promise.all([getLexicon(db), getInstalledVersion(db)]);
  if (!lexicon) return browser.storage.local.remove(OLD_LEXICON_KEYS);
  const { [LEXICON_KEY]: head, ...parts } = lexiconEntries(toStoredLexicon(compileLexicon(lexicon)));
  await browser.storage.local.set(parts);
  // Every key is read, values and all: this runs once per pack, not per page.
  const stored = Object.keys(await browser.storage.local.get(null));
  const stale = stored.filter((key) => isLexiconKey(key) && key !== LEXICON_KEY && !(key in parts));
  if (stale.length > 0) await browser.storage.local.remove(stale);
  await browser.storage.local.set({ [LEXICON_KEY]: { ...(head as object), packVersion } });
}

let shipped: Promise<Keyring> | null = null;

/** The keyring built into the extension; a constant, so parsing it once per worker is enough. */
function shippedKeyring(): Promise<Keyring> {
  shipped ??= parseKeyring(__MC_PACK_KEYRING__);
  return shipped;
}

/**
 * Checks the update URL in effect (the reader's, or the built-in default) and installs a newer
 * pack. A failure schedules a retry with backoff; a success cancels any pending retry. The
 * daily alarm runs either way.
 */
export async function syncFromUpdateUrl(db: MobilizationDb): Promise<SyncOutcome> {
  const url = effectiveUpdateUrl(await readSettings());
  if (!url) return { status: 'refused', code: 'no-update-url', params: [], at: new Date().toISOString() };
  const outcome = await syncPack(db, {
    url,
    shippedKeyring: await shippedKeyring(),
    fetch: (input, init) => fetch(input, init),
    maxPackBytes: MAX_PACK_BYTES,
  });
  if (outcome.status === 'updated') await publishLexicon(db);
  if (outcome.status === 'refused') {
    const { failures } = await getSyncRecord(db);
    await browser.alarms.create(RETRY_ALARM, { delayInMinutes: retryDelayMs(failures) / 60_000 });
  } else if (outcome.status !== 'busy') {
    await browser.alarms.clear(RETRY_ALARM);
  }
  return outcome;
}

/** A check nobody asked for (install, the daily alarm, a retry): only when an update URL is in effect. */
export async function syncIfConfigured(db: MobilizationDb): Promise<void> {
  if (effectiveUpdateUrl(await readSettings())) await syncFromUpdateUrl(db);
}

export async function scheduleDailySync(): Promise<void> {
  if (!(await browser.alarms.get(SYNC_ALARM))) {
    await browser.alarms.create(SYNC_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 24 * 60 });
  }
}

/** The last check, the installed pack's arrival, and the next check the alarms hold. */
export async function readSyncStatus(db: MobilizationDb): Promise<SyncStatus> {
  const [record, pack, settings, alarms] = await Promise.all([getSyncRecord(db), getInstalledPackMeta(db), readSettings(), browser.alarms.getAll()]);
  const due = alarms.filter((alarm) => alarm.name === SYNC_ALARM || alarm.name === RETRY_ALARM).map((alarm) => alarm.scheduledTime);
  return {
    lastCheck: record.lastCheck,
    lastUpdate: pack ? { version: pack.version, at: pack.installedAt, origin: pack.origin } : null,
    nextCheck: effectiveUpdateUrl(settings) && due.length > 0 ? new Date(Math.min(...due)).toISOString() : null,
  };
}
