import { readFileSync } from 'node:fs';
import { buildPack } from '../../src/pack/build-pack';
import { createSignedPack } from '../../src/pack/signed-pack';
import type { BuiltFactPack, FactPack } from '../../src/pack/fact-pack-schema';
import { E2E_KEYS } from './paths';

export const NEW_FACT = 'Marker fact added by the end-to-end sync test';

/** A newer pack than the shipped one, with one more fact, signed with the test build's key. */
export async function signedNewerPack(): Promise<{ signed: string; tampered: string }> {
  const shipped = JSON.parse(readFileSync('.generated/public/fact-pack.json', 'utf8')) as BuiltFactPack;
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
        citations: [{ source: shipped.sources[0]!.id, url: 'https://example.org/marker', date: '2022-09-21' }],
        confidence: 'high',
        key: true,
      },
    ],
  };
  const payload = JSON.stringify(await buildPack(source));
  const { secretKey } = JSON.parse(readFileSync(E2E_KEYS, 'utf8')) as { secretKey: string };
  const signed = await createSignedPack(payload, Buffer.from(secretKey, 'hex'));
  const envelope = JSON.parse(signed) as { payload: string };
  const tampered = { ...envelope, payload: payload.replace(NEW_FACT, 'A fact changed after signing') };
  return { signed, tampered: JSON.stringify(tampered) };
}
