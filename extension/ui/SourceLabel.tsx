import type { Source } from '../../src/pack/fact-pack-schema';

/** A source by name, with an official's role: "Dmitry Peskov (Kremlin spokesman)". */
export function sourceLabel(source: Source | undefined, fallbackId: string): string {
  if (!source) return fallbackId;
  return source.role ? `${source.name} (${source.role})` : source.name;
}

export function SourceLabel({ source, id }: { source: Source | undefined; id: string }) {
  return <span class="source-label">{sourceLabel(source, id)}</span>;
}
