import type { ArticleContext } from '../messaging/protocol';
import { DisclosureSection } from '../ui/DisclosureSection';
import { t, uiLocale } from '../ui/i18n';
import { ArticleClaims } from './ArticleClaims';
import { FactTimeline } from './FactTimeline';
import { QuestionsCompared } from './QuestionsCompared';
import { SourceList } from './SourceList';
import { indexSources } from './source-index';

/** The sidebar's four sections, each collapsible; sources start collapsed as reference material. */
export function SidebarSections({ context }: { context: ArticleContext }) {
  const locale = uiLocale();
  const sourceOf = indexSources(context.sources);
  const articleClaimIds = new Set(context.anchored.flatMap((claim) => claim.claimIds));
  const articleTopics = context.verdict?.topics ?? [];
  return (
    <>
      <DisclosureSection id="this-article" title={t('sectionThisArticle')} count={context.anchored.length}>
        <ArticleClaims
          anchored={context.anchored}
          questions={context.questions}
          packLang={context.packLang}
          articleLang={context.verdict?.lang || undefined}
        />
      </DisclosureSection>
      <DisclosureSection id="questions" title={t('sectionQuestions')} count={context.questions.length}>
        <QuestionsCompared
          questions={context.questions}
          sourceOf={sourceOf}
          locale={locale}
          packLang={context.packLang}
          articleClaimIds={articleClaimIds}
        />
      </DisclosureSection>
      <DisclosureSection id="facts" title={t('sectionFacts')} count={context.facts.length}>
        <FactTimeline facts={context.facts} articleTopics={articleTopics} sourceOf={sourceOf} locale={locale} packLang={context.packLang} />
      </DisclosureSection>
      <DisclosureSection id="sources" title={t('sectionSources')} count={context.sources.length} defaultOpen={false}>
        <SourceList sources={context.sources} />
      </DisclosureSection>
    </>
  );
}
