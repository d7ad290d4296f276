import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { getPublicKeyAsync, utils } from '@noble/ed25519';
import { keyIdOf } from '../../src/pack/keyring';
import { E2E_DIST, E2E_DIST_FIREFOX, E2E_KEYRING, E2E_KEYS } from './paths';

const toHex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/**
 * Builds the fact pack and the extension (Chromium and Firefox) once for the whole end-to-end
 * run. The builds trust a throwaway signing key made here, so the sync tests can sign packs;
 * release builds trust only the committed keyring.
 */
export default async function setup() {
  const secretKey = utils.randomSecretKey();
  const publicKey = await getPublicKeyAsync(secretKey);
  mkdirSync('.generated', { recursive: true });
  writeFileSync(E2E_KEYS, JSON.stringify({ secretKey: toHex(secretKey), publicKey: toHex(publicKey) }));
  writeFileSync(E2E_KEYRING, JSON.stringify({ keys: { [await keyIdOf(toHex(publicKey))]: toHex(publicKey) }, revoked: [] }));
  const env = { ...process.env, MC_PACK_KEYRING: E2E_KEYRING, MC_OUT_DIR: E2E_DIST };
  execFileSync('npx', ['tsx', 'scripts/build-pack.ts'], { stdio: 'inherit', env });
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env });
  execFileSync('npx', ['vite', 'build', '--mode', 'firefox', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...env, MC_OUT_DIR: E2E_DIST_FIREFOX } });
}
