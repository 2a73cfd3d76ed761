import { Transform } from 'node:stream';
import { SourceKind, VerdictState } from '@factdesk/database';
import { claimReviewUrl, toClaimReview } from '@factdesk/verdicts';
import { ReportRow } from '../report-row';

/** Where a ClaimReview says it comes from: FACTCHECK_ORG_NAME and FACTCHECK_ORG_URL. */
export interface FactCheckOrganisation {
  name: string;
  url: string;
}

/** The schema.org ClaimReview of a report row (published verdicts only: the query asks for no other). */
export function claimReviewOf(row: ReportRow, organisation: FactCheckOrganisation): Record<string, unknown> {
  if (row.verdict_state !== VerdictState.Published) throw new Error(`Verdict ${row.verdict_id} is not published: it has no ClaimReview`);
  const claimAuthor = row.speaker ?? row.organisation ?? row.source_name;
  const isPerson = row.speaker !== null || (claimAuthor === row.source_name && row.source_kind === SourceKind.Person);
  const urls = [row.article_url, ...row.article_appearances.map((item) => item.url)].filter((url): url is string => !!url);
  return toClaimReview({
    claimText: row.claim_text,
    rating: row.rating,
    rationale: row.rationale,
    // Rows written before published_at was recorded fall back to when the verdict was submitted.
    publishedAt: row.published_at ?? row.submitted_at ?? row.verdict_created_at,
    organisation: organisation.name,
    organisationUrl: organisation.url,
    url: claimReviewUrl(organisation.url, row.claim_id),
    claimAuthor,
    claimAuthorType: isPerson ? 'Person' : 'Organization',
    appearanceUrls: [...new Set(urls)],
    claimDate: row.article_published_at,
  });
}

/** Report rows to ClaimReview objects (object mode on both sides). */
export function claimReviewEncoder(organisation: FactCheckOrganisation): Transform {
  return new Transform({
    objectMode: true,
    transform(row: ReportRow, _encoding, done) {
      try {
        done(null, claimReviewOf(row, organisation));
      } catch (error) {
        done(error as Error);
      }
    },
  });
}
