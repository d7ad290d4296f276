import fc from 'fast-check';
import { getPublicKeyAsync, utils } from '@noble/ed25519';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeContentHash } from '../../../src/pack/build-pack';
import { bytesToHex, keyIdOf, type Keyring } from '../../../src/pack/keyring';
import { openSignedPack, signPack, SIGNED_FORMAT, validateBuiltPack } from '../../../src/pack/signed-pack';
import type { BuiltFactPack } from '../../../src/pack/fact-pack-schema';
import { builtFixturePack } from '../../pack/fixture-pack';
import { anyText } from './arbitraries';

/**
 * The pack's gate, fuzzed: random JSON, random text, and a real signed pack truncated,
 * bit-flipped, spliced and re-nested. Nothing throws, and nothing but the signed pack itself
 * (or a byte-identical reading of it) is ever accepted.
 */

const MAX_BYTES = 8 * 1024 * 1024;
let secretKey: Uint8Array;
let keyring: Keyring;
let keyId: string;
let pack: BuiltFactPack;
let signed: string;
let signedBytes: Uint8Array;

beforeAll(async () => {
  secretKey = utils.randomSecretKey();
  const publicKey = bytesToHex(await getPublicKeyAsync(secretKey));
  keyId = await keyIdOf(publicKey);
  keyring = { keys: { [keyId]: publicKey }, revoked: [] };
  pack = await builtFixturePack({ version: '2.0.0' });
  signed = await signPack(pack, secretKey);
  signedBytes = new TextEncoder().encode(signed);
});

const open = async (text: string) => {
  const result = await openSignedPack(text, { keyring, currentVersion: '1.0.0', maxBytes: MAX_BYTES });
  return result.ok ? { ...result, value: result.value.pack } : result;
};
/** Decodes like a browser reading a mangled download: invalid UTF-8 becomes U+FFFD, never an exception. */
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Accepted means: exactly the pack that was signed. */
async function expectRefusedOrOriginal(text: string): Promise<void> {
  const result = await open(text);
  if (result.ok) expect(result.value).toEqual(pack);
  else expect(result.error.length).toBeGreaterThan(0);
}

