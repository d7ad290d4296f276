import type { PackLanguage } from '../../src/pack/fact-pack-schema';
import type { LocalizedQuestion } from '../../src/pack/localize-pack';
import { t } from '../ui/i18n';
import { QuestionCard } from './QuestionCard';
import type { SourceLookup } from './source-index';

interface QuestionsComparedProps {
  questions: LocalizedQuestion[];
  sourceOf: SourceLookup;
  locale: string;
  packLang: PackLanguage;
  articleClaimIds: ReadonlySet<string>;
}

/** "Questions compared": what different sources answer to the questions this article touches. */
export function QuestionsCompared({ questions, sourceOf, locale, packLang, articleClaimIds }: QuestionsComparedProps) {
  if (questions.length === 0) return <p class="muted">{t('questionsNone')}</p>;
  return (
    <div class="questions">
      {questions.map((question) => (
        <QuestionCard
          key={question.id}
          question={question}
          sourceOf={sourceOf}
          locale={locale}
          packLang={packLang}
          articleClaimIds={articleClaimIds}
        />
      ))}
    </div>
  );
}
