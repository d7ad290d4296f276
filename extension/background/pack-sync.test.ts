import 'fake-indexeddb/auto';
import { getPublicKeyAsync, utils } from '@noble/ed25519';
import Dexie from 'dexie';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sha256Tag } from '../../src/pack/canonical-json';
import type { BuiltFactPack } from '../../src/pack/fact-pack-schema';
import { bytesToHex, keyIdOf, type KeyChanges, type Keyring } from '../../src/pack/keyring';
import { signPack, signPackIndex } from '../../src/pack/signed-pack';
import { builtFixturePack, fixtureFact } from '../../test/pack/fixture-pack';
import { openDatabase, readMeta, type MobilizationDb } from './database';
import { getAllFacts, getInstalledVersion, getPackInfo, importPack } from './pack-store';
import { getSyncRecord, installBundledPack, syncPack } from './pack-sync';
import { acquireSyncLease, LEASE_MS } from './sync-lease';

const INDEX_URL = 'https://packs.example.org/mc/index.json';
const NOW = new Date('2025-03-01T12:00:00.000Z');
const AT = NOW.toISOString();
const oldKey = utils.randomSecretKey();
const newKey = utils.randomSecretKey();
let shippedKeyring: Keyring;
let installed: BuiltFactPack;
let newer: BuiltFactPack;
let db: MobilizationDb;

interface Served {
  body: string;
  status?: number;
  headers?: Record<string, string>;
}

/**
 * A static host in memory: files by URL, each with an ETag, answering `If-None-Match` with 304
 * as sirv and CDNs do. Records every request.
 */
class FakeHost {
  files = new Map<string, Served>();
  calls: Array<{ url: string; init: RequestInit | undefined }> = [];
  fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    this.calls.push({ url, init });
    const file = this.files.get(url);
    if (!file) return new Response('not found', { status: 404, statusText: 'Not Found' });
    const etag = `"${(await sha256Tag(file.body)).slice(7, 23)}"`;
    const asked = new Headers(init?.headers).get('if-none-match');
    if (asked === etag) return new Response(null, { status: 304 });
    return new Response(file.body, { status: file.status ?? 200, headers: { etag, 'last-modified': 'Sat, 01 Mar 2025 11:00:00 GMT', ...file.headers } });
  }) as typeof fetch;

  /** Publishes a pack as `npm run pack:publish` lays it out: the versioned pack and the index. */
  async publish(pack: BuiltFactPack, key = oldKey, keys?: KeyChanges, edit: (text: string) => string = (text) => text) {
    const packText = edit(await signPack(pack, key, keys));
    const signedText = await signPack(pack, key, keys);
    const path = `packs/${pack.version}/fact-pack.json`;
    this.files.set(new URL(path, INDEX_URL).href, { body: packText });
    const index = {
      kind: 'pack-index' as const,
      packId: pack.id,
      version: pack.version,
      publishedAt: pack.publishedAt,
      contentHash: pack.contentHash,
      url: path,
      size: new TextEncoder().encode(signedText).byteLength,
      sha256: await sha256Tag(signedText),
    };
    this.files.set(INDEX_URL, { body: await signPackIndex(index, key) });
    return index;
  }

  urls = () => this.calls.map((call) => call.url.replace('https://packs.example.org/mc/', ''));
}

let host: FakeHost;
const sync = (overrides: { url?: string; maxPackBytes?: number; now?: () => Date } = {}) =>
  syncPack(db, { url: INDEX_URL, shippedKeyring, fetch: host.fetch, maxPackBytes: 1_000_000, now: () => NOW, ...overrides });

async function keyEntry(secret: Uint8Array): Promise<[string, string]> {
  const hex = bytesToHex(await getPublicKeyAsync(secret));
  return [await keyIdOf(hex), hex];
}

