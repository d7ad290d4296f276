import { getPublicKeyAsync, utils } from '@noble/ed25519';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPack } from './build-pack';
import type { BuiltFactPack } from './fact-pack-schema';
import { applyKeyChanges, bytesToHex, EMPTY_KEYRING, keyIdOf, mergeKeyrings, type Keyring } from './keyring';
import { openPackIndex, openSignedPack, signPack, signPackIndex, signPayloadText, validateBuiltPack, type PackIndex, type PackRefusal } from './signed-pack';
import { builtFixturePack, fixtureFact, fixturePack } from '../../test/pack/fixture-pack';

// Throwaway key pairs per run; the production private key never appears in tests.
const secretKey = utils.randomSecretKey();
const otherKey = utils.randomSecretKey();
const nextKey = utils.randomSecretKey();
let keyId: string;
let keyring: Keyring;
let pack: BuiltFactPack;

/** A key's hex public key and id, as a keyring holds them. */
async function keyEntry(secret: Uint8Array): Promise<[string, string]> {
  const hex = bytesToHex(await getPublicKeyAsync(secret));
  return [await keyIdOf(hex), hex];
}

beforeAll(async () => {
  const [id, hex] = await keyEntry(secretKey);
  keyId = id;
  keyring = { keys: { [id]: hex }, revoked: [] };
  pack = await builtFixturePack({ version: '2.0.0' });
});

const open = (text: string, currentVersion: string | null = '1.0.0', maxBytes = 1_000_000, ring = keyring) =>
  openSignedPack(text, { keyring: ring, currentVersion, maxBytes });
const signJson = (value: unknown, key = secretKey) => signPack(value as BuiltFactPack, key);

/** A refusal, or the failure to refuse. */
function refusal(result: { ok: true } | PackRefusal): PackRefusal {
  if (result.ok) throw new Error('expected the document to be refused');
  return result;
}

