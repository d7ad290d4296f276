import type { BuiltFactPack } from '../../src/pack/fact-pack-schema';
import { compareVersions } from '../../src/pack/pack-version';
import { openSignedPack } from '../../src/pack/signed-pack';
import type { SyncOutcome } from '../messaging/protocol';
import { readMeta, writeMeta, type MobilizationDb, type PackMeta } from './database';
import { getInstalledPackMeta, getInstalledVersion, importPack, PackSuperseded } from './pack-store';

export interface SyncOptions {
  /** The configured update URL; it is the only thing ever fetched. */
  url: string;
  /** The Ed25519 public key shipped in the extension. */
  publicKey: Uint8Array;
  fetch: typeof fetch;
  /** Larger responses are refused while streaming, before they are parsed. */
  maxBytes: number;
  now?: () => Date;
}

/** A refusal with a sentence for the reader, raised inside the sync and turned into an outcome. */
class SyncRefusal extends Error {}

function checkUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SyncRefusal(`The update URL "${url}" is not a valid URL.`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new SyncRefusal('The update URL must start with http:// or https://.');
  return parsed;
}

/** Reads the body as UTF-8, stopping as soon as it passes `maxBytes`, so a huge response is never buffered. */
async function readLimitedText(response: Response, maxBytes: number): Promise<string> {
  const tooLarge = () => new SyncRefusal(`The pack is larger than the ${Math.round(maxBytes / 1024)} KB limit.`);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SyncRefusal('The downloaded pack is not UTF-8 text.');
  }
}

async function download(options: SyncOptions): Promise<string> {
  const url = checkUrl(options.url);
  let response: Response;
  try {
    // Only this URL: no cookies or other credentials, no cache, no redirect to another address.
    response = await options.fetch(url.href, { cache: 'no-store', credentials: 'omit', redirect: 'error', referrerPolicy: 'no-referrer' });
  } catch (error) {
    throw new SyncRefusal(`Could not reach ${url.host}: ${error instanceof Error ? error.message : String(error)}.`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new SyncRefusal(`The server answered ${response.status} ${response.statusText}`.trim() + '.');
  }
  return readLimitedText(response, options.maxBytes);
}

async function attemptSync(db: MobilizationDb, options: SyncOptions, at: string): Promise<SyncOutcome> {
  const text = await download(options);
  const installed = await getInstalledVersion(db);
  const opened = await openSignedPack(text, { publicKey: options.publicKey, currentVersion: installed, maxBytes: options.maxBytes });
  if (!opened.ok) {
    if (opened.code === 'same-version' && installed !== null) return { status: 'current', version: installed, at };
    return { status: 'refused', reason: opened.error, at };
  }
  const newer = (current: PackMeta | null) => current === null || compareVersions(opened.value.version, current.version) > 0;
  await importPack(db, opened.value, 'sync', newer);
  return { status: 'updated', version: opened.value.version, at };
}

/**
 * Fetches the signed pack from the update URL and installs it if it verifies and is newer.
 * Any refusal or failure keeps the installed pack and becomes a `refused` outcome with the
 * reason in words; every outcome is recorded for the options page and the popup.
 */
export async function syncPack(db: MobilizationDb, options: SyncOptions): Promise<SyncOutcome> {
  const at = (options.now ?? (() => new Date()))().toISOString();
  let outcome: SyncOutcome;
  try {
    outcome = await attemptSync(db, options, at);
  } catch (error) {
    const reason = error instanceof SyncRefusal ? error.message : `The pack could not be installed: ${error instanceof Error ? error.message : String(error)}`;
    outcome = { status: 'refused', reason, at };
  }
  await writeMeta(db, 'lastSync', outcome);
  return outcome;
}

export function getLastSync(db: MobilizationDb): Promise<SyncOutcome | null> {
  return readMeta(db, 'lastSync');
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
