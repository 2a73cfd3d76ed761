import { QueryFailedError } from 'typeorm';
import { classifyExtractionError } from './extraction-error';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('classifyExtractionError', () => {
  it('names timeouts and outages by their class alone', () => {
    expect(classifyExtractionError(withCode('canceling statement due to statement timeout', '57014'))).toBe('timeout');
    expect(classifyExtractionError(new Error('Query read timeout'))).toBe('timeout');
    expect(classifyExtractionError(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe('database_unavailable');
    expect(classifyExtractionError('Connection terminated unexpectedly')).toBe('database_unavailable');
    expect(classifyExtractionError('Redis did not answer the queue order within 2000 ms')).toBe('redis_unavailable');
    expect(classifyExtractionError('job stalled more than allowable limit')).toBe('worker_stalled');
  });

  it("keeps a database error's SQLSTATE, never its text (which quotes values)", () => {
    const error = new QueryFailedError(
      'INSERT INTO claims …',
      [],
      withCode('duplicate key value violates unique constraint "uq_claims_article_span"', '23505'),
    );
    expect(classifyExtractionError(error)).toBe('database_error: 23505');
  });

  it("keeps the first line of the engine's own error, cut short", () => {
    expect(classifyExtractionError(new Error('engine exploded'))).toBe('engine_error: engine exploded');
    expect(classifyExtractionError(new Error('bad span\n    at extract (extract.ts:12:3)'))).toBe('engine_error: bad span');
    const long = classifyExtractionError(new Error('x'.repeat(5000)));
    expect(long.length).toBeLessThanOrEqual('engine_error: '.length + 120);
    expect(classifyExtractionError(undefined)).toBe('engine_error: unknown');
  });
});
