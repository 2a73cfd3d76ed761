import { Duplex, Transform } from 'node:stream';
import { SourceKind, VerdictState } from '@factdesk/database';
import { claimReviewUrl, toClaimReview } from '@factdesk/verdicts';
import { ReportRow } from '../report-row';
import { composeStreams } from './compose';
import { jsonArrayEncoder, ndjsonEncoder } from './ndjson';

/** Where a ClaimReview says it comes from: FACTCHECK_ORG_NAME and FACTCHECK_ORG_URL. */
export interface FactCheckOrganisation {
  name: string;
  url: string;
}

/** The schema.org ClaimReview of a report row (published verdicts only: the query asks for no other). */
export function claimReviewOf(row: ReportRow, organisation: FactCheckOrganisation): Record<string, unknown> {
  if (row.verdict_state !== VerdictState.Published || !row.published_at) {
    throw new Error(`Verdict ${row.verdict_id} is not published: it has no ClaimReview`);
  }
  const claimAuthor = row.speaker ?? row.organisation ?? row.source_name;
  const isPerson = row.speaker !== null || (claimAuthor === row.source_name && row.source_kind === SourceKind.Person);
  const urls = [row.article_url, ...row.article_appearances.map((item) => item.url)].filter((url): url is string => !!url);
  return toClaimReview({
    claimText: row.claim_text,
    rating: row.rating,
    rationale: row.rationale,
    publishedAt: row.published_at,
    organisation: organisation.name,
    organisationUrl: organisation.url,
    url: claimReviewUrl(organisation.url, row.claim_id),
    claimAuthor,
    claimAuthorType: isPerson ? 'Person' : 'Organization',
    appearanceUrls: [...new Set(urls)],
    claimDate: row.article_published_at,
  });
}

/** ClaimReview JSON-LD, as one JSON array or one object a line. */
export function claimReviewEncoder(organisation: FactCheckOrganisation, layout: 'array' | 'ndjson'): Duplex {
  const toClaimReviews = new Transform({
    objectMode: true,
    transform(row: ReportRow, _encoding, done) {
      try {
        done(null, claimReviewOf(row, organisation));
      } catch (error) {
        done(error as Error);
      }
    },
  });
  return composeStreams(toClaimReviews, layout === 'ndjson' ? ndjsonEncoder() : jsonArrayEncoder());
}
