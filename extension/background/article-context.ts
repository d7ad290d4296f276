import type { BuiltQuestion, Fact, PackLanguage } from '../../src/pack/fact-pack-schema';
import type { LocalizedQuestion } from '../../src/pack/localize-pack';
import type { AnchoredClaim, ArticleContext, PackInfo, SentenceVerdicts } from '../messaging/protocol';
import type { MobilizationDb } from './database';
import { claimSourceIds, getAllFacts, getLocalizer, getQuestions, getQuestionsByTopics, getSources } from './pack-store';
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

/**
 * The article's claim sentences with the pack's verdict on each claim they make, in reading
 * order; a sentence the pack has no verdict on is left out.
 */
export function sentenceVerdicts(anchored: readonly AnchoredClaim[], questions: readonly LocalizedQuestion[]): SentenceVerdicts[] {
  const claims = new Map(questions.flatMap((question) => question.claims.map((claim) => [claim.id, { claim, question }] as const)));
  const sentences: SentenceVerdicts[] = [];
  for (const anchor of anchored) {
    let sentence = sentences.find((entry) => entry.excerpt === anchor.excerpt);
    for (const claimId of anchor.claimIds) {
      const found = claims.get(claimId);
      const assessment = found?.claim.assessment;
      if (!found || !assessment) continue;
      if (!sentence) {
        sentence = { excerpt: anchor.excerpt, verdicts: [] };
        sentences.push(sentence);
      }
      if (sentence.verdicts.some((verdict) => verdict.claimId === claimId)) continue;
      sentence.verdicts.push({ claimId, questionText: found.question.text, rating: assessment.rating, reason: assessment.reason });
    }
  }
  return sentences;
}

export async function buildArticleContext(
  db: MobilizationDb,
  tabId: number,
  pack: PackInfo,
  state: TabState,
  lang: PackLanguage,
): Promise<ArticleContext> {
  const topics = state.verdict?.topics ?? [];
  const anchoredIds = [...new Set(state.anchored.map((claim) => claim.questionId))];
  const [localizer, facts, anchoredQuestions, related] = await Promise.all([
    getLocalizer(db, lang),
    getAllFacts(db),
    getQuestions(db, anchoredIds),
    topics.length > 0 ? getQuestionsByTopics(db, topics) : Promise.resolve([]),
  ]);
  const byTopic = related.length > 0 || anchoredQuestions.length > 0 ? related : await getQuestions(db);
  const questions = rankQuestions(anchoredIds, byTopic, anchoredQuestions, topics);
  const rankedFacts = rankFacts(facts, topics);
  const sourceIds = new Set<string>();
  for (const fact of rankedFacts) {
    for (const citation of fact.citations) {
      sourceIds.add(citation.source);
      if (citation.via) sourceIds.add(citation.via);
    }
  }
  for (const question of questions) {
    for (const claim of question.claims) for (const id of claimSourceIds(claim)) sourceIds.add(id);
  }
  return {
    tabId,
    pack,
    verdict: state.verdict,
    anchored: state.anchored,
    packLang: localizer.lang,
    facts: rankedFacts.map((fact) => localizer.fact(fact)),
    questions: questions.map((question) => localizer.question(question)),
    // The context cites most of the pack's sources: one read of them all costs the worker and
    // the database one request, where reading them by id cost one request each.
    sources: (await getSources(db)).filter((source) => sourceIds.has(source.id)).map((source) => localizer.source(source)),
  };
}
