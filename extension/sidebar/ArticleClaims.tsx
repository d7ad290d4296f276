import { useState } from 'preact/hooks';
import type { AnchoredClaim } from '../messaging/protocol';
import type { BuiltQuestion } from '../../src/pack/fact-pack-schema';
import { sendToBackground } from '../messaging/send';
import { t } from '../ui/i18n';
import { PACK_TEXT_LANG } from '../ui/pack-language';
import { CLAIM_INDICES_ATTRIBUTE } from './claim-hash';

interface ArticleClaimsProps {
  anchored: AnchoredClaim[];
  questions: BuiltQuestion[];
  /** The article's language, for the excerpts quoted from it. */
  articleLang: string | undefined;
}

interface SentenceEntry {
  excerpt: string;
  /** The anchored claims the sentence makes, in reading order; the first is the jump target. */
  indices: number[];
  questionIds: string[];
}

/** Claims anchored on the same sentence arrive one after another; the list shows the sentence once. */
export function groupBySentence(anchored: AnchoredClaim[]): SentenceEntry[] {
  const entries: SentenceEntry[] = [];
  for (const claim of anchored) {
    const last = entries[entries.length - 1];
    if (last && last.excerpt === claim.excerpt) {
      last.indices.push(claim.index);
      if (!last.questionIds.includes(claim.questionId)) last.questionIds.push(claim.questionId);
    } else {
      entries.push({ excerpt: claim.excerpt, indices: [claim.index], questionIds: [claim.questionId] });
    }
  }
  return entries;
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
      {groupBySentence(anchored).map(({ excerpt, indices, questionIds }) => {
        const index = indices[0]!;
        return (
          <li class="article-claim" key={index} {...{ [CLAIM_INDICES_ATTRIBUTE]: indices.join(' ') }} tabIndex={-1}>
            <blockquote class="article-claim__excerpt" lang={articleLang}>
              {excerpt}
            </blockquote>
            {questionIds
              .filter((id) => questionText.has(id))
              .map((id) => (
                <p class="article-claim__question" key={id}>
                  <span class="muted">{t('articleClaimQuestion')} </span>
                  <span lang={PACK_TEXT_LANG}>{questionText.get(id)}</span>
                </p>
              ))}
            <button type="button" class="button" onClick={() => void jump(index)}>
              {t('showInArticle')}
            </button>
            {failedJump === index && (
              <p class="error-text" role="alert">
                {t('showInArticleFailed')}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
