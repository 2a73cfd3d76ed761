/**
 * Queue and job names are a contract with jobs already sitting in Redis: renaming
 * one strands the queued jobs unless they are migrated too.
 */
export enum QueueName {
  Extraction = 'extraction',
}

export enum JobName {
  ExtractArticle = 'extract-article',
}

export interface JobPayloads {
  [JobName.ExtractArticle]: { articleId: string };
}

/** Deterministic ids make enqueueing idempotent: adding the same job twice is a no-op. */
export const jobIds = {
  extractArticle: (articleId: string) => `extract-${articleId}`,
};