beforeAll(async () => {
  const [id, hex] = await keyEntry(oldKey);
  shippedKeyring = { keys: { [id]: hex }, revoked: [] };
  installed = await builtFixturePack({ version: '1.0.0' });
  newer = await builtFixturePack({ version: '1.1.0', facts: [fixtureFact('new-fact', { text: 'A fact only the newer pack has' })] });
});
beforeEach(async () => {
  host = new FakeHost();
  db = openDatabase(`sync-${crypto.randomUUID()}`);
  await importPack(db, installed);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function expectInstalledUnchanged() {
  expect(await getPackInfo(db)).toMatchObject({ version: '1.0.0', contentHash: installed.contentHash });
  expect(await getAllFacts(db)).toEqual(installed.facts);
}

const refused = (code: string, params: unknown = expect.any(Array)) => ({ status: 'refused', code, params, at: AT });

describe('syncPack', () => {
  it('reads the index, then downloads the newer pack it names, without credentials, cache or redirects', async () => {
    await host.publish(newer);
    expect(await sync()).toEqual({ status: 'updated', version: '1.1.0', at: AT });
    expect(host.urls()).toEqual(['index.json', 'packs/1.1.0/fact-pack.json']);
    for (const { init } of host.calls) expect(init).toMatchObject({ cache: 'no-store', credentials: 'omit', redirect: 'error' });
    expect(new Headers(host.calls[0]!.init?.headers).get('if-none-match')).toBeNull();
    expect((await getAllFacts(db)).map((fact) => fact.id)).toEqual(['new-fact']);
    expect(await getSyncRecord(db)).toMatchObject({ lastCheck: { status: 'updated', version: '1.1.0', at: AT }, failures: 0 });
  });

  it('asks again with If-None-Match and If-Modified-Since, and takes 304 as current without downloading', async () => {
    await host.publish(newer);
    await sync();
    host.calls = [];
    expect(await sync()).toEqual({ status: 'current', version: '1.1.0', at: AT });
    expect(host.urls()).toEqual(['index.json']);
    const headers = new Headers(host.calls[0]!.init?.headers);
    expect(headers.get('if-none-match')).toMatch(/^"[0-9a-f]{16}"$/);
    expect(headers.get('if-modified-since')).toBe('Sat, 01 Mar 2025 11:00:00 GMT');
  });

  it('does not download the pack when the index names the installed version or an older one', async () => {
    await host.publish(installed);
    expect(await sync()).toEqual({ status: 'current', version: '1.0.0', at: AT });
    expect(host.urls()).toEqual(['index.json']);
  });

  it('sends no validators to another URL than the one they came from', async () => {
    await host.publish(newer);
    await sync();
    host.files.set('https://mirror.example.org/index.json', host.files.get(INDEX_URL)!);
    host.calls = [];
    await sync({ url: 'https://mirror.example.org/index.json' });
    expect(new Headers(host.calls[0]!.init?.headers).get('if-none-match')).toBeNull();
  });

  it('refuses a pack that does not match the index: other bytes, or more of them', async () => {
    await host.publish(newer, oldKey, undefined, (text) => text.replace('A fact only the newer pack has', 'A fact only the newer pack hax'));
    expect(await sync()).toEqual(refused('index-mismatch', ['sha256']));
    await host.publish(newer, oldKey, undefined, (text) => `${text} `);
    expect(await sync()).toEqual(refused('index-mismatch', ['size']));
    await expectInstalledUnchanged();
  });

  it('refuses an index changed after signing, and an index signed with an unknown key', async () => {
    await host.publish(newer);
    const index = host.files.get(INDEX_URL)!;
    host.files.set(INDEX_URL, { body: index.body.replace('1.1.0', '1.9.0') });
    expect(await sync()).toEqual(refused('bad-signature'));
    await host.publish(newer, newKey);
    expect(await sync()).toEqual(refused('unknown-key', [(await keyEntry(newKey))[0]]));
    await expectInstalledUnchanged();
    expect(host.urls().filter((url) => url.startsWith('packs/'))).toEqual([]);
  });

  it('never fetches a pack the index places on another origin', async () => {
    await host.publish(newer);
    const signed = await signPackIndex({ kind: 'pack-index', packId: 'fixture', version: '1.1.0', publishedAt: '2024-01-01', contentHash: newer.contentHash, url: 'https://elsewhere.example.com/p.json', size: 10, sha256: `sha256-${'0'.repeat(64)}` }, oldKey);
    host.files.set(INDEX_URL, { body: signed });
    expect(await sync()).toEqual(refused('invalid-url', ['https://elsewhere.example.com/p.json']));
    expect(host.urls()).toEqual(['index.json']);
  });

  it('stops reading an index that grows past its limit, even without Content-Length', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(16 * 1024).fill(32));
      },
    });
    const fetch = (async () => new Response(endless)) as typeof globalThis.fetch;
    expect(await syncPack(db, { url: INDEX_URL, shippedKeyring, fetch, maxPackBytes: 1_000_000, now: () => NOW })).toEqual(refused('oversize', ['64 KB']));
    expect(pulled).toBeLessThan(10);
  });

  it('refuses an index announcing a pack over the limit before downloading it', async () => {
    await host.publish(newer);
    expect(await sync({ maxPackBytes: 1000 })).toEqual(refused('oversize', ['1 KB']));
    expect(host.urls()).toEqual(['index.json']);
  });

  it('records HTTP errors, network failures and bad URLs as codes, and never fetches a non-http URL', async () => {
    expect(await sync()).toEqual(refused('http-status', ['404']));
    const down = (async () => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    expect(await syncPack(db, { url: INDEX_URL, shippedKeyring, fetch: down, maxPackBytes: 1, now: () => NOW })).toEqual(refused('unreachable', ['packs.example.org']));
    for (const url of ['file:///etc/passwd', 'chrome-extension://abc/index.json', 'not a url']) {
      host.calls = [];
      expect(await sync({ url })).toEqual(refused('invalid-url', [url]));
      expect(host.calls).toEqual([]);
    }
    expect(await readMeta(db, 'sync')).toMatchObject({ failures: 5 });
    await expectInstalledUnchanged();
  });

  it('counts failures in a row for the backoff, and a success starts again from zero', async () => {
    await sync();
    await sync();
    expect((await getSyncRecord(db)).failures).toBe(2);
    await host.publish(newer);
    await sync();
    expect((await getSyncRecord(db)).failures).toBe(0);
  });

  it('refuses when the import itself fails, keeping the old pack', async () => {
    await host.publish(newer);
    const failFacts = () => {
      throw new Error('disk full');
    };
    db.facts.hook('creating', failFacts);
    expect(await sync()).toEqual(refused('import-failed', ['disk full']));
    db.facts.hook('creating').unsubscribe(failFacts);
    await expectInstalledUnchanged();
  });

  it('runs one check at a time: a second one while the lease is held does nothing, and a lapsed lease is taken over', async () => {
    await host.publish(newer);
    expect(await acquireSyncLease(db, NOW.getTime())).not.toBeNull();
    expect(await sync()).toEqual({ status: 'busy', at: AT });
    expect(host.calls).toEqual([]);
    expect((await getSyncRecord(db)).lastCheck).toBeNull();
    const later = new Date(NOW.getTime() + LEASE_MS + 1);
    expect(await sync({ now: () => later })).toMatchObject({ status: 'updated' });
  });

  it('lets only one of two checks started together run', async () => {
    await host.publish(newer);
    const outcomes = await Promise.all([sync(), sync()]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['busy', 'updated']);
    expect(await readMeta(db, 'syncLease')).toBeNull();
  });
});

