import { useState } from 'preact/hooks';
import type { PackLanguage } from '../../src/pack/fact-pack-schema';
import type { LocalizedFact } from '../../src/pack/localize-pack';
import { localizedAttributionWords } from '../ui/attribution-words';
import { reporterWithVia } from '../ui/claim-attribution';
import { ExternalLink } from '../ui/ExternalLink';
import { formatDate } from '../ui/format-date';
import { t } from '../ui/i18n';
import { langAttribute } from '../ui/pack-language';
import { defaultFilter, filterFacts, topicsPresent, type FactFilter } from './fact-filter';
import type { SourceLookup } from './source-index';
import { TOPIC_ORDER } from './topic-labels';
import { TopicFilter } from './TopicFilter';

interface FactTimelineProps {
  facts: LocalizedFact[];
  articleTopics: readonly string[];
  sourceOf: SourceLookup;
  locale: string;
  packLang: PackLanguage;
}

/** "Key facts": dated, cited facts in date order, filtered by topic. */
export function FactTimeline({ facts, articleTopics, sourceOf, locale, packLang }: FactTimelineProps) {
  const [filter, setFilter] = useState<FactFilter>(() => defaultFilter(facts, articleTopics));
  if (facts.length === 0) return <p class="muted">{t('factsNone')}</p>;
  const shown = filterFacts(facts, filter, articleTopics);
  const words = localizedAttributionWords();
  return (
    <>
      <TopicFilter
        value={filter}
        topics={topicsPresent(facts, TOPIC_ORDER)}
        offerArticle={filterFacts(facts, 'article', articleTopics).length > 0}
        onChange={setFilter}
      />
      <p class="muted timeline__count" role="status">
        {t('factsShown', [String(shown.length), String(facts.length)])}
      </p>
      <ol class="timeline">
        {shown.map((fact) => (
          <li class="timeline__item" key={fact.id}>
            <p class="timeline__date">
              <time dateTime={fact.date}>{formatDate(fact.date, locale)}</time>
              {fact.until && (
                <>
                  {' \u2013 '}
                  <time dateTime={fact.until}>{formatDate(fact.until, locale)}</time>
                </>
              )}
              {fact.key && <span class="timeline__key">{t('factKey')}</span>}
            </p>
            <p class="timeline__text" lang={packLang}>
              {fact.text}
            </p>
            <ul class="timeline__citations" aria-label={t('factCitations')}>
              {fact.citations.map((citation) => (
                <li key={`${citation.source}-${citation.url}`}>
                  <ExternalLink href={citation.url}>
                    {`${reporterWithVia({ reporter: citation.source, via: citation.via }, sourceOf, words)}, ${formatDate(citation.date, locale)}`}
                  </ExternalLink>
                  {citation.quote && (
                    <blockquote class="timeline__quote" lang={langAttribute(citation.lang ?? 'en')}>
                      {citation.quote}
                    </blockquote>
                  )}
                  {citation.quoteTranslation && (
                    <p class="answer__quote-translation">
                      <span class="muted">{t('quoteTranslation')}: </span>
                      <span lang={packLang}>{citation.quoteTranslation}</span>
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}
