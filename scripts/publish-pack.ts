/**
 * `npm run pack:publish -- --out <folder> [options]`
 *
 * Writes what a static host or CDN serves for fact pack updates, into <folder>:
 *   packs/<version>/fact-pack.json   the signed pack (never changes once published)
 *   index.json                       the signed index naming it (the update URL points here)
 *   _headers                         cache and CORS headers, in the Netlify / Cloudflare Pages format
 * Earlier versions already in the folder are kept. Upload the folder as it is.
 *
 * Options:
 *   --pack <built pack json>   publish this built pack (from `npm run pack`); otherwise the pack
 *                              is built here from --src (default assets/pack), with --version if given
 *   --key <private key file>   the signing key (hex); otherwise MC_PACK_PRIVATE_KEY
 *   --add-key <public key hex> introduce a new signing key, vouched for by this signature (repeatable)
 *   --revoke-key <key id>      revoke a key for good (repeatable); not the one signing
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { getPublicKeyAsync } from '@noble/ed25519';
import { assemblePack } from '../src/pack/assemble-pack';
import { buildPack } from '../src/pack/build-pack';
import { packVersionSchema, type BuiltFactPack } from '../src/pack/fact-pack-schema';
import { bytesToHex, keyIdOf, keyringSchema, type KeyChanges } from '../src/pack/keyring';
import { formatPackError } from '../src/pack/pack-error';
import { compareVersions } from '../src/pack/pack-version';
import { createIndex, HEADERS_PATH, headersFile, INDEX_PATH, packPath } from '../src/pack/publish-layout';
import { readPackSources } from '../src/pack/read-pack-sources';
import { signPack, signPackIndex, validateBuiltPack } from '../src/pack/signed-pack';

const SHIPPED_KEYRING = 'assets/keys/keyring.json';

function fail(...lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

const { values: options } = parseArgs({
  options: {
    out: { type: 'string' },
    pack: { type: 'string' },
    src: { type: 'string', default: 'assets/pack' },
    version: { type: 'string' },
    key: { type: 'string' },
    'add-key': { type: 'string', multiple: true, default: [] },
    'revoke-key': { type: 'string', multiple: true, default: [] },
  },
});
if (!options.out) fail('usage: npm run pack:publish -- --out <folder> [--pack <built pack json> | --src <folder> --version x.y.z] [--key <file>] [--add-key <hex>] [--revoke-key <id>]');
const out = options.out;

async function loadPack(): Promise<BuiltFactPack> {
  if (options.pack) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(options.pack, 'utf8'));
    } catch (error) {
      fail(`${options.pack}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const checked = await validateBuiltPack(json);
    if (!checked.ok) fail(`${options.pack}: ${checked.error}`, ...checked.details.map((detail) => `  ${detail}`));
    if (options.version && options.version !== checked.value.version) fail(`--version ${options.version} differs from the built pack's ${checked.value.version}; rebuild it with npm run pack -- --version`);
    return checked.value;
  }
  let sources;
  try {
    sources = readPackSources(options.src);
  } catch (error) {
    fail(`${options.src}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { pack, errors } = assemblePack(sources);
  if (!pack) fail(...errors.map((error) => formatPackError({ ...error, file: join(options.src, error.file) })), `${errors.length} errors: nothing was published.`);
  if (options.version) {
    const version = packVersionSchema.safeParse(options.version);
    if (!version.success) fail(`--version: ${version.error.issues[0]?.message ?? 'invalid'}`);
    pack.version = version.data;
  }
  return buildPack(pack);
}

function privateKey(): Uint8Array {
  const hex = (options.key ? readFileSync(options.key, 'utf8') : (process.env.MC_PACK_PRIVATE_KEY ?? '')).trim();
  if (!hex) fail('no private key: pass --key <file> or set MC_PACK_PRIVATE_KEY (hex)');
  if (!/^[0-9a-f]{64}$/i.test(hex)) fail('the private key must be 32 bytes written as 64 hex digits');
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}

async function keyChanges(signerId: string): Promise<KeyChanges> {
  const add: Record<string, string> = {};
  for (const hex of options['add-key']) {
    if (!/^[0-9a-f]{64}$/.test(hex)) fail(`--add-key ${hex}: a public key is 64 lowercase hex digits`);
    add[await keyIdOf(hex)] = hex;
  }
  const revoke = options['revoke-key'];
  for (const id of revoke) if (!/^ed25519:[0-9a-f]{16}$/.test(id)) fail(`--revoke-key ${id}: a key id is "ed25519:" and 16 hex digits`);
  if (revoke.includes(signerId)) fail(`--revoke-key ${signerId} is the signing key; revoke it in a pack signed with the new key`);
  return { ...(Object.keys(add).length > 0 ? { add } : {}), ...(revoke.length > 0 ? { revoke } : {}) };
}

/** The version the folder's current index names, read without checking its signature (only to refuse going back). */
function publishedVersion(): string | null {
  const file = join(out, INDEX_PATH);
  if (!existsSync(file)) return null;
  try {
    const envelope = JSON.parse(readFileSync(file, 'utf8')) as { payload: string };
    return (JSON.parse(envelope.payload) as { version: string }).version;
  } catch {
    return null;
  }
}

function write(path: string, text: string): void {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), text);
}

const pack = await loadPack();
const key = privateKey();
const publicHex = bytesToHex(await getPublicKeyAsync(key));
const signerId = await keyIdOf(publicHex);
const shipped = keyringSchema.parse(JSON.parse(readFileSync(SHIPPED_KEYRING, 'utf8')));
if (shipped.revoked.includes(signerId)) fail(`${signerId} is revoked in ${SHIPPED_KEYRING}; no extension will accept what it signs`);
if (!Object.hasOwn(shipped.keys, signerId)) {
  console.warn(`warning: the signing key ${signerId} is not in ${SHIPPED_KEYRING}; only extensions that learnt it from an earlier pack will accept this one`);
}

const previous = publishedVersion();
if (previous && compareVersions(pack.version, previous) < 0) fail(`${out}/${INDEX_PATH} already names ${previous}, newer than ${pack.version}; packs never go back`);

const signedPack = await signPack(pack, key, await keyChanges(signerId));
const path = packPath(pack.version);
const existing = join(out, path);
// A published version is cached "immutable" everywhere: its bytes must never change.
if (existsSync(existing) && readFileSync(existing, 'utf8') !== signedPack) {
  fail(`${existing} already holds a different ${pack.version}; published versions never change, so publish a new version`);
}
write(path, signedPack);
write(INDEX_PATH, await signPackIndex(await createIndex(pack, signedPack), key));
write(HEADERS_PATH, headersFile());
console.log(`published ${pack.id} ${pack.version} (${pack.contentHash}), signed by ${signerId} → ${join(out, INDEX_PATH)}, ${existing}`);
