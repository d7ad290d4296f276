/**
 * `npm run pack:sign -- <built pack json> --out <signed.json> [--key <private key file>]`
 *
 * Checks the built pack (schema, integrity, content hash) and wraps it in a signed envelope
 * for the update URL. The private key (hex) comes from `--key` or the MC_PACK_PRIVATE_KEY
 * environment variable; it is never read from the repository by default. Warns when the key
 * does not match the public key the extension ships, since such a pack would be refused.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { getPublicKeyAsync } from '@noble/ed25519';
import { createSignedPack, validateBuiltPack } from '../src/pack/signed-pack';

const SHIPPED_PUBLIC_KEY = 'assets/keys/pack-public-key.txt';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, key: { type: 'string' } },
});
const [input] = positionals;
if (!input || !options.out) fail('usage: tsx scripts/sign-pack.ts <built pack json> --out <signed.json> [--key <private key file>]');

function privateKey(): Uint8Array {
  const hex = (options.key ? readFileSync(options.key, 'utf8') : (process.env.MC_PACK_PRIVATE_KEY ?? '')).trim();
  if (!hex) fail('no private key: pass --key <file> or set MC_PACK_PRIVATE_KEY (hex)');
  if (!/^[0-9a-f]{64}$/i.test(hex)) fail('the private key must be 32 bytes written as 64 hex digits');
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}

let json: unknown;
try {
  json = JSON.parse(readFileSync(input, 'utf8'));
} catch (error) {
  fail(`${input}: ${error instanceof Error ? error.message : String(error)}`);
}
const checked = await validateBuiltPack(json);
if (!checked.ok) fail([`${input}: ${checked.error}`, ...checked.details.map((detail) => `  ${detail}`)].join('\n'));

const key = privateKey();
const publicHex = Buffer.from(await getPublicKeyAsync(key)).toString('hex');
if (existsSync(SHIPPED_PUBLIC_KEY) && readFileSync(SHIPPED_PUBLIC_KEY, 'utf8').trim() !== publicHex) {
  console.warn(`warning: this key's public key ${publicHex} is not the one in ${SHIPPED_PUBLIC_KEY}; release builds will refuse the pack`);
}

// The payload is the validated pack, compact: exactly what clients will verify and import.
const signed = await createSignedPack(JSON.stringify(checked.value), key);
mkdirSync(dirname(options.out), { recursive: true });
writeFileSync(options.out, signed);
console.log(`signed ${checked.value.id} ${checked.value.version} (${checked.value.contentHash}) → ${options.out}`);
