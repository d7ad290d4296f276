import type { Fact, Topic } from '../../src/pack/fact-pack-schema';

/** "article": facts sharing a topic with this article; "all": every fact; else one topic. */
export type FactFilter = 'article' | 'all' | Topic;

export function filterFacts<F extends Pick<Fact, 'topics' | 'date'>>(facts: readonly F[], filter: FactFilter, articleTopics: readonly string[]): F[] {
  const wanted: ReadonlySet<string> | null =
    filter === 'all' ? null : filter === 'article' ? new Set(articleTopics) : new Set([filter]);
  const kept = wanted ? facts.filter((fact) => fact.topics.some((topic) => wanted.has(topic))) : [...facts];
  // A timeline reads in date order; the background's relevance order already chose what to keep.
  return kept.sort((a, b) => a.date.localeCompare(b.date));
}

/** Topics that have at least one fact, in the pack's topic order, for the filter's options. */
export function topicsPresent(facts: readonly Fact[], order: readonly Topic[]): Topic[] {
  const present = new Set(facts.flatMap((fact) => fact.topics));
  return order.filter((topic) => present.has(topic));
}

export function defaultFilter(facts: readonly Fact[], articleTopics: readonly string[]): FactFilter {
  return filterFacts(facts, 'article', articleTopics).length > 0 ? 'article' : 'all';
}
