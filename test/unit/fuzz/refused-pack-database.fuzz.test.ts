import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { getPublicKeyAsync, utils } from '@noble/ed25519';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type MobilizationDb } from '../../../extension/background/database';
import { importPack } from '../../../extension/background/pack-store';
import { syncPack } from '../../../extension/background/pack-sync';
import { buildPack } from '../../../src/pack/build-pack';
import type { BuiltFactPack } from '../../../src/pack/fact-pack-schema';
import { bytesToHex, keyIdOf, type Keyring } from '../../../src/pack/keyring';
import { createIndex } from '../../../src/pack/publish-layout';
import { signPack, signPackIndex, signPayloadText } from '../../../src/pack/signed-pack';
import { fixtureFact, fixturePack } from '../../pack/fixture-pack';

/**
 * A refused pack changes nothing: after every refused sync, every table of the database
 * (pack tables and the reader's own data) is byte-for-byte what it was, except the one
 * `sync` record that tells the reader why the pack was refused (and the lease it held).
 */

const INDEX_URL = 'https://packs.example.org/index.json';
const secretKey = utils.randomSecretKey();
const otherKey = utils.randomSecretKey();
let shippedKeyring: Keyring;
let installed: BuiltFactPack;
let newer: BuiltFactPack;
let signedNewer: string;
let db: MobilizationDb;
let before: string;

/** Every row of every table, in key order, as JSON text; the sync record and its lease left out. */
async function snapshot(database: MobilizationDb): Promise<string> {
  const tables = await Promise.all(
    database.tables.map(async (table) => {
      const rows = (await table.toArray()) as Array<{ key?: unknown }>;
      const kept = table.name === 'meta' ? rows.filter((row) => row.key !== 'sync' && row.key !== 'syncLease') : rows;
      return [table.name, kept] as const;
    }),
  );
  return JSON.stringify(tables);
}

/**
 * A host whose signed index names `text` as the newer pack, size and hash included, so the
 * index lets it through and the pack file itself is what must be refused.
 */
async function serve(text: string): Promise<typeof fetch> {
  const index = await signPackIndex(await createIndex(newer, text), secretKey);
  return (async (input: RequestInfo | URL) => new Response(String(input) === INDEX_URL ? index : text)) as typeof fetch;
}
const sync = async (text: string) => syncPack(db, { url: INDEX_URL, shippedKeyring, fetch: await serve(text), maxPackBytes: 1_000_000 });

beforeAll(async () => {
  const publicKey = bytesToHex(await getPublicKeyAsync(secretKey));
  shippedKeyring = { keys: { [await keyIdOf(publicKey)]: publicKey }, revoked: [] };
  installed = await buildPack(fixturePack({ version: '1.0.0' }));
  newer = await buildPack(fixturePack({ version: '1.1.0', facts: [fixtureFact('only-in-newer')] }));
  signedNewer = await signPack(newer, secretKey);
  db = openDatabase(`refused-${crypto.randomUUID()}`);
  await importPack(db, installed);
  await db.userData.put({ key: 'dismissed', value: ['a', 'b'] });
  before = await snapshot(db);
});
afterAll(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** A newer pack's payload changed, then signed: with our key (a publisher's mistake) or another key. */
const resignedMutation = fc.record({
  field: fc.constantFrom('facts', 'questions', 'sources', 'matchers', 'lexicon', 'version', 'contentHash', 'format'),
  value: fc.oneof(fc.jsonValue(), fc.constant([]), fc.constant(null)),
  ourKey: fc.boolean(),
});

describe('a refused sync leaves the database byte-for-byte unchanged', () => {
  it('after mutated and re-signed packs', async () => {
    await fc.assert(
      fc.asyncProperty(resignedMutation, async ({ field, value, ourKey }) => {
        const payload = JSON.stringify({ kind: 'fact-pack', pack: { ...newer, [field]: value } });
        const outcome = await sync(await signPayloadText(payload, ourKey ? secretKey : otherKey));
        expect(outcome.status).toBe('refused');
        expect(await snapshot(db)).toBe(before);
      }),
      { numRuns: 60 },
    );
  });

  it('after truncated and bit-flipped downloads', async () => {
    const bytes = new TextEncoder().encode(signedNewer);
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.integer({ min: 0, max: 7 }), fc.boolean(), async (position, bit, truncate) => {
        const at = position % bytes.length;
        const mangled = truncate ? bytes.slice(0, at) : bytes.slice();
        if (!truncate) mangled[at] = (mangled[at] as number) ^ (1 << bit);
        const outcome = await sync(new TextDecoder().decode(mangled));
        // A flip that spells the very same envelope (none is known) would install the newer pack.
        if (outcome.status !== 'refused') throw new Error(`accepted a mangled download: ${JSON.stringify(outcome)}`);
        expect(await snapshot(db)).toBe(before);
      }),
      { numRuns: 60 },
    );
  });

  it('after an import that fails half-way through its transaction', async () => {
    const bulkPut = db.claims.bulkPut.bind(db.claims);
    db.claims.bulkPut = (() => Promise.reject(new Error('disk full'))) as unknown as typeof db.claims.bulkPut;
    try {
      const outcome = await sync(signedNewer);
      expect(outcome).toMatchObject({ status: 'refused', code: 'import-failed', params: [expect.stringMatching(/disk full/)] });
    } finally {
      db.claims.bulkPut = bulkPut;
    }
    expect(await snapshot(db)).toBe(before);
  });

  it('while the genuine newer pack is installed (the control: the snapshot does see a change)', async () => {
    expect((await sync(signedNewer)).status).toBe('updated');
    const after = await snapshot(db);
    expect(after).not.toBe(before);
    expect(after).toContain('only-in-newer');
    expect(after).toContain('"dismissed"');
  });
});
