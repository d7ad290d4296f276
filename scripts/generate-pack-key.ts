/**
 * Makes a new Ed25519 key pair for signing fact packs.
 *
 *   tsx scripts/generate-pack-key.ts <private key file>
 *
 * Writes the private key (hex) to the given file, readable by its owner only, and never over
 * an existing file; prints the public key (hex) and its key id, the entry for
 * assets/keys/keyring.json (or for `npm run pack:publish -- --add-key`). The
 * private key must not enter the repository: a path inside it is refused unless its name ends
 * in `.private.key`, which .gitignore excludes.
 */
import { existsSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getPublicKeyAsync, utils } from '@noble/ed25519';
import { keyIdOf } from '../src/pack/keyring';

const REPO_ROOT = realpathSync(fileURLToPath(new URL('..', import.meta.url)));
const toHex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const target = process.argv[2];
if (!target) fail('usage: tsx scripts/generate-pack-key.ts <private key file> (outside the repository, or *.private.key)');

const folder = dirname(resolve(target));
if (!existsSync(folder)) fail(`${folder} does not exist`);
const path = resolve(realpathSync(folder), basename(target));
const fromRoot = relative(REPO_ROOT, path);
const insideRepo = fromRoot !== '' && !fromRoot.startsWith('..') && !isAbsolute(fromRoot);
if (insideRepo && !path.endsWith('.private.key')) {
  fail(`${target} is inside the repository; name it *.private.key (git-ignored) or write it elsewhere`);
}

const secretKey = utils.randomSecretKey();
try {
  writeFileSync(path, `${toHex(secretKey)}\n`, { mode: 0o600, flag: 'wx' });
} catch (error) {
  fail(`could not write ${target}: ${error instanceof Error ? error.message : String(error)} (an existing key is never overwritten)`);
}
const publicHex = toHex(await getPublicKeyAsync(secretKey));
console.log(publicHex);
console.log(await keyIdOf(publicHex));
