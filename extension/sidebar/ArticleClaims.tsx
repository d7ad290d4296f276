import { useState } from 'preact/hooks';
import type { AnchoredClaim } from '../messaging/protocol';
import type { PackLanguage } from '../../src/pack/fact-pack-schema';
import type { LocalizedClaim, LocalizedQuestion } from '../../src/pack/localize-pack';
import { sendToBackground } from '../messaging/send';
import { t } from '../ui/i18n';
import { Verdict } from '../ui/Verdict';
import { CLAIM_INDICES_ATTRIBUTE } from './claim-hash';

interface ArticleClaimsProps {
  anchored: AnchoredClaim[];
  questions: LocalizedQuestion[];
  /** The language of the pack's text. */
  packLang: PackLanguage;
  /** The article's language, for the excerpts quoted from it. */
  articleLang: string | undefined;
}

interface SentenceEntry {
  excerpt: string;
  /** The anchored claims the sentence makes, in reading order; the first is the jump target. */
  indices: number[];
  questionIds: string[];
  /** The claims the sentence makes, each once. */
  claimIds: string[];
}

/** Claims anchored on the same sentence arrive one after another; the list shows the sentence once. */
export function groupBySentence(anchored: AnchoredClaim[]): SentenceEntry[] {
  const entries: SentenceEntry[] = [];
  for (const claim of anchored) {
    const last = entries[entries.length - 1];
    if (last && last.excerpt === claim.excerpt) {
      last.indices.push(claim.index);
      if (!last.questionIds.includes(claim.questionId)) last.questionIds.push(claim.questionId);
      for (const id of claim.claimIds) if (!last.claimIds.includes(id)) last.claimIds.push(id);
    } else {
      entries.push({ excerpt: claim.excerpt, indices: [claim.index], questionIds: [claim.questionId], claimIds: [...new Set(claim.claimIds)] });
    }
  }
  return entries;
}

/**
 * "This article": the claim sentences found in the page, each with the pack's verdict on what
 * it says (rating and reason) first, then the question it answers and a way back to it.
 */
export function ArticleClaims({ anchored, questions, packLang, articleLang }: ArticleClaimsProps) {
  const [failedJump, setFailedJump] = useState<number | null>(null);
  if (anchored.length === 0) return <p class="muted">{t('articleNoClaims')}</p>;
  const questionText = new Map(questions.map((question) => [question.id, question.text]));
  const claims = new Map<string, LocalizedClaim>(questions.flatMap((question) => question.claims.map((claim) => [claim.id, claim] as const)));

  const jump = async (index: number) => {
    const result = await sendToBackground('sidebar:jump-to-claim', { index });
    setFailedJump(result.ok ? null : index);
  };

  return (
    <ol class="article-claims">
      {groupBySentence(anchored).map(({ excerpt, indices, questionIds, claimIds }) => {
        const index = indices[0]!;
        return (
          <li class="article-claim" key={index} {...{ [CLAIM_INDICES_ATTRIBUTE]: indices.join(' ') }} tabIndex={-1}>
            <blockquote class="article-claim__excerpt" lang={articleLang}>
              {excerpt}
            </blockquote>
            {claimIds.map((id) => {
              const assessment = claims.get(id)?.assessment;
              return assessment && <Verdict key={id} rating={assessment.rating} reason={assessment.reason} lang={packLang} />;
            })}
            {questionIds
              .filter((id) => questionText.has(id))
              .map((id) => (
                <p class="article-claim__question" key={id}>
                  <span class="muted">{t('articleClaimQuestion')} </span>
                  <span lang={packLang}>{questionText.get(id)}</span>
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
