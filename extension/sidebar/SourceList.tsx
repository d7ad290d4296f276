import type { Source } from '../../src/pack/fact-pack-schema';
import { ExternalLink } from '../ui/ExternalLink';
import { t, type MessageKey } from '../ui/i18n';

const KIND_KEYS: Record<Source['kind'], MessageKey> = {
  outlet: 'sourceKindOutlet',
  agency: 'sourceKindAgency',
  official: 'sourceKindOfficial',
  government: 'sourceKindGovernment',
  ngo: 'sourceKindNgo',
  researcher: 'sourceKindResearcher',
  aggregator: 'sourceKindAggregator',
};

/** "Sources": every outlet, agency and official this sidebar cites, with what kind it is. */
export function SourceList({ sources }: { sources: Source[] }) {
  if (sources.length === 0) return <p class="muted">{t('sourcesNone')}</p>;
  const sorted = [...sources].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <ul class="sources">
      {sorted.map((source) => {
        const details = [t(KIND_KEYS[source.kind]), source.role, source.country].filter(Boolean).join(' \u00B7 ');
        return (
          <li class="sources__item" key={source.id}>
            {source.url ? <ExternalLink href={source.url}>{source.name}</ExternalLink> : <span>{source.name}</span>}
            <span class="muted sources__details">{details}</span>
          </li>
        );
      })}
    </ul>
  );
}
