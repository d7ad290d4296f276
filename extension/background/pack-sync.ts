import type { BuiltFactPack } from '../../src/pack/fact-pack-schema';
import { sha256TagOfBytes } from '../../src/pack/canonical-json';
import { applyKeyChanges, EMPTY_KEYRING, mergeKeyrings, type Keyring } from '../../src/pack/keyring';
import { compareVersions } from '../../src/pack/pack-version';
import { openPackIndex, openSignedPack, type PackIndex } from '../../src/pack/signed-pack';
import type { SyncOutcome, SyncRefusalCode } from '../messaging/protocol';
import { boundedFetch, FetchFailure, type Validators } from './bounded-fetch';
import { readMeta, writeMeta, type MobilizationDb, type PackMeta, type SyncRecord } from './database';
import { getInstalledPackMeta, getInstalledVersion, importPack, PackSuperseded } from './pack-store';
import { acquireSyncLease, releaseSyncLease } from './sync-lease';

export interface SyncOptions {
  /** The signed index's address; it and the pack it names (same origin) are all that is ever fetched. */
  url: string;
  /** The keyring shipped in the extension; keys learnt from packs are added from the database. */
  shippedKeyring: Keyring;
  fetch: typeof fetch;
  /** Larger packs are refused while streaming, before they are parsed. */
  maxPackBytes: number;
  now?: () => Date;
}

/** An index is a few hundred bytes; anything near this is not one. */
export const MAX_INDEX_BYTES = 64 * 1024;
const INDEX_TIMEOUT_MS = 30_000;
const PACK_TIMEOUT_MS = 90_000;

const EMPTY_RECORD: SyncRecord = { lastCheck: null, failures: 0, validators: null };

/** A check that ends without installing, with its reason as a code and the values its message names. */
class SyncRefusal extends Error {
  constructor(
    readonly code: SyncRefusalCode,
    readonly params: string[] = [],
  ) {
    super(code);
  }
}

function checkUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SyncRefusal('invalid-url', [url]);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new SyncRefusal('invalid-url', [url]);
  return parsed;
}

/** The pack's address, resolved against the index's; on another origin it is not fetched. */
function packUrl(index: PackIndex, indexUrl: URL): URL {
  let resolved: URL;
  try {
    resolved = new URL(index.url, indexUrl);
  } catch {
    throw new SyncRefusal('invalid-url', [index.url]);
  }
  if (resolved.origin !== indexUrl.origin) throw new SyncRefusal('invalid-url', [resolved.href]);
  return resolved;
}

export function getSyncRecord(db: MobilizationDb): Promise<SyncRecord> {
  return readMeta(db, 'sync').then((record) => record ?? EMPTY_RECORD);
}

/** The keyring a document must be signed under: shipped keys plus those learnt, minus every revocation. */
export async function trustedKeyring(db: MobilizationDb, shipped: Keyring): Promise<Keyring> {
  return mergeKeyrings(shipped, (await readMeta(db, 'keyring')) ?? EMPTY_KEYRING);
}

type Checked = { outcome: SyncOutcome; validators: Validators | null };

/** Downloads the pack the index names and checks it against the index before opening it. */
async function downloadPack(db: MobilizationDb, options: SyncOptions, index: PackIndex, indexUrl: URL, keyring: Keyring) {
  if (index.size > options.maxPackBytes) throw new SyncRefusal('oversize', [`${Math.round(options.maxPackBytes / 1024)} KB`]);
  let fetched;
  try {
    // Reading stops one byte past the announced size: a longer file is not the one signed for.
    fetched = await boundedFetch(packUrl(index, indexUrl).href, { fetch: options.fetch, maxBytes: index.size, timeoutMs: PACK_TIMEOUT_MS });
  } catch (error) {
    if (error instanceof FetchFailure && error.code === 'oversize') throw new SyncRefusal('index-mismatch', ['size']);
    throw error;
  }
  if (fetched.status !== 'ok') throw new SyncRefusal('http-status', ['304']);
  if (fetched.bytes.byteLength !== index.size) throw new SyncRefusal('index-mismatch', ['size']);
  if ((await sha256TagOfBytes(fetched.bytes)) !== index.sha256) throw new SyncRefusal('index-mismatch', ['sha256']);
  const opened = await openSignedPack(fetched.text, { keyring, currentVersion: await getInstalledVersion(db), maxBytes: options.maxPackBytes });
  if (!opened.ok) throw new SyncRefusal(opened.code, opened.params);
  if (opened.value.pack.version !== index.version || opened.value.pack.contentHash !== index.contentHash) {
    throw new SyncRefusal('index-mismatch', ['version']);
  }
  return opened.value;
}

