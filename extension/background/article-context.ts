import type { BuiltQuestion, Fact } from '../../src/pack/fact-pack-schema';
import type { ArticleContext, PackInfo } from '../messaging/protocol';
import type { MobilizationDb } from './database';
import { getAllFacts, getQuestions, getQuestionsByTopics, getSources } from './pack-store';
import type { TabState } from './tab-state';

function overlap(topics: readonly string[], wanted: ReadonlySet<string>): number {
  return topics.reduce((count, topic) => count + (wanted.has(topic) ? 1 : 0), 0);
}

/** Facts on the article's topics first (headline facts before others), then by date. */
export function rankFacts(facts: Fact[], topics: readonly string[]): Fact[] {
  const wanted = new Set(topics);
  const score = (fact: Fact) => overlap(fact.topics, wanted) * 2 + (fact.key ? 1 : 0);
  return [...facts].sort((a, b) => score(b) - score(a) || a.date.localeCompare(b.date));
}

/**
 * The questions an article touches: those whose claims it makes (in reading order), then
 * those sharing its topics. An article that touches none still gets every question.
 */
export function rankQuestions(
  anchoredIds: readonly string[],
  byTopic: BuiltQuestion[],
  anchoredQuestions: BuiltQuestion[],
  topics: readonly string[],
): BuiltQuestion[] {
  const wanted = new Set(topics);
  const order = new Map(anchoredIds.map((id, index) => [id, index]));
  const anchored = [...anchoredQuestions].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const rest = byTopic
    .filter((question) => !order.has(question.id))
    .sort((a, b) => overlap(b.topics, wanted) - overlap(a.topics, wanted));
  return [...anchored, ...rest];
}

export async function buildArticleContext(db: MobilizationDb, tabId: number, pack: PackInfo, state: TabState): Promise<ArticleContext> {
  const topics = state.verdict?.topics ?? [];
  const anchoredIds = [...new Set(state.anchored.map((claim) => claim.questionId))];
  const [facts, anchoredQuestions, related] = await Promise.all([
    getAllFacts(db),
    getQuestions(db, anchoredIds),
    topics.length > 0 ? getQuestionsByTopics(db, topics) : Promise.resolve([]),
  ]);
  const byTopic = related.length > 0 || anchoredQuestions.length > 0 ? related : await getQuestions(db);
  const questions = rankQuestions(anchoredIds, byTopic, anchoredQuestions, topics);
  const rankedFacts = rankFacts(facts, topics);
  const sourceIds = new Set<string>();
  for (const fact of rankedFacts) for (const citation of fact.citations) sourceIds.add(citation.source);
  for (const question of questions) {
    for (const claim of question.claims) {
      sourceIds.add(claim.claimant);
      sourceIds.add(claim.reporter);
    }
  }
  return {
    tabId,
    pack,
    verdict: state.verdict,
    anchored: state.anchored,
    facts: rankedFacts,
    questions,
    sources: await getSources(db, [...sourceIds]),
  };
}
