import type { Topic } from '../../src/pack/fact-pack-schema';
import { t } from '../ui/i18n';
import type { FactFilter } from './fact-filter';
import { isTopic, topicLabel } from './topic-labels';

interface TopicFilterProps {
  value: FactFilter;
  topics: Topic[];
  /** Whether "related to this article" is offered (the article has topics with facts). */
  offerArticle: boolean;
  onChange: (filter: FactFilter) => void;
}

function isFilter(value: string): value is FactFilter {
  return value === 'article' || value === 'all' || isTopic(value);
}

/** A labelled select: compact at 360 px and fully keyboard-operable without custom code. */
export function TopicFilter({ value, topics, offerArticle, onChange }: TopicFilterProps) {
  return (
    <p class="topic-filter">
      <label for="fact-topic-filter">{t('factsFilterLabel')}</label>
      <select
        id="fact-topic-filter"
        value={value}
        onChange={(event) => {
          const next = event.currentTarget.value;
          if (isFilter(next)) onChange(next);
        }}
      >
        {offerArticle && <option value="article">{t('factsFilterArticle')}</option>}
        <option value="all">{t('factsFilterAll')}</option>
        {topics.map((topic) => (
          <option key={topic} value={topic}>
            {topicLabel(topic)}
          </option>
        ))}
      </select>
    </p>
  );
}
