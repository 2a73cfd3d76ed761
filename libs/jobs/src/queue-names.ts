/**
 * Queue and job names are a contract with jobs already sitting in Redis: renaming
 * one strands the queued jobs unless they are migrated too.
 */
export enum QueueName {
  Extraction = 'extraction',
  /** Report files written for POST /api/exports. */
  Exports = 'exports',
  /** One job per webhook endpoint with deliveries waiting: it drains them in order (libs/webhooks). */
  Webhooks = 'webhooks',
}

/**
 * The review queue: one job per claim waiting for a reviewer, ordered by priority.
 * No worker consumes it; the API takes claims from it as leases (libs/review-queue).
 */
export const REVIEW_QUEUE = 'review';
export const REVIEW_JOB = 'review-claim';

export enum JobName {
  ExtractArticle = 'extract-article',
  WriteExport = 'write-export',
  DeliverWebhooks = 'deliver-webhooks',
}

export interface JobPayloads {
  /** `revision`: the article revision to extract (absent in jobs queued before revisions existed: the current one). */
  [JobName.ExtractArticle]: { articleId: string; revision?: number };
  /** Everything else (format, filters, requester) is read from the export's row. */
  [JobName.WriteExport]: { exportId: string };
  /** Deliver what is due for one subscription (endpoint), oldest first. */
  [JobName.DeliverWebhooks]: { subscriptionId: string };
}

/** Deterministic ids make enqueueing idempotent: adding the same job twice is a no-op. */
export const jobIds = {
  /** Per revision: a new revision's job is never deduplicated against the previous revision's. */
  extractArticle: (articleId: string, revision: number) => `extract-${articleId}-r${revision}`,
  reviewClaim: (claimId: string) => `claim-${claimId}`,
  /** One job per export: enqueueing again (the API, then reconciliation) is harmless. */
  writeExport: (exportId: string) => `export-${exportId}`,
  /** One per endpoint: while it waits or runs, adding it again is a no-op, so one endpoint is never drained twice at once. */
  deliverWebhooks: (subscriptionId: string) => `webhooks-${subscriptionId}`,
};
