import type { AssessedClaim, AssessedQuestion, FactPack, Source } from './fact-pack-schema';

/**
 * The pack's verdicts as schema.org ClaimReview JSON-LD, the form fact-checkers publish and
 * search engines and fact-check databases read: one ClaimReview per assessed claim.
 */

interface Thing {
  '@type': string;
  name: string;
  url?: string;
}

export interface ClaimReviewNode {
  '@type': 'ClaimReview';
  claimReviewed: string;
  inLanguage: 'en';
  itemReviewed: {
    '@type': 'Claim';
    author: Thing;
    datePublished: string;
    appearance: { '@type': 'CreativeWork'; url: string; datePublished: string; publisher: Thing };
  };
  reviewRating: { '@type': 'Rating'; alternateName: string; ratingExplanation: string };
  author: Thing;
  datePublished: string;
}

export interface ClaimReviewDocument {
  '@context': 'https://schema.org';
  '@graph': ClaimReviewNode[];
}

const PERSON_KINDS: ReadonlySet<Source['kind']> = new Set(['official', 'researcher']);

function thing(source: Source | undefined, fallback: string): Thing {
  if (!source) return { '@type': 'Organization', name: fallback };
  return { '@type': PERSON_KINDS.has(source.kind) ? 'Person' : 'Organization', name: source.name, ...(source.url ? { url: source.url } : {}) };
}

const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** The claim in words: a statement as written, a number as the answer to its question. */
export function claimInWords(claim: AssessedClaim, question: AssessedQuestion): string {
  const { value } = claim;
  if (value.kind === 'statement') return value.text;
  const amount =
    value.kind === 'number'
      ? `${value.approx ? 'about ' : ''}${numberFormat.format(value.value)} ${value.unit}`
      : `${numberFormat.format(value.min)}\u2013${numberFormat.format(value.max)} ${value.unit}`;
  return `${question.text} ${amount}${claim.scope ? ` (${claim.scope})` : ''}`;
}

/** Published data: it names no internal id (claim ids can carry our own words, such as "seed"). */
export function toClaimReviews(pack: Pick<FactPack, 'id' | 'version' | 'publishedAt' | 'publisher' | 'sources' | 'questions'>): ClaimReviewDocument {
  const sources = new Map(pack.sources.map((source) => [source.id, source]));
  const publisher: Thing = { '@type': 'Organization', name: pack.publisher.name, ...(pack.publisher.url ? { url: pack.publisher.url } : {}) };
  const graph: ClaimReviewNode[] = [];
  for (const question of pack.questions) {
    for (const claim of question.claims) {
      const { assessment } = claim;
      if (!assessment) continue;
      graph.push({
        '@type': 'ClaimReview',
        claimReviewed: claimInWords(claim, question),
        inLanguage: 'en',
        itemReviewed: {
          '@type': 'Claim',
          author: thing(sources.get(claim.claimant), claim.claimant),
          datePublished: claim.eventDate,
          appearance: {
            '@type': 'CreativeWork',
            url: claim.url,
            datePublished: claim.publishedAt,
            // The page behind the link: the copy's site when it is one, else the reporter.
            publisher: thing(sources.get(claim.via ?? claim.reporter), claim.via ?? claim.reporter),
          },
        },
        reviewRating: { '@type': 'Rating', alternateName: assessment.rating, ratingExplanation: assessment.reason },
        author: publisher,
        datePublished: pack.publishedAt,
      });
    }
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}