describe('openSignedPack on generated input', () => {
  it('refuses random text and random JSON without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyText, fc.json(), fc.jsonValue().map((value) => JSON.stringify(value))), async (text) => {
        const result = await open(text);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses random envelopes: any payload with any signature', async () => {
    const base64 = fc.uint8Array({ minLength: 0, maxLength: 80 }).map((bytes) => Buffer.from(bytes).toString('base64'));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json(), fc.constant(JSON.stringify(pack))), fc.oneof(base64, fc.string()), async (payload, signature) => {
        const result = await open(JSON.stringify({ format: SIGNED_FORMAT, keyId, payload, signature }));
        expect(result.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('accepts the signed pack itself (the control)', async () => {
    const result = await open(signed);
    expect(result.ok && result.value).toEqual(pack);
  });
});

describe('openSignedPack on a mutated signed pack', () => {
  it('refuses every truncation', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), async (cut) => {
        const at = cut % signedBytes.length;
        const result = await open(decode(signedBytes.subarray(0, at)));
        expect(result.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses or reads back the same pack after any single bit flip', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.integer({ min: 0, max: 7 }), async (position, bit) => {
        const bytes = signedBytes.slice();
        const at = position % bytes.length;
        bytes[at] = (bytes[at] as number) ^ (1 << bit);
        await expectRefusedOrOriginal(decode(bytes));
      }),
      { numRuns: 400 },
    );
  });

  it('refuses or reads back the same pack after random byte edits, deletions and insertions', async () => {
    const edit = fc.record({ at: fc.nat(), kind: fc.constantFrom('set', 'delete', 'insert'), byte: fc.integer({ min: 0, max: 255 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (edits) => {
        const bytes = [...signedBytes];
        for (const { at, kind, byte } of edits) {
          const index = at % (bytes.length + 1);
          if (kind === 'set') bytes[Math.min(index, bytes.length - 1)] = byte;
          else if (kind === 'delete') bytes.splice(index, 1);
          else bytes.splice(index, 0, byte);
        }
        await expectRefusedOrOriginal(decode(Uint8Array.from(bytes)));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a signature written in a non-canonical base64 spelling', async () => {
    // Regression from the bit-flip fuzzer: the last base64 character of a 64-byte signature
    // carries 4 unused bits, and atob ignores them, so 16 spellings decoded to one signature.
    const envelope = JSON.parse(signed) as { signature: string };
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const last = envelope.signature.at(-3) as string;
    const sibling = alphabet[alphabet.indexOf(last) ^ 1] as string;
    const respelled = { ...envelope, signature: `${envelope.signature.slice(0, -3)}${sibling}==` };
    expect(Buffer.from(respelled.signature, 'base64')).toEqual(Buffer.from(envelope.signature, 'base64'));
    const result = await open(JSON.stringify(respelled));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe('bad-envelope');
  });

  it('refuses a huge download before parsing it, and deep nesting without overflowing', async () => {
    const huge = await open(`{"format":"${SIGNED_FORMAT}","keyId":"${keyId}","payload":"${'x'.repeat(MAX_BYTES)}","signature":""}`);
    expect(!huge.ok && huge.code).toBe('oversize');
    const deep = await open(`${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    expect(deep.ok).toBe(false);
    const deepPayload = await open(JSON.stringify({ format: SIGNED_FORMAT, keyId, payload: `${'['.repeat(100_000)}`, signature: 'AA==' }));
    expect(deepPayload.ok).toBe(false);
  });
});

/** Replaces the value at a random path of a JSON value. */
function mutateAt(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
  const [step, ...rest] = path as [number, ...number[]];
  if (Array.isArray(value)) {
    if (value.length === 0) return replacement;
    const copy = [...value];
    const index = step % copy.length;
    copy[index] = mutateAt(copy[index], rest, replacement);
    return copy;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[step % keys.length] as string;
  return { ...value, [key]: mutateAt((value as Record<string, unknown>)[key], rest, replacement) };
}

/** Removes the value at a random path (a field of an object or an item of an array). */
function deleteAt(value: unknown, path: number[]): unknown {
  if (value === null || typeof value !== 'object') return value;
  const [step, ...rest] = path as [number, ...number[]];
  if (step === undefined) return value;
  if (Array.isArray(value)) {
    if (value.length === 0) return value;
    const index = step % value.length;
    return rest.length === 0 ? value.filter((_, i) => i !== index) : value.map((item, i) => (i === index ? deleteAt(item, rest) : item));
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return value;
  const key = keys[step % keys.length] as string;
  if (rest.length === 0) {
    const { [key]: _removed, ...kept } = value as Record<string, unknown>;
    return kept;
  }
  return { ...value, [key]: deleteAt((value as Record<string, unknown>)[key], rest) };
}

const deepNesting = fc.integer({ min: 1, max: 50_000 }).map((depth) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`) as unknown);
const edgeValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(null, '', 0, -1, 1e308, -0, Number.MAX_SAFE_INTEGER + 2, '9999-99-99', '2022-02-30', '../../etc/passwd', '<img src=x onerror=alert(1)>'),
  fc.string({ unit: 'binary', minLength: 0, maxLength: 2000 }),
  deepNesting,
);

describe('validateBuiltPack on mutated packs', () => {
  it('never throws, and accepts a changed pack only when it reads back identical', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 7 }), edgeValue, fc.boolean(), async (path, replacement, remove) => {
        const mutated = remove ? deleteAt(pack, path) : mutateAt(pack, path, replacement);
        const result = await validateBuiltPack(mutated);
        if (result.ok) expect(result.value).toEqual(pack);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on mutated packs whose content hash was recomputed (a careless publisher)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 7 }), edgeValue, async (path, replacement) => {
        const mutated = mutateAt(pack, path, replacement);
        if (mutated === null || typeof mutated !== 'object' || Array.isArray(mutated)) return;
        const { contentHash: _old, ...content } = mutated as BuiltFactPack;
        let rehashed: unknown;
        try {
          rehashed = { ...content, contentHash: await computeContentHash(content) };
        } catch {
          return; // Content the hash itself cannot digest is no pack anyone could publish.
        }
        const result = await validateBuiltPack(rehashed);
        if (!result.ok) expect(['schema', 'integrity', 'hash-mismatch']).toContain(result.code);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses random JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        expect((await validateBuiltPack(value)).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
