import { VerdictRating } from '@factdesk/database';

/**
 * The rating scale on schema.org's ClaimReview: ratingValue 1 (worst) to 5 (best);
 * "unverifiable" is not on the scale and carries only its name.
 */
export const RATING_VALUE: Record<VerdictRating, number | null> = {
  [VerdictRating.True]: 5,
  [VerdictRating.MostlyTrue]: 4,
  [VerdictRating.Mixed]: 3,
  [VerdictRating.MostlyFalse]: 2,
  [VerdictRating.Misleading]: 2,
  [VerdictRating.False]: 1,
  [VerdictRating.Unverifiable]: null,
};

export const RATING_NAME: Record<VerdictRating, string> = {
  [VerdictRating.True]: 'True',
  [VerdictRating.MostlyTrue]: 'Mostly true',
  [VerdictRating.Mixed]: 'Mixed',
  [VerdictRating.MostlyFalse]: 'Mostly false',
  [VerdictRating.Misleading]: 'Misleading',
  [VerdictRating.False]: 'False',
  [VerdictRating.Unverifiable]: 'Unverifiable',
};

export interface ClaimReviewInput {
  claimText: string;
  rating: VerdictRating;
  rationale: string;
  publishedAt: Date;
  organisation: string;
  /** Who made the claim, as attributed (speaker or organisation). */
  claimAuthor: string | null;
  /** Where the claim appeared. */
  articleUrl: string | null;
  articleDate: Date | null;
}

/** A schema.org ClaimReview (JSON-LD) for a published verdict. */
export function toClaimReview(input: ClaimReviewInput): Record<string, unknown> {
  const value = RATING_VALUE[input.rating];
  const reviewRating: Record<string, unknown> = { '@type': 'Rating', alternateName: RATING_NAME[input.rating] };
  if (value !== null) Object.assign(reviewRating, { ratingValue: value, bestRating: 5, worstRating: 1 });
  const itemReviewed: Record<string, unknown> = { '@type': 'Claim' };
  if (input.claimAuthor) itemReviewed.author = { '@type': 'Thing', name: input.claimAuthor };
  if (input.articleUrl) {
    itemReviewed.appearance = {
      '@type': 'CreativeWork',
      url: input.articleUrl,
      ...(input.articleDate ? { datePublished: input.articleDate.toISOString() } : {}),
    };
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: input.claimText,
    datePublished: input.publishedAt.toISOString(),
    author: { '@type': 'Organization', name: input.organisation },
    reviewBody: input.rationale,
    itemReviewed,
    reviewRating,
  };
}
