import { signAsync, verifyAsync } from '@noble/ed25519';
import { z } from 'zod';
import { computeContentHash } from './build-pack';
import { builtFactPackSchema, type BuiltFactPack } from './fact-pack-schema';
import { formatJsonPath, issuesFromZod, type PackIssue } from './pack-error';
import { checkPackIntegrity } from './pack-integrity';
import { compareVersions } from './pack-version';

export const SIGNED_PACK_FORMAT = 'mc-signed-pack/1';

/** What `npm run pack:sign` publishes and the extension fetches. */
export interface SignedPackEnvelope {
  format: typeof SIGNED_PACK_FORMAT;
  /** The built pack as JSON text; the signature covers exactly these characters' UTF-8 bytes. */
  payload: string;
  /** Base64 Ed25519 signature (64 bytes) over the payload's UTF-8 bytes. */
  signature: string;
}

/** Why a pack was refused; `error` says it in words for the options page and the popup. */
export type PackRefusalCode =
  | 'oversize'
  | 'malformed-json'
  | 'bad-envelope'
  | 'bad-signature'
  | 'payload-not-json'
  | 'schema'
  | 'integrity'
  | 'hash-mismatch'
  | 'same-version'
  | 'downgrade';

export interface PackRefusal {
  ok: false;
  code: PackRefusalCode;
  error: string;
  /** Each schema or integrity problem, as `json.path: reason`. */
  details: string[];
}

/** Compatible with the protocol's `Result<BuiltFactPack>`, with a machine-readable reason. */
export type PackOpenResult = { ok: true; value: BuiltFactPack } | PackRefusal;

export interface OpenSignedPackOptions {
  publicKey: Uint8Array;
  /** The installed pack's version; the opened pack must be newer. */
  currentVersion: string | null;
  maxBytes: number;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const envelopeSchema = z.object({
  format: z.literal(SIGNED_PACK_FORMAT),
  payload: z.string().min(1),
  signature: z.string().regex(BASE64, 'signature is not base64'),
});

const refuse = (code: PackRefusalCode, error: string, details: string[] = []): PackRefusal => ({ ok: false, code, error, details });

/** Lists the first few problems in the sentence; every one stays in `details`. */
function refuseWithIssues(code: 'schema' | 'integrity', lead: string, issues: readonly PackIssue[]): PackRefusal {
  const details = issues.map(
    (issue) => `${formatJsonPath(issue.path)}: ${issue.message}${issue.related ? ` (see ${formatJsonPath(issue.related)})` : ''}`,
  );
  const shown = details.slice(0, 3).join('; ');
  const more = details.length > 3 ? ` (and ${details.length - 3} more)` : '';
  return refuse(code, `${lead}: ${shown}${more}`, details);
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

/** Signs the payload's UTF-8 bytes; returns the base64 signature for the envelope. */
export async function signPayload(payload: string, privateKey: Uint8Array): Promise<string> {
  return bytesToBase64(await signAsync(new TextEncoder().encode(payload), privateKey));
}

/** Builds the envelope text `openSignedPack` accepts. */
export async function createSignedPack(payload: string, privateKey: Uint8Array): Promise<string> {
  const envelope: SignedPackEnvelope = { format: SIGNED_PACK_FORMAT, payload, signature: await signPayload(payload, privateKey) };
  return JSON.stringify(envelope);
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

/**
 * Opens a downloaded signed pack. Checks run cheapest and most fundamental first: size, the
 * envelope, the signature (nothing in an unsigned payload is looked at beyond that), then the
 * payload's schema, integrity, hash, and finally that it is newer than the installed pack.
 */
export async function openSignedPack(text: string, options: OpenSignedPackOptions): Promise<PackOpenResult> {
  const bytes = new TextEncoder().encode(text).byteLength;
  if (bytes > options.maxBytes) {
    return refuse('oversize', `The pack is ${formatSize(bytes)}, over the ${formatSize(options.maxBytes)} limit.`);
  }
  const json = tryParseJson(text);
  if (!json.ok) return refuse('malformed-json', `The downloaded file is not valid JSON (${json.message}).`);
  const envelope = envelopeSchema.safeParse(json.value);
  if (!envelope.success) {
    const details = issuesFromZod(envelope.error).map((issue) => `${formatJsonPath(issue.path)}: ${issue.message}`);
    return refuse('bad-envelope', `The downloaded file is not a signed fact pack (${details.join('; ')}).`, details);
  }
  const { payload, signature } = envelope.data;
  const signatureBytes = base64ToBytes(signature);
  if (signatureBytes.byteLength !== 64) return refuse('bad-envelope', 'The signature is not 64 bytes long, so it is not an Ed25519 signature.');
  // atob ignores the unused bits of the last character, so one signature has 16 spellings;
  // only the canonical one is accepted, so an envelope cannot be altered and still pass.
  if (bytesToBase64(signatureBytes) !== signature) return refuse('bad-envelope', 'The signature is not written in canonical base64.');
  let verified = false;
  try {
    verified = await verifyAsync(signatureBytes, new TextEncoder().encode(payload), options.publicKey, { zip215: false });
  } catch {
    verified = false;
  }
  if (!verified) {
    return refuse(
      'bad-signature',
      "The pack's signature does not verify against the extension's public key: it was changed after signing or signed with another key.",
    );
  }
  const built = tryParseJson(payload);
  if (!built.ok) return refuse('payload-not-json', `The signed payload is not valid JSON (${built.message}).`);
  const validated = await validateBuiltPack(built.value);
  if (!validated.ok || options.currentVersion === null) return validated;
  const order = compareVersions(validated.value.version, options.currentVersion);
  if (order === 0) return refuse('same-version', `Version ${validated.value.version} is already installed.`);
  if (order < 0) {
    return refuse('downgrade', `Version ${validated.value.version} is older than the installed ${options.currentVersion}; packs never go back.`);
  }
  return validated;
}
