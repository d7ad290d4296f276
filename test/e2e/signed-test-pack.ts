import { readFileSync } from 'node:fs';
import { buildPack } from '../../src/pack/build-pack';
import { createIndex, packPath } from '../../src/pack/publish-layout';
import { signPack, signPackIndex } from '../../src/pack/signed-pack';
import type { FactPack } from '../../src/pack/fact-pack-schema';
import { E2E_KEYS } from './paths';
import { shippedPack, shippedSourceLink } from './large-pack';

export const NEW_FACT = 'Marker fact added by the end-to-end sync test';

/**
 * A newer pack than the shipped one, with one more fact, signed with the test build's key, and
 * its signed index; `tampered` is the same pack changed after signing, with an index that
 * matches the changed file (so the signature is what refuses it).
 */
export async function signedNewerPack(): Promise<{ index: string; pack: string; tamperedIndex: string; tampered: string }> {
  const shipped = shippedPack();
  const { contentHash: _hash, ...rest } = shipped;
  const source: FactPack = {
    ...rest,
    version: '9.0.0',
    questions: shipped.questions.map(({ status: _status, ...question }) => question),
    facts: [
      ...shipped.facts,
      {
        id: 'e2e-sync-marker',
        date: '2022-09-21',
        text: NEW_FACT,
        topics: ['announcement'],
        citations: [{ ...shippedSourceLink(shipped, '/marker'), date: '2022-09-21' }],
        confidence: 'high',
        key: true,
      },
    ],
  };
  const built = await buildPack(source);
  const { secretKey } = JSON.parse(readFileSync(E2E_KEYS, 'utf8')) as { secretKey: string };
  const key = Buffer.from(secretKey, 'hex');
  const pack = await signPack(built, key);
  const tampered = pack.replace(NEW_FACT, 'A fact changed after signing');
  return {
    index: await signPackIndex(await createIndex(built, pack), key),
    pack,
    // A correctly signed index naming the tampered file as 9.0.1, so the pack's own signature is what refuses it.
    tamperedIndex: await signPackIndex({ ...(await createIndex(built, tampered)), version: '9.0.1', url: packPath('9.0.1') }, key),
    tampered,
  };
}
