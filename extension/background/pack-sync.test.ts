import 'fake-indexeddb/auto';
import { getPublicKeyAsync, utils } from '@noble/ed25519';
import Dexie from 'dexie';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BuiltFactPack } from '../../src/pack/fact-pack-schema';
import { createSignedPack } from '../../src/pack/signed-pack';
import { builtFixturePack, fixtureFact } from '../../test/pack/fixture-pack';
import { openDatabase, type MobilizationDb } from './database';
import { getAllFacts, getInstalledVersion, getPackInfo, importPack } from './pack-store';
import { getLastSync, installBundledPack, syncPack } from './pack-sync';

const URL = 'https://packs.example.org/fact-pack.json';
const NOW = new Date('2025-03-01T12:00:00.000Z');
const AT = NOW.toISOString();
const secretKey = utils.randomSecretKey();
let publicKey: Uint8Array;
let installed: BuiltFactPack;
let newer: BuiltFactPack;
let db: MobilizationDb;

interface FetchCall {
  url: string;
  init: RequestInit | undefined;
}

/** A fetch that serves one response and records what it was asked. */
function fakeFetch(respond: () => Response | Promise<Response>) {
  const calls: FetchCall[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return respond();
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const serve = (body: string | ReadableStream<Uint8Array>, init?: ResponseInit) => fakeFetch(() => new Response(body, init));
const sync = (fetch: typeof globalThis.fetch, overrides: { url?: string; maxBytes?: number } = {}) =>
  syncPack(db, { url: URL, publicKey, fetch, maxBytes: 1_000_000, now: () => NOW, ...overrides });

beforeAll(async () => {
  publicKey = await getPublicKeyAsync(secretKey);
  installed = await builtFixturePack({ version: '1.0.0' });
  newer = await builtFixturePack({ version: '1.1.0', facts: [fixtureFact('new-fact', { text: 'A fact only the newer pack has' })] });
});
beforeEach(async () => {
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

describe('syncPack', () => {
  it('installs a newer signed pack, fetching only the URL, without credentials or cache', async () => {
    const { fetch, calls } = serve(await createSignedPack(JSON.stringify(newer), secretKey));
    expect(await sync(fetch)).toEqual({ status: 'updated', version: '1.1.0', at: AT });
    expect(calls).toEqual([{ url: URL, init: expect.objectContaining({ cache: 'no-store', credentials: 'omit', redirect: 'error' }) }]);
    expect((await getAllFacts(db)).map((fact) => fact.id)).toEqual(['new-fact']);
    expect(await getLastSync(db)).toEqual({ status: 'updated', version: '1.1.0', at: AT });
  });

  it('reports the same version as current and changes nothing', async () => {
    const { fetch } = serve(await createSignedPack(JSON.stringify(installed), secretKey));
    expect(await sync(fetch)).toEqual({ status: 'current', version: '1.0.0', at: AT });
    await expectInstalledUnchanged();
  });

  it('refuses a tampered pack, keeps the old one and records why', async () => {
    const envelope = JSON.parse(await createSignedPack(JSON.stringify(newer), secretKey)) as { payload: string };
    const tampered = JSON.stringify({ ...envelope, payload: envelope.payload.replace('only the newer', 'a forged') });
    const outcome = await sync(serve(tampered).fetch);
    expect(outcome).toEqual({ status: 'refused', reason: expect.stringMatching(/signature does not verify/), at: AT });
    expect(await getLastSync(db)).toEqual(outcome);
    await expectInstalledUnchanged();
  });

  it('refuses an older pack', async () => {
    await importPack(db, newer);
    const outcome = await sync(serve(await createSignedPack(JSON.stringify(installed), secretKey)).fetch);
    expect(outcome).toMatchObject({ status: 'refused', reason: expect.stringMatching(/older than the installed 1\.1\.0/) });
    expect(await getInstalledVersion(db)).toBe('1.1.0');
  });

  it('stops reading a body that grows past the limit, even without Content-Length', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(64 * 1024).fill(32));
      },
    });
    const outcome = await sync(serve(endless).fetch, { maxBytes: 256 * 1024 });
    expect(outcome).toMatchObject({ status: 'refused', reason: 'The pack is larger than the 256 KB limit.' });
    expect(pulled).toBeLessThan(10);
    await expectInstalledUnchanged();
  });

  it('refuses a declared oversize body before reading it', async () => {
    const { fetch } = serve('{}', { headers: { 'content-length': String(5_000_000) } });
    expect(await sync(fetch)).toMatchObject({ status: 'refused', reason: expect.stringMatching(/larger than/) });
  });

  it('refuses malformed JSON and HTTP errors', async () => {
    expect(await sync(serve('<html>not a pack</html>').fetch)).toMatchObject({ status: 'refused', reason: expect.stringMatching(/not valid JSON/) });
    expect(await sync(serve('gone', { status: 404, statusText: 'Not Found' }).fetch)).toMatchObject({
      status: 'refused',
      reason: 'The server answered 404 Not Found.',
    });
    await expectInstalledUnchanged();
  });

  it('refuses a network failure without throwing', async () => {
    const { fetch } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await sync(fetch)).toMatchObject({ status: 'refused', reason: 'Could not reach packs.example.org: Failed to fetch.' });
  });

  it('never fetches a URL that is not http or https', async () => {
    for (const url of ['file:///etc/passwd', 'chrome-extension://abc/fact-pack.json', 'not a url']) {
      const { fetch, calls } = serve('{}');
      expect(await sync(fetch, { url })).toMatchObject({ status: 'refused' });
      expect(calls).toEqual([]);
    }
  });

  it('refuses when the import itself fails, keeping the old pack', async () => {
    const { fetch } = serve(await createSignedPack(JSON.stringify(newer), secretKey));
    const failFacts = () => {
      throw new Error('disk full');
    };
    db.facts.hook('creating', failFacts);
    expect(await sync(fetch)).toMatchObject({ status: 'refused', reason: 'The pack could not be installed: disk full' });
    db.facts.hook('creating').unsubscribe(failFacts);
    await expectInstalledUnchanged();
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
