import { readFileSync } from 'node:fs';
import { getPublicKeyAsync, utils } from '@noble/ed25519';
import { describe, expect, it } from 'vitest';
import { applyKeyChanges, bytesToHex, keyIdOf, keyStatus, mergeKeyrings, parseKeyring } from './keyring';

const publicHex = async () => bytesToHex(await getPublicKeyAsync(utils.randomSecretKey()));

describe('keyring', () => {
  it('the shipped keyring parses, and each id is its key\'s own', async () => {
    const shipped = await parseKeyring(JSON.parse(readFileSync('assets/keys/keyring.json', 'utf8')));
    expect(Object.keys(shipped.keys).length).toBeGreaterThan(0);
  });

  it('derives a short, stable id from the key', async () => {
    const hex = await publicHex();
    expect(await keyIdOf(hex)).toMatch(/^ed25519:[0-9a-f]{16}$/);
    expect(await keyIdOf(hex)).toBe(await keyIdOf(hex));
  });

  it('refuses a keyring whose id does not match its key, or that is malformed', async () => {
    const [a, b] = [await publicHex(), await publicHex()];
    await expect(parseKeyring({ keys: { [await keyIdOf(a)]: b }, revoked: [] })).rejects.toThrow(/do not match their keys/);
    await expect(parseKeyring({ keys: { x: a }, revoked: [] })).rejects.toThrow(/invalid keyring/);
    await expect(parseKeyring({ keys: {} })).rejects.toThrow(/invalid keyring/);
  });

  it('a revocation from the shipped or the learned side wins over any listing of the key', async () => {
    const hex = await publicHex();
    const id = await keyIdOf(hex);
    const shipped = { keys: { [id]: hex }, revoked: [] };
    expect(keyStatus(mergeKeyrings(shipped, { keys: {}, revoked: [] }), id)).toBe('trusted');
    expect(keyStatus(mergeKeyrings(shipped, { keys: {}, revoked: [id] }), id)).toBe('revoked');
    expect(keyStatus(mergeKeyrings({ keys: {}, revoked: [id] }, { keys: { [id]: hex }, revoked: [] }), id)).toBe('revoked');
    expect(keyStatus(mergeKeyrings(shipped, { keys: {}, revoked: [] }), 'ed25519:0000000000000000')).toBe('unknown');
    expect(applyKeyChanges({ keys: {}, revoked: [id] }, { add: { [id]: hex } })).toEqual({ keys: {}, revoked: [id] });
  });
});
