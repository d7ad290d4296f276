import { getPublicKeyAsync, signAsync, verifyAsync } from '@noble/ed25519';
import { z } from 'zod';
import { computeContentHash } from './build-pack';
import { builtFactPackSchema, packVersionSchema, type BuiltFactPack } from './fact-pack-schema';
import { bytesToHex, hexToBytes, keyChangesSchema, keyIdOf, keyStatus, mismatchedKeyIds, type KeyChanges, type Keyring } from './keyring';
import { formatJsonPath, issuesFromZod, type PackIssue } from './pack-error';
import { checkPackIntegrity } from './pack-integrity';
import { compareVersions } from './pack-version';

/**
 * Signed documents, as `npm run pack:publish` writes them and the extension fetches them:
 * the signed pack and the small signed index that points at it. Both travel in one envelope
 * that names the key that signed it. The first format (`mc-signed-pack/1`, one key and no key
 * id) is not read any more: it never reached readers, and a pack without a key id cannot
 * take part in key rotation.
 */
export const SIGNED_FORMAT = 'mc-signed/2';

export interface SignedEnvelope {
  format: typeof SIGNED_FORMAT;
  /** The id of the key that signed (see keyring.ts); it must be trusted and not revoked. */
  keyId: string;
  /** A JSON document as text; the signature covers exactly these characters' UTF-8 bytes. */
  payload: string;
  /** Base64 Ed25519 signature (64 bytes) over the payload's UTF-8 bytes. */
  signature: string;
}

/** The payload of a signed pack: the built pack and the keyring changes it vouches for. */
export interface PackPayload {
  kind: 'fact-pack';
  pack: BuiltFactPack;
  keys?: KeyChanges;
}

/** The payload of the signed index: which pack is current and how to check the download. */
export const packIndexSchema = z
  .object({
    kind: z.literal('pack-index'),
    packId: z.string().min(1),
    version: packVersionSchema,
    publishedAt: z.string().min(1),
    contentHash: z.string().regex(/^sha256-[0-9a-f]{64}$/),
    /** The signed pack's address, relative to the index's own. */
    url: z.string().min(1).max(2000),
    /** The signed pack file's length in bytes and the SHA-256 of those bytes. */
    size: z.number().int().positive(),
    sha256: z.string().regex(/^sha256-[0-9a-f]{64}$/),
  })
  .strict();
export type PackIndex = z.infer<typeof packIndexSchema>;

/** Why a signed document was refused; `error` says it in English for the command-line scripts. */
export type PackRefusalCode =
  | 'oversize'
  | 'malformed-json'
  | 'bad-envelope'
  | 'unknown-key'
  | 'revoked-key'
  | 'bad-signature'
  | 'payload-not-json'
  | 'wrong-kind'
  | 'bad-index'
  | 'bad-key-change'
  | 'schema'
  | 'integrity'
  | 'hash-mismatch'
  | 'same-version'
  | 'downgrade';

export interface PackRefusal {
  ok: false;
  code: PackRefusalCode;
  error: string;
  /** Values the reader's message names (a key id, versions, the first problem's path). */
  params: string[];
  /** Each schema or integrity problem, as `json.path: reason`. */
  details: string[];
}

/** An opened signed pack: the pack, the keyring changes it carries and the key that signed it. */
export interface OpenedPack {
  pack: BuiltFactPack;
  keys: KeyChanges;
  keyId: string;
}

export type PackOpenResult = { ok: true; value: BuiltFactPack } | PackRefusal;
export type SignedPackResult = { ok: true; value: OpenedPack } | PackRefusal;
export type PackIndexResult = { ok: true; value: PackIndex & { keyId: string } } | PackRefusal;

export interface OpenSignedOptions {
  keyring: Keyring;
  maxBytes: number;
}

export interface OpenSignedPackOptions extends OpenSignedOptions {
  /** The installed pack's version; the opened pack must be newer. */
  currentVersion: string | null;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const envelopeSchema = z
  .object({
    format: z.literal(SIGNED_FORMAT),
    keyId: z.string().min(1).max(100),
    payload: z.string().min(1),
    signature: z.string().regex(BASE64, 'signature is not base64'),
  })
  .strict();

const packPayloadSchema = z.object({ kind: z.literal('fact-pack'), pack: z.unknown(), keys: keyChangesSchema.optional() }).strict();

const refuse = (code: PackRefusalCode, error: string, params: string[] = [], details: string[] = []): PackRefusal => ({ ok: false, code, error, params, details });

/** Lists the first few problems in the sentence; every one stays in `details`. */
function refuseWithIssues(code: 'schema' | 'integrity', lead: string, issues: readonly PackIssue[]): PackRefusal {
  const details = issues.map(
    (issue) => `${formatJsonPath(issue.path)}: ${issue.message}${issue.related ? ` (see ${formatJsonPath(issue.related)})` : ''}`,
  );
  const shown = details.slice(0, 3).join('; ');
  const more = details.length > 3 ? ` (and ${details.length - 3} more)` : '';
  return refuse(code, `${lead}: ${shown}${more}`, details.slice(0, 1), details);
}

function tryParseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

function bytesToBase64(bytes: Uint8Array): string {
  return btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));
}