describe('key rotation through the sync', () => {
  it('learns a key from a pack signed with the old one, accepts packs signed with it, and refuses the revoked old key', async () => {
    const [oldId] = await keyEntry(oldKey);
    const [newId, newHex] = await keyEntry(newKey);
    await host.publish(newer, oldKey, { add: { [newId]: newHex } });
    expect(await sync()).toMatchObject({ status: 'updated', version: '1.1.0' });
    expect(await readMeta(db, 'keyring')).toEqual({ keys: { [newId]: newHex }, revoked: [] });

    const third = await builtFixturePack({ version: '1.2.0', facts: [fixtureFact('third')] });
    await host.publish(third, newKey, { revoke: [oldId] });
    expect(await sync()).toMatchObject({ status: 'updated', version: '1.2.0' });

    await host.publish(await builtFixturePack({ version: '1.3.0' }), oldKey);
    expect(await sync()).toEqual(refused('revoked-key', [oldId]));
    expect(await getInstalledVersion(db)).toBe('1.2.0');
  });
});

describe('installBundledPack', () => {
  it('installs into an empty database', async () => {
    const empty = openDatabase(`bundled-${crypto.randomUUID()}`);
    expect(await installBundledPack(empty, installed)).toBe(true);
    expect(await getInstalledVersion(empty)).toBe('1.0.0');
    empty.close();
    await Dexie.delete(empty.name);
  });

  it('upgrades to a newer bundled pack', async () => {
    expect(await installBundledPack(db, newer)).toBe(true);
    expect(await getInstalledVersion(db)).toBe('1.1.0');
  });

  it('never replaces a newer synced pack with an older bundled one', async () => {
    await importPack(db, newer, 'sync');
    expect(await installBundledPack(db, installed)).toBe(false);
    expect(await getInstalledVersion(db)).toBe('1.1.0');
  });

  it('replaces an earlier build of the same bundled version, but not a synced pack of that version', async () => {
    const rebuilt = await builtFixturePack({ version: '1.0.0', facts: [fixtureFact('rebuilt')] });
    expect(await installBundledPack(db, installed)).toBe(false);
    expect(await installBundledPack(db, rebuilt)).toBe(true);
    expect((await getAllFacts(db)).map((fact) => fact.id)).toEqual(['rebuilt']);
    await importPack(db, installed, 'sync');
    expect(await installBundledPack(db, rebuilt)).toBe(false);
  });
});