async function attemptSync(db: MobilizationDb, options: SyncOptions, record: SyncRecord, at: string): Promise<Checked> {
  const indexUrl = checkUrl(options.url);
  const installed = await getInstalledPackMeta(db);
  // Without an installed pack a 304 would prove nothing, so the index is then fetched whole.
  const kept = installed && record.validators?.url === indexUrl.href ? record.validators : null;
  const fetched = await boundedFetch(indexUrl.href, { fetch: options.fetch, maxBytes: MAX_INDEX_BYTES, timeoutMs: INDEX_TIMEOUT_MS, validators: kept });
  if (fetched.status === 'not-modified') {
    return { outcome: { status: 'current', version: installed?.version ?? '', at }, validators: kept };
  }
  const keyring = await trustedKeyring(db, options.shippedKeyring);
  const index = await openPackIndex(fetched.text, { keyring, maxBytes: MAX_INDEX_BYTES });
  if (!index.ok) throw new SyncRefusal(index.code, index.params);
  if (installed && compareVersions(index.value.version, installed.version) <= 0) {
    return { outcome: { status: 'current', version: installed.version, at }, validators: fetched.validators };
  }
  const opened = await downloadPack(db, options, index.value, indexUrl, keyring);
  // Keys first: they come from a pack whose signature verified, so they hold even if the import fails.
  const newer = (current: PackMeta | null) => current === null || compareVersions(opened.pack.version, current.version) > 0;
  // Keys the pack adds or revokes are learnt with the pack, in its transaction: a refused or
  // failed import leaves the keyring as it was.
  const learnKeys = async () => writeMeta(db, 'keyring', applyKeyChanges((await readMeta(db, 'keyring')) ?? EMPTY_KEYRING, opened.keys));
  try {
    await importPack(db, opened.pack, 'sync', newer, learnKeys);
  } catch (error) {
    if (error instanceof PackSuperseded) return { outcome: { status: 'current', version: (await getInstalledVersion(db)) ?? '', at }, validators: fetched.validators };
    throw new SyncRefusal('import-failed', [error instanceof Error ? error.message : String(error)]);
  }
  return { outcome: { status: 'updated', version: opened.pack.version, at }, validators: fetched.validators };
}

/**
 * One check of the update URL, cheapest first: a conditional request for the signed index
 * (304: nothing to do), the index's signature and version (not newer: nothing to do), and
 * only then the pack it names, which must match the index's size and hash, verify, and be
 * newer. Any refusal or failure keeps the installed pack and is recorded as a code; every
 * outcome but `busy` is recorded. Only one check runs at a time, whichever worker started it.
 */
export async function syncPack(db: MobilizationDb, options: SyncOptions): Promise<SyncOutcome> {
  const at = (options.now ?? (() => new Date()))().toISOString();
  const lease = await acquireSyncLease(db, Date.parse(at));
  if (!lease) return { status: 'busy', at };
  try {
    const record = await getSyncRecord(db);
    let checked: Checked;
    try {
      checked = await attemptSync(db, options, record, at);
    } catch (error) {
      const refusal =
        error instanceof SyncRefusal || error instanceof FetchFailure
          ? { code: error.code, params: error.params }
          : { code: 'import-failed' as const, params: [error instanceof Error ? error.message : String(error)] };
      checked = { outcome: { status: 'refused', ...refusal, at }, validators: null };
    }
    const { outcome, validators } = checked;
    const next: SyncRecord =
      outcome.status === 'refused'
        ? { lastCheck: outcome, failures: record.failures + 1, validators: record.validators }
        : { lastCheck: outcome, failures: 0, validators: validators && { url: checkUrl(options.url).href, ...validators } };
    await writeMeta(db, 'sync', next);
    return outcome;
  } finally {
    await releaseSyncLease(db, lease);
  }
}

/**
 * Installs the pack shipped with the extension, on install and update. It replaces the
 * installed pack only when newer, so an update of the extension never rolls back a newer
 * synced pack; a rebuilt bundle with the same version but new content (a development build)
 * replaces an earlier bundle. Returns whether it imported.
 */
export async function installBundledPack(db: MobilizationDb, pack: BuiltFactPack): Promise<boolean> {
  const replaces = (installed: PackMeta | null) => {
    const order = installed ? compareVersions(pack.version, installed.version) : 1;
    const rebuilt = installed !== null && order === 0 && installed.origin === 'bundled' && installed.contentHash !== pack.contentHash;
    return order > 0 || rebuilt;
  };
  if (!replaces(await getInstalledPackMeta(db))) return false;
  try {
    await importPack(db, pack, 'bundled', replaces);
  } catch (error) {
    if (error instanceof PackSuperseded) return false;
    throw error;
  }
  return true;
}
