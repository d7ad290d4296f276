import type { Source } from '../../src/pack/fact-pack-schema';

/**
 * A source by name, with an official's role: "Dmitry Peskov (Kremlin spokesman)". An id the
 * pack does not list shows as itself rather than as nothing.
 */
export function sourceLabel(source: Source | undefined, fallbackId: string): string {
  if (!source) return fallbackId;
  return source.role ? `${source.name} (${source.role})` : source.name;
}
