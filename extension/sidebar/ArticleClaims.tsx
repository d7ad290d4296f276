import { useState } from 'preact/hooks';
import type { AnchoredClaim } from '../messaging/protocol';
import type { BuiltQuestion } from '../../src/pack/fact-pack-schema';
import { sendToBackground } from '../messaging/send';
import { t } from '../ui/i18n';
import { PACK_TEXT_LANG } from '../ui/pack-language';
import { claimElementId } from './claim-hash';

interface ArticleClaimsProps {
  anchored: AnchoredClaim[];
  questions: BuiltQuestion[];
  /** The article's language, for the excerpts quoted from it. */
  articleLang: string | undefined;
}

/** "This article": the claim sentences found in the page, each with a way back to it. */
export function ArticleClaims({ anchored, questions, articleLang }: ArticleClaimsProps) {
  const [failedJump, setFailedJump] = useState<number | null>(null);
  if (anchored.length === 0) return <p class="muted">{t('articleNoClaims')}</p>;
  const questionText = new Map(questions.map((question) => [question.id, question.text]));

  const jump = async (index: number) => {
    const result = await sendToBackground('sidebar:jump-to-claim', { index });
    setFailedJump(result.ok ? null : index);
  };

  return (
    <ol class="article-claims">
      {anchored.map((claim) => (
        <li class="article-claim" key={claim.index} id={claimElementId(claim.index)} tabIndex={-1}>
          <blockquote class="article-claim__excerpt" lang={articleLang}>
            {claim.excerpt}
          </blockquote>
          {questionText.has(claim.questionId) && (
            <p class="article-claim__question">
              <span class="muted">{t('articleClaimQuestion')} </span>
              <span lang={PACK_TEXT_LANG}>{questionText.get(claim.questionId)}</span>
            </p>
          )}
          <button type="button" class="button" onClick={() => void jump(claim.index)}>
            {t('showInArticle')}
          </button>
          {failedJump === claim.index && (
            <p class="error-text" role="alert">
              {t('showInArticleFailed')}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
