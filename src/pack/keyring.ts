import { z } from 'zod';

/**
 * The keys fact packs may be signed with. A key's id is derived from the key itself
 * (`ed25519:` and the first 16 hex digits of its SHA-256), so a signer never has to be told
 * which id to use and a keyring entry whose id does not match its key is caught at once.
 *
 * Trust starts from the keyring shipped in the extension (assets/keys/keyring.json). A pack
 * signed with a trusted key may introduce new keys and revoke others; what it learnt is kept
 * next to the pack. Revocation is final: a revoked id is never trusted again, whoever adds it.
 */
export interface Keyring {
  /** Key id → Ed25519 public key, 64 hex digits. */
  keys: Record<string, string>;
  /** Ids of keys that must never be accepted again. */
  revoked: string[];
}

/** What a signed pack may change in the keyring, signed along with the pack. */
export interface KeyChanges {
  add?: Record<string, string>;
  revoke?: string[];
}

const HEX_KEY = /^[0-9a-f]{64}$/;
const KEY_ID = /^ed25519:[0-9a-f]{16}$/;

const keyIdSchema = z.string().regex(KEY_ID, 'a key id is "ed25519:" and 16 hex digits');
const publicKeySchema = z.string().regex(HEX_KEY, 'a public key is 64 lowercase hex digits');

export const keyringSchema = z.object({
  keys: z.record(keyIdSchema, publicKeySchema),
  revoked: z.array(keyIdSchema),
});

export const keyChangesSchema = z
  .object({
    add: z.record(keyIdSchema, publicKeySchema).optional(),
    revoke: z.array(keyIdSchema).optional(),
  })
  .strict();

export const EMPTY_KEYRING: Keyring = { keys: {}, revoked: [] };

export function bytesToHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function hexToBytes(hex: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

/** `ed25519:<16 hex>`: the start of the SHA-256 of the public key's 32 bytes. */
export async function keyIdOf(publicKeyHex: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', hexToBytes(publicKeyHex));
  return `ed25519:${bytesToHex(new Uint8Array(digest)).slice(0, 16)}`;
}

/** Every entry's id must be its key's own id; returns the entries that are not. */
export async function mismatchedKeyIds(keys: Record<string, string>): Promise<string[]> {
  const wrong: string[] = [];
  for (const [id, key] of Object.entries(keys)) if ((await keyIdOf(key)) !== id) wrong.push(id);
  return wrong;
}

/** Parses a keyring (the shipped one or one stored earlier) and checks its ids against its keys. */
export async function parseKeyring(value: unknown): Promise<Keyring> {
  const parsed = keyringSchema.safeParse(value);
  if (!parsed.success) throw new Error(`invalid keyring: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
  const wrong = await mismatchedKeyIds(parsed.data.keys);
  if (wrong.length > 0) throw new Error(`invalid keyring: ${wrong.join(', ')} do not match their keys`);
  return parsed.data;
}

/** The shipped keyring with what signed packs taught since; revocations from either side win. */
export function mergeKeyrings(shipped: Keyring, learned: Keyring): Keyring {
  const revoked = [...new Set([...shipped.revoked, ...learned.revoked])];
  const keys = Object.fromEntries(Object.entries({ ...learned.keys, ...shipped.keys }).filter(([id]) => !revoked.includes(id)));
  return { keys, revoked };
}

/** Whether a key id may sign: `trusted`, `revoked`, or `unknown`. */
export function keyStatus(keyring: Keyring, keyId: string): 'trusted' | 'revoked' | 'unknown' {
  if (keyring.revoked.includes(keyId)) return 'revoked';
  return Object.hasOwn(keyring.keys, keyId) ? 'trusted' : 'unknown';
}

/**
 * The learned keyring after a verified pack's changes (`openSignedPack` has already refused a
 * pack that revokes its own signer or adds a key under another key's id). A revoked key
 * cannot come back.
 */
export function applyKeyChanges(learned: Keyring, changes: KeyChanges): Keyring {
  const revoked = [...new Set([...learned.revoked, ...(changes.revoke ?? [])])];
  const keys = Object.fromEntries(Object.entries({ ...learned.keys, ...changes.add }).filter(([id]) => !revoked.includes(id)));
  return { keys, revoked };
}
