import { classifyJobFailure } from '@factdesk/jobs';

/**
 * What an article shows when its extraction failed (see classifyJobFailure): a failure
 * that is not the database's, Redis's or the clock's is the engine's (`engine_error: <short reason>`).
 */
export function classifyExtractionError(error: unknown): string {
  return classifyJobFailure(error, 'engine_error');
}
