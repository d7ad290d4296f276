import { readFileSync } from 'node:fs';
import { buildPack } from '../../src/pack/build-pack';
import type { BuiltFactPack, Claim, FactPack, Question } from '../../src/pack/fact-pack-schema';

/** The pack the end-to-end build ships (written by global-setup). */
export function shippedPack(): BuiltFactPack {
  return JSON.parse(readFileSync('.generated/public/fact-pack.json', 'utf8')) as BuiltFactPack;
}

/**
 * A shipped source with a site of its own and a link on that site: the pack refuses a link that
 * is not on the named source's site.
 */
export function shippedSourceLink(pack: BuiltFactPack, path: string): { source: string; url: string } {
  const source = pack.sources.find((each) => each.url !== undefined);
  if (!source?.url) throw new Error('the shipped pack has no source with a site');
  return { source: source.id, url: new URL(path, source.url).href };
}

/** Claims added by `largePack` carry this id prefix, so a mix of two packs shows at once. */
export const LOAD_PREFIX = 'load-';
const CLAIMS_PER_QUESTION = 1_000;

/**
 * The shipped pack plus `claimCount` synthetic claims (in questions of 1,000 claims each),
 * as a newer version: a valid pack the size of years of growth.
 */
export async function largePack(version: string, claimCount: number): Promise<BuiltFactPack> {
  const shipped = shippedPack();
  const { contentHash: _hash, ...rest } = shipped;
  const { source, url } = shippedSourceLink(shipped, '/load-test');
  const loadQuestions: Question[] = Array.from({ length: Math.ceil(claimCount / CLAIMS_PER_QUESTION) }, (_, q) => ({
    id: `${LOAD_PREFIX}q${q}`,
    text: `Synthetic question ${q} of the load test?`,
    topics: ['numbers'],
    claims: Array.from({ length: Math.min(CLAIMS_PER_QUESTION, claimCount - q * CLAIMS_PER_QUESTION) }, (_, c): Claim => ({
      id: `${LOAD_PREFIX}${q}-${c}`,
      value: { kind: 'number', value: 1_000 + c, unit: 'men' },
      claimant: source,
      reporter: source,
      eventDate: '2022-10-01',
      publishedAt: '2022-10-01',
      url,
      lang: 'en',
    })),
  }));
  const source_: FactPack = {
    ...rest,
    version,
    questions: [...shipped.questions.map(({ status: _status, ...question }) => question), ...loadQuestions],
  };
  return buildPack(source_);
}
