import type { Source } from '../../src/pack/fact-pack-schema';

export type SourceLookup = (id: string) => Source | undefined;

/** Claims and citations name sources by id; the sidebar shows their names. */
export function indexSources(sources: readonly Source[]): SourceLookup {
  const byId = new Map(sources.map((source) => [source.id, source]));
  return (id) => byId.get(id);
}