describe('openSignedPack', () => {
  it('accepts a newer pack signed with the right key', async () => {
    const result = await open(await signJson(pack));
    expect(result).toEqual({ ok: true, value: { pack, keys: {}, keyId } });
  });

  it('accepts any valid pack when none is installed', async () => {
    expect((await open(await signJson(pack), null)).ok).toBe(true);
  });

  it('refuses an oversize file before parsing it', async () => {
    const text = await signJson(pack);
    const result = refusal(await open(text, '1.0.0', 1024));
    expect(result.code).toBe('oversize');
    expect(result.error).toMatch(/^The pack is \d+ KB, over the 1 KB limit\.$/);
    expect(result.params).toEqual(['1 KB']);
  });

  it('refuses malformed JSON', async () => {
    const result = refusal(await open('{"format": "mc-signed/2", "payload": '));
    expect(result.code).toBe('malformed-json');
    expect(result.error).toMatch(/not valid JSON/);
  });

  it('refuses a document that is not a signed-pack envelope', async () => {
    expect(refusal(await open(JSON.stringify(pack))).code).toBe('bad-envelope');
    const envelope = JSON.parse(await signJson(pack)) as Record<string, string>;
    expect(refusal(await open(JSON.stringify({ ...envelope, format: 'mc-signed/3' }))).code).toBe('bad-envelope');
    // The first format had no key id; it is not read any more.
    const { keyId: _id, ...unnamed } = envelope;
    expect(refusal(await open(JSON.stringify({ ...unnamed, format: 'mc-signed-pack/1' }))).code).toBe('bad-envelope');
    expect(refusal(await open(JSON.stringify({ ...envelope, signature: 'not base64!' }))).error).toMatch(/signature is not base64/);
    expect(refusal(await open(JSON.stringify({ ...envelope, signature: 'AAAA' }))).error).toMatch(/not 64 bytes/);
  });

  it('refuses a payload changed after signing', async () => {
    const envelope = JSON.parse(await signJson(pack)) as { payload: string };
    const tampered = { ...envelope, payload: envelope.payload.replace('Fact decree-signed', 'Fact rewritten') };
    const result = refusal(await open(JSON.stringify(tampered)));
    expect(result.code).toBe('bad-signature');
    expect(result.error).toMatch(/signature does not verify/);
  });

  it('refuses a pack signed with another key', async () => {
    const result = refusal(await open(await signJson(pack, otherKey)));
    expect(result.code).toBe('unknown-key');
    expect(result.params).toEqual([(await keyEntry(otherKey))[0]]);
  });

  it('refuses a signature made by another key under a trusted key id', async () => {
    const envelope = JSON.parse(await signJson(pack, otherKey)) as Record<string, string>;
    const result = refusal(await open(JSON.stringify({ ...envelope, keyId })));
    expect(result.code).toBe('bad-signature');
  });

  it('refuses a signed payload that is not JSON', async () => {
    expect(refusal(await open(await signPayloadText('not json at all', secretKey))).code).toBe('payload-not-json');
  });

  it('refuses a schema violation, listing every path', async () => {
    const broken = structuredClone(pack) as unknown as { facts: Array<Record<string, unknown>>; questions: Array<{ claims: Array<{ value: Record<string, unknown> }> }> };
    broken.facts[0]!.citations = [];
    broken.facts[1]!.date = '2022-13-01';
    delete broken.questions[0]!.claims[0]!.value.unit;
    const result = refusal(await open(await signJson(broken)));
    expect(result.code).toBe('schema');
    expect(result.details).toEqual([
      '$.facts[0].citations: a fact needs at least one citation',
      expect.stringMatching(/^\$\.facts\[1\]\.date: /),
      expect.stringMatching(/^\$\.questions\[0\]\.claims\[0\]\.value\.unit: /),
    ]);
    expect(result.error).toMatch(/^The pack does not match the fact pack schema: \$\.facts\[0\]\.citations: a fact needs at least one citation; /);
  });

  it('refuses integrity errors: unknown source and duplicate id', async () => {
    const inconsistent = await buildPack(
      fixturePack({
        version: '2.0.0',
        facts: [fixtureFact('a', { citations: [{ source: 'ghost', url: 'https://example.org/x', date: '2022-09-21' }] }), fixtureFact('a')],
      }),
    );
    const result = refusal(await open(await signJson(inconsistent)));
    expect(result.code).toBe('integrity');
    expect(result.details).toEqual([
      '$.facts[0].citations[0].source: citation source "ghost" is not a source id in sources',
      '$.facts[1].id: duplicate fact id "a" (see $.facts[0])',
    ]);
  });

  it('refuses a signed pack whose content does not match its hash', async () => {
    const edited = { ...pack, facts: [...pack.facts, fixtureFact('added-after-build')] };
    const result = refusal(await open(await signJson(edited)));
    expect(result.code).toBe('hash-mismatch');
  });

  it('refuses an older pack and reports the same version separately', async () => {
    const downgrade = refusal(await open(await signJson(pack), '2.1.0'));
    expect(downgrade.code).toBe('downgrade');
    expect(downgrade.error).toMatch(/older than the installed 2\.1\.0/);
    expect(downgrade.params).toEqual(['2.0.0', '2.1.0']);
    expect(refusal(await open(await signJson(pack), '2.0.0')).code).toBe('same-version');
  });

  it('accepts text containing HTML or script unchanged: it is data, rendered as text', async () => {
    const markup = '<script>alert("x")</script><img src=x onerror=alert(1)> & <b>bold</b>';
    const withMarkup = await buildPack(
      fixturePack({ version: '2.0.0', facts: [fixtureFact('markup', { text: markup, citations: [{ source: 'kremlin', url: 'https://kremlin.example/a?b=<c>', date: '2022-09-21', quote: '"</p><iframe>' }] })] }),
    );
    const result = await open(await signJson(withMarkup));
    expect(result).toEqual({ ok: true, value: { pack: withMarkup, keys: {}, keyId } });
    if (result.ok) expect(result.value.pack.facts[0]!.text).toBe(markup);
  });
});

