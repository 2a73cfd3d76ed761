import { VERDICT_RATING_NAMES } from '@factdesk/config';
import { VerdictRating } from '@factdesk/database';
import { RATING_VALUE, toClaimReview } from './claim-review';

describe('ClaimReview mapping', () => {
  const base = {
    claimText: '3,179 people were evacuated in 24 hours.',
    rationale: 'The Red Cross counted fewer.',
    publishedAt: new Date('2016-12-08T12:00:00Z'),
    organisation: 'Factdesk',
    organisationUrl: 'https://factdesk.example',
    url: 'https://factdesk.example/claims/1',
    claimAuthor: 'Igor Konashenkov',
    claimAuthorType: 'Person' as const,
    appearanceUrls: ['https://example.org/aleppo', 'https://example.net/aleppo'],
    claimDate: new Date('2016-12-07T10:00:00Z'),
  };

  it('puts every rating but unverifiable on a 1 (worst) to 5 (best) scale, in order', () => {
    expect(RATING_VALUE[VerdictRating.False]).toBe(1);
    expect(RATING_VALUE[VerdictRating.True]).toBe(5);
    const ordered = [VerdictRating.False, VerdictRating.MostlyFalse, VerdictRating.Mixed, VerdictRating.MostlyTrue, VerdictRating.True];
    expect(ordered.map((rating) => RATING_VALUE[rating])).toEqual([1, 2, 3, 4, 5]);
  });

  it('writes a ClaimReview with the rating, the claim and where it appeared', () => {
    expect(toClaimReview({ ...base, rating: VerdictRating.MostlyFalse })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://factdesk.example/claims/1',
      claimReviewed: base.claimText,
      datePublished: '2016-12-08T12:00:00.000Z',
      author: { '@type': 'Organization', name: 'Factdesk', url: 'https://factdesk.example' },
      reviewBody: base.rationale,
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Igor Konashenkov' },
        appearance: [
          { '@type': 'CreativeWork', url: 'https://example.org/aleppo' },
          { '@type': 'CreativeWork', url: 'https://example.net/aleppo' },
        ],
        datePublished: '2016-12-07T10:00:00.000Z',
      },
      reviewRating: { '@type': 'Rating', alternateName: 'Mostly false', ratingValue: 2, bestRating: 5, worstRating: 1 },
    });
  });

  it('gives unverifiable only its name, no value on the scale', () => {
    expect(toClaimReview({ ...base, rating: VerdictRating.Unverifiable }).reviewRating).toEqual({
      '@type': 'Rating',
      alternateName: 'Unverifiable',
    });
  });

  it('uses the same rating names as the configuration that picks which need a second review', () => {
    expect([...VERDICT_RATING_NAMES].sort()).toEqual(Object.values(VerdictRating).sort());
  });
});