function base64ToBytes(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

const formatSize = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`);

/** Signs a JSON payload with a private key and wraps it in the envelope, naming the key. */
async function signDocument(payload: string, privateKey: Uint8Array): Promise<string> {
  const keyId = await keyIdOf(bytesToHex(await getPublicKeyAsync(privateKey)));
  const signature = bytesToBase64(await signAsync(new TextEncoder().encode(payload), privateKey));
  const envelope: SignedEnvelope = { format: SIGNED_FORMAT, keyId, payload, signature };
  return JSON.stringify(envelope);
}

/** The signed pack file: the pack, and any keys it introduces or revokes, under one signature. */
export function signPack(pack: BuiltFactPack, privateKey: Uint8Array, keys?: KeyChanges): Promise<string> {
  const payload: PackPayload = { kind: 'fact-pack', pack, ...(keys && (keys.add || keys.revoke) ? { keys } : {}) };
  return signDocument(JSON.stringify(payload), privateKey);
}

/** The signed index file. */
export function signPackIndex(index: PackIndex, privateKey: Uint8Array): Promise<string> {
  return signDocument(JSON.stringify(index), privateKey);
}

/** Signs any payload text; for tests that need a signed document the builders above would not make. */
export function signPayloadText(payload: string, privateKey: Uint8Array): Promise<string> {
  return signDocument(payload, privateKey);
}

/**
 * Everything a pack must pass besides its signature: the schema, the cross-record rules and
 * its content hash. Used for signed packs after their signature verifies and for the pack
 * shipped inside the extension.
 */
export async function validateBuiltPack(json: unknown): Promise<PackOpenResult> {
  const parsed = builtFactPackSchema.safeParse(json);
  if (!parsed.success) return refuseWithIssues('schema', 'The pack does not match the fact pack schema', issuesFromZod(parsed.error));
  const pack = parsed.data;
  const integrity = checkPackIntegrity(pack);
  if (integrity.length > 0) return refuseWithIssues('integrity', 'The pack is inconsistent', integrity);
  const { contentHash, ...content } = pack;
  const actual = await computeContentHash(content);
  if (actual !== contentHash) {
    return refuse('hash-mismatch', `The pack's content does not match its content hash (declared ${contentHash}, computed ${actual}).`);
  }
  return { ok: true, value: pack };
}

type Verified = { ok: true; payload: unknown; keyId: string } | PackRefusal;

/**
 * Size, envelope, key and signature, cheapest and most fundamental first; nothing in a payload
 * is looked at before its signature verifies against a trusted, unrevoked key.
 */
async function verifyDocument(text: string, what: string, options: OpenSignedOptions): Promise<Verified> {
  const bytes = new TextEncoder().encode(text).byteLength;
  if (bytes > options.maxBytes) {
    return refuse('oversize', `The ${what} is ${formatSize(bytes)}, over the ${formatSize(options.maxBytes)} limit.`, [formatSize(options.maxBytes)]);
  }
  const json = tryParseJson(text);
  if (!json.ok) return refuse('malformed-json', `The downloaded ${what} is not valid JSON (${json.message}).`);
  const envelope = envelopeSchema.safeParse(json.value);
  if (!envelope.success) {
    const details = issuesFromZod(envelope.error).map((issue) => `${formatJsonPath(issue.path)}: ${issue.message}`);
    return refuse('bad-envelope', `The downloaded ${what} is not a signed document (${details.join('; ')}).`, [], details);
  }
  const { keyId, payload, signature } = envelope.data;
  const status = keyStatus(options.keyring, keyId);
  if (status === 'revoked') return refuse('revoked-key', `The ${what} is signed with the revoked key ${keyId}.`, [keyId]);
  if (status === 'unknown') return refuse('unknown-key', `The ${what} is signed with the key ${keyId}, which the extension does not trust.`, [keyId]);
  const signatureBytes = base64ToBytes(signature);
  if (signatureBytes.byteLength !== 64) return refuse('bad-envelope', 'The signature is not 64 bytes long, so it is not an Ed25519 signature.');
  // atob ignores the unused bits of the last character, so one signature has 16 spellings;
  // only the canonical one is accepted, so an envelope cannot be altered and still pass.
  if (bytesToBase64(signatureBytes) !== signature) return refuse('bad-envelope', 'The signature is not written in canonical base64.');
  let verified = false;
  try {
    verified = await verifyAsync(signatureBytes, new TextEncoder().encode(payload), hexToBytes(options.keyring.keys[keyId]!), { zip215: false });
  } catch {
    verified = false;
  }
  if (!verified) {
    return refuse('bad-signature', `The ${what}'s signature does not verify against the key ${keyId}: it was changed after signing.`, [keyId]);
  }
  const parsed = tryParseJson(payload);
  if (!parsed.ok) return refuse('payload-not-json', `The signed payload is not valid JSON (${parsed.message}).`);
  return { ok: true, payload: parsed.value, keyId };
}

