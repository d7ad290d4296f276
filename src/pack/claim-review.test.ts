import { describe, expect, it } from 'vitest';
import { claimReviewProblems } from '../../test/pack/claim-review-fields';
import { fixturePack, fixtureQuestion, numberClaim } from '../../test/pack/fixture-pack';
import { toClaimReviews } from './claim-review';

describe('toClaimReviews', () => {
  it('writes one ClaimReview per assessed claim with every field fact-checkers use', () => {
    const pack = fixturePack();
    const document = toClaimReviews(pack);
    expect(claimReviewProblems(document)).toEqual([]);
    expect(document['@graph']).toHaveLength(1);
    expect(document['@graph'][0]).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: 'Question how-many-left? 700,000 people',
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Organization', name: 'Kremlin', url: 'https://kremlin.example' },
        datePublished: '2022-10-01',
        appearance: { url: 'https://example.org/claim', datePublished: '2022-10-01', publisher: { name: 'Reuters' } },
      },
      reviewRating: { '@type': 'Rating', alternateName: 'misattributed', ratingExplanation: expect.stringMatching(/^An unnamed source/) },
      author: { '@type': 'Organization', name: 'Fixture Checkers', url: 'https://checkers.example/' },
      datePublished: '2024-01-01',
    });
  });

  it('names the page actually linked as the appearance publisher, and statements as written', () => {
    const pack = fixturePack({
      sources: [...fixturePack().sources, { id: 'yahoo', name: 'Yahoo News', kind: 'aggregator' }],
      questions: [
        fixtureQuestion('q', [
          {
            ...numberClaim('said', 1, 'men', { via: 'yahoo' }),
            value: { kind: 'statement', text: 'The flow has reversed.' },
            assessment: { rating: 'unsupported', reason: 'No count shows it.', evidence: { claims: [], facts: ['decree-signed'] } },
          },
        ]),
      ],
    });
    const [review] = toClaimReviews(pack)['@graph'];
    expect(review?.claimReviewed).toBe('The flow has reversed.');
    expect(review?.itemReviewed.appearance.publisher.name).toBe('Yahoo News');
  });

  it('the field check catches what a reader of ClaimReview would refuse', () => {
    const [review] = toClaimReviews(fixturePack())['@graph'];
    const broken = { ...review, reviewRating: { '@type': 'Rating', alternateName: 'mostly-true' }, itemReviewed: { ...review!.itemReviewed, appearance: { url: 'nope' } } };
    expect(claimReviewProblems([broken])).toEqual([
      '$[0].@context: not schema.org',
      '$[0].reviewRating.alternateName: not a rating of the scale',
      '$[0].reviewRating.ratingExplanation: no reason (nor reviewBody)',
      '$[0].itemReviewed.appearance[0].url: not a URL',
      '$[0].itemReviewed.appearance[0].datePublished: not an ISO date',
    ]);
  });
});
