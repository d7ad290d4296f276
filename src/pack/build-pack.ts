import { canonicalJson, sha256Tag } from './canonical-json';
import type { BuiltFactPack, FactPack } from './fact-pack-schema';
import { questionStatus } from './question-status';

/**
 * The content hash covers everything the clients import: the canonical JSON of the built pack
 * (statuses included) without the `contentHash` field itself.
 */
export function computeContentHash(pack: Omit<BuiltFactPack, 'contentHash'>): Promise<string> {
  return sha256Tag(canonicalJson(pack));
}

/** Adds what the build computes to a validated pack: each question's status and the hash. */
export async function buildPack(pack: FactPack): Promise<BuiltFactPack> {
  // Fields are listed so that a stray key (an old contentHash, say) never enters the hash.
  const { format, id, version, publishedAt, publisher, sources, facts, questions, translations, lexicon, matchers, lineWords } = pack;
  const built = {
    format,
    id,
    version,
    publishedAt,
    publisher,
    sources,
    facts,
    questions: questions.map((question) => ({ ...question, status: questionStatus(question) })),
    translations,
    lexicon,
    matchers,
    ...(lineWords ? { lineWords } : {}),
  };
  return { ...built, contentHash: await computeContentHash(built) };
}