const kindOf = (payload: unknown) => (typeof payload === 'object' && payload !== null && 'kind' in payload ? String(payload.kind) : 'none');

/** Opens the signed index: a verified signature, then its fields. */
export async function openPackIndex(text: string, options: OpenSignedOptions): Promise<PackIndexResult> {
  const verified = await verifyDocument(text, 'index', options);
  if (!verified.ok) return verified;
  if (kindOf(verified.payload) !== 'pack-index') {
    return refuse('wrong-kind', `The update URL must point at a pack index, not a document of kind "${kindOf(verified.payload)}".`);
  }
  const index = packIndexSchema.safeParse(verified.payload);
  if (!index.success) {
    const details = issuesFromZod(index.error).map((issue) => `${formatJsonPath(issue.path)}: ${issue.message}`);
    return refuse('bad-index', `The index is malformed: ${details.join('; ')}`, details.slice(0, 1), details);
  }
  return { ok: true, value: { ...index.data, keyId: verified.keyId } };
}

/** Checks the keys a pack introduces or revokes, before any of it is trusted. */
async function checkKeyChanges(keys: KeyChanges, signerId: string): Promise<PackRefusal | null> {
  if (keys.revoke?.includes(signerId)) {
    return refuse('bad-key-change', `The pack revokes ${signerId}, the key that signed it.`, [signerId]);
  }
  const wrong = await mismatchedKeyIds(keys.add ?? {});
  if (wrong.length > 0) return refuse('bad-key-change', `The pack adds keys under ids that are not theirs: ${wrong.join(', ')}.`, wrong.slice(0, 1));
  return null;
}

/**
 * Opens a downloaded signed pack: the signature (see `verifyDocument`), then the payload's
 * kind and key changes, the pack's schema, integrity and hash, and finally that it is newer
 * than the installed pack.
 */
export async function openSignedPack(text: string, options: OpenSignedPackOptions): Promise<SignedPackResult> {
  const verified = await verifyDocument(text, 'pack', options);
  if (!verified.ok) return verified;
  if (kindOf(verified.payload) !== 'fact-pack') return refuse('wrong-kind', `Expected a signed fact pack, not a document of kind "${kindOf(verified.payload)}".`);
  const payload = packPayloadSchema.safeParse(verified.payload);
  if (!payload.success) {
    const details = issuesFromZod(payload.error).map((issue) => `${formatJsonPath(issue.path)}: ${issue.message}`);
    return refuse('bad-key-change', `The pack's key changes are malformed: ${details.join('; ')}`, details.slice(0, 1), details);
  }
  const keys = payload.data.keys ?? {};
  const badKeys = await checkKeyChanges(keys, verified.keyId);
  if (badKeys) return badKeys;
  const validated = await validateBuiltPack(payload.data.pack);
  if (!validated.ok) return validated;
  const opened = { ok: true as const, value: { pack: validated.value, keys, keyId: verified.keyId } };
  if (options.currentVersion === null) return opened;
  const { version } = validated.value;
  const order = compareVersions(version, options.currentVersion);
  if (order === 0) return refuse('same-version', `Version ${version} is already installed.`, [version]);
  if (order < 0) {
    return refuse('downgrade', `Version ${version} is older than the installed ${options.currentVersion}; packs never go back.`, [version, options.currentVersion]);
  }
  return opened;
}