describe('key rotation', () => {
  it('a pack signed with the old key introduces a new key, which then signs on its own', async () => {
    const [nextId, nextHex] = await keyEntry(nextKey);
    expect(refusal(await open(await signPack(pack, nextKey))).code).toBe('unknown-key');

    const introducing = await open(await signPack(pack, secretKey, { add: { [nextId]: nextHex } }));
    if (!introducing.ok) throw new Error(introducing.error);
    expect(introducing.value.keys).toEqual({ add: { [nextId]: nextHex } });
    const learned = applyKeyChanges(EMPTY_KEYRING, introducing.value.keys);
    const trusted = mergeKeyrings(keyring, learned);

    const newer = await builtFixturePack({ version: '2.1.0' });
    const result = await open(await signPack(newer, nextKey), '2.0.0', 1_000_000, trusted);
    expect(result).toEqual({ ok: true, value: { pack: newer, keys: {}, keyId: nextId } });
  });

  it('a revoked key is refused, even when a later pack or the shipped keyring offers it again', async () => {
    const [nextId, nextHex] = await keyEntry(nextKey);
    const rotated = mergeKeyrings(keyring, applyKeyChanges(EMPTY_KEYRING, { add: { [nextId]: nextHex } }));
    const revoking = await open(await signPack(pack, nextKey, { revoke: [keyId] }), '1.0.0', 1_000_000, rotated);
    if (!revoking.ok) throw new Error(revoking.error);
    const learned = applyKeyChanges(applyKeyChanges(EMPTY_KEYRING, { add: { [nextId]: nextHex } }), revoking.value.keys);
    // The shipped keyring still lists the old key; the learned revocation wins.
    const trusted = mergeKeyrings(keyring, learned);
    expect(trusted.revoked).toEqual([keyId]);

    const stale = refusal(await open(await signPack(await builtFixturePack({ version: '3.0.0' }), secretKey), '2.0.0', 1_000_000, trusted));
    expect(stale.code).toBe('revoked-key');
    expect(stale.params).toEqual([keyId]);
    const readded = applyKeyChanges(learned, { add: { [keyId]: keyring.keys[keyId]! } });
    expect(mergeKeyrings(keyring, readded).keys).not.toHaveProperty(keyId);
  });

  it('a key revoked in the shipped keyring is refused', async () => {
    const shipped: Keyring = { keys: keyring.keys, revoked: [keyId] };
    expect(refusal(await open(await signPack(pack, secretKey), '1.0.0', 1_000_000, mergeKeyrings(shipped, EMPTY_KEYRING))).code).toBe('revoked-key');
  });

  it('refuses a pack that revokes its own key, or adds a key under an id that is not its own', async () => {
    const selfRevoking = refusal(await open(await signPack(pack, secretKey, { revoke: [keyId] })));
    expect(selfRevoking.code).toBe('bad-key-change');
    const [nextId] = await keyEntry(nextKey);
    const [, otherHex] = await keyEntry(otherKey);
    expect(refusal(await open(await signPack(pack, secretKey, { add: { [nextId]: otherHex } }))).code).toBe('bad-key-change');
    const malformed = await signPayloadText(JSON.stringify({ kind: 'fact-pack', pack, keys: { add: { 'not-an-id': otherHex } } }), secretKey);
    expect(refusal(await open(malformed)).code).toBe('bad-key-change');
  });
});

describe('openPackIndex', () => {
  const index = (overrides: Partial<PackIndex> = {}): PackIndex => ({
    kind: 'pack-index',
    packId: 'fixture',
    version: '2.0.0',
    publishedAt: '2024-01-01',
    contentHash: `sha256-${'a'.repeat(64)}`,
    url: 'packs/2.0.0/fact-pack.json',
    size: 1234,
    sha256: `sha256-${'b'.repeat(64)}`,
    ...overrides,
  });
  const openIndex = (text: string, ring = keyring) => openPackIndex(text, { keyring: ring, maxBytes: 64 * 1024 });

  it('opens a signed index and names its key', async () => {
    expect(await openIndex(await signPackIndex(index(), secretKey))).toEqual({ ok: true, value: { ...index(), keyId } });
  });

  it('refuses a pack where an index belongs, an index with missing fields, and an unknown key', async () => {
    expect(refusal(await openIndex(await signPack(pack, secretKey))).code).toBe('wrong-kind');
    const { size: _size, ...sizeless } = index();
    const malformed = refusal(await openIndex(await signPayloadText(JSON.stringify(sizeless), secretKey)));
    expect(malformed.code).toBe('bad-index');
    expect(malformed.params[0]).toMatch(/^\$\.size: /);
    expect(refusal(await openIndex(await signPackIndex(index(), otherKey))).code).toBe('unknown-key');
  });

  it('refuses an index changed after signing', async () => {
    const envelope = JSON.parse(await signPackIndex(index(), secretKey)) as { payload: string };
    const tampered = { ...envelope, payload: envelope.payload.replace('2.0.0', '9.0.0') };
    expect(refusal(await openIndex(JSON.stringify(tampered))).code).toBe('bad-signature');
  });
});

describe('validateBuiltPack', () => {
  it('accepts the built fixture as is', async () => {
    expect(await validateBuiltPack(pack)).toEqual({ ok: true, value: pack });
  });

  it('refuses a bundled pack edited after its build', async () => {
    const result = refusal(await validateBuiltPack({ ...pack, version: '3.0.0' }));
    expect(result.code).toBe('hash-mismatch');
  });

  it('refuses a bundled pack without a hash, by schema', async () => {
    const { contentHash: _hash, ...unhashed } = pack;
    expect(refusal(await validateBuiltPack(unhashed)).details).toEqual(['$.contentHash: Invalid input: expected string, received undefined']);
  });
});
