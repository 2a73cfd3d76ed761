import type { ArticleEntity, ClaimEntity, VerdictEntity } from '@factdesk/database';
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
  /** The fact-checking organisation (FACTCHECK_ORG_NAME, FACTCHECK_ORG_URL). */
  organisation: string;
  organisationUrl?: string | null;
  /** The fact-check's own address. */
  url?: string | null;
  /** Who made the claim, as attributed (speaker or organisation), and which of the two it is. */
  claimAuthor: string | null;
  claimAuthorType: 'Person' | 'Organization';
  /** Where the claim appeared: the article's urls (every appearance). */
  appearanceUrls: string[];
  /** When the claim was made: the article's publication date. */
  claimDate: Date | null;
}

/** The address of a claim's fact-check on the organisation's site: `<FACTCHECK_ORG_URL>/claims/<claim id>`. */
export function claimReviewUrl(organisationUrl: string, claimId: string): string {
  return `${organisationUrl.replace(/\/+$/, '')}/claims/${claimId}`;
}

/** A schema.org ClaimReview (JSON-LD) for a published verdict. */
export function toClaimReview(input: ClaimReviewInput): Record<string, unknown> {
  const value = RATING_VALUE[input.rating];
  const reviewRating: Record<string, unknown> = { '@type': 'Rating', alternateName: RATING_NAME[input.rating] };
  if (value !== null) Object.assign(reviewRating, { ratingValue: value, bestRating: 5, worstRating: 1 });
  const itemReviewed: Record<string, unknown> = { '@type': 'Claim' };
  if (input.claimAuthor) itemReviewed.author = { '@type': input.claimAuthorType, name: input.claimAuthor };
  if (input.appearanceUrls.length > 0) {
    itemReviewed.appearance = input.appearanceUrls.map((url) => ({ '@type': 'CreativeWork', url }));
  }
  if (input.claimDate) itemReviewed.datePublished = input.claimDate.toISOString();
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    ...(input.url ? { url: input.url } : {}),
    claimReviewed: input.claimText,
    datePublished: input.publishedAt.toISOString(),
    author: { '@type': 'Organization', name: input.organisation, ...(input.organisationUrl ? { url: input.organisationUrl } : {}) },
    reviewBody: input.rationale,
    itemReviewed,
    reviewRating,
  };
}

/**
 * The ClaimReview of a published verdict version, as `verdict.published`/`verdict.corrected`
 * carry it: the claim's speaker (or organisation) as its author, the article as its appearance.
 */
export function verdictClaimReview(
  verdict: Pick<VerdictEntity, 'rating' | 'rationale' | 'publishedAt'>,
  claim: Pick<ClaimEntity, 'id' | 'text' | 'attribution'>,
  article: Pick<ArticleEntity, 'url' | 'publishedAt'>,
  organisation: { name: string; url: string },
): Record<string, unknown> {
  const attribution = (claim.attribution ?? {}) as { speaker?: string | null; organisation?: string | null };
  return toClaimReview({
    claimText: claim.text,
    rating: verdict.rating,
    rationale: verdict.rationale,
    publishedAt: verdict.publishedAt ?? new Date(),
    organisation: organisation.name,
    organisationUrl: organisation.url,
    url: claimReviewUrl(organisation.url, claim.id),
    claimAuthor: attribution.speaker ?? attribution.organisation ?? null,
    claimAuthorType: attribution.speaker ? 'Person' : 'Organization',
    appearanceUrls: article.url ? [article.url] : [],
    claimDate: article.publishedAt,
  });
}
