/**
 * Queue and job names are a contract with jobs already sitting in Redis: renaming
 * one strands the queued jobs unless they are migrated too.
 */
export enum QueueName {
  Extraction = 'extraction',
}

/**
 * The review queue: one job per claim waiting for a reviewer, ordered by priority.
 * No worker consumes it; the API takes claims from it as leases (libs/review-queue).
 */
export const REVIEW_QUEUE = 'review';
export const REVIEW_JOB = 'review-claim';

export enum JobName {
  ExtractArticle = 'extract-article',
}

export interface JobPayloads {
  [JobName.ExtractArticle]: { articleId: string };
}

/** Deterministic ids make enqueueing idempotent: adding the same job twice is a no-op. */
export const jobIds = {
  extractArticle: (articleId: string) => `extract-${articleId}`,
  reviewClaim: (claimId: string) => `claim-${claimId}`,
};
