import type { ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import request from 'supertest';
import { ArticleExtractionService } from '@factdesk/articles';
import { ArticleStatus, Role } from '@factdesk/database';
import { extract } from '@factdesk/extraction';
import { QueueName } from '@factdesk/jobs';
import { aleppoFixture, articleInput } from './support/fixtures';
import { TestStack } from './support/harness';
import { spawnEntry, waitFor } from './support/processes';

/** Claims stored for an article, and how many distinct spans they cover. */
async function claimCounts(stack: TestStack, articleId: string): Promise<{ total: number; distinct: number }> {
  const [row] = await stack
    .dataSource()
    .query(`SELECT count(*)::int AS total, count(DISTINCT (span_start, span_end))::int AS distinct FROM claims WHERE article_id = $1`, [
      articleId,
    ]);
  return row;
}

/**
 * Starts a worker process and holds the audit log locked, so the worker blocks inside
 * its extraction transaction after inserting the claims and before committing them.
 */
async function startWorkerBlockedMidTransaction(stack: TestStack): Promise<{ worker: ChildProcess; release: () => Promise<void> }> {
  const blocker = new Client({ connectionString: stack.env.DATABASE_URL });
  await blocker.connect();
  await blocker.query('BEGIN');
  await blocker.query('LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE');
  const worker = spawnEntry('apps/worker/src/main.ts', [], stack.processEnv);
  const release = async () => {
    await blocker.query('ROLLBACK');
    await blocker.end();
  };
  try {
    // Polled from another connection: inside the blocker's transaction pg_stat_activity is a frozen snapshot.
    await waitFor(
      'the worker to block mid-transaction',
      async () => {
        const rows = await stack
          .dataSource()
          .query(
            `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE 'INSERT INTO "audit_log"%'`,
          );
        return rows.length > 0;
      },
      30_000,
    );
  } catch (error) {
    worker.kill('SIGKILL');
    await release();
    throw error;
  }
  return { worker, release };
}

describe('Extraction survives crashes, lost jobs and failures', () => {
  let stack: TestStack;
  let key: string;

  beforeAll(async () => {
    // Short locks so a killed worker's job is noticed as stalled within seconds.
    stack = await TestStack.create({ JOB_LOCK_DURATION_MS: '1500', JOB_STALLED_INTERVAL_MS: '1000', EXTRACTION_ATTEMPTS: '2' });
    await stack.startApi();
    key = (await stack.createUser(Role.Reviewer)).key;
  });

  afterEach(() => stack.stopWorker());
  afterAll(() => stack.destroy());

  const submit = async (body: Record<string, unknown>): Promise<string> => {
    const response = await request(stack.http).post('/api/articles').set('Authorization', `Bearer ${key}`).send(body);
    expect(response.status).toBe(201);
    return response.body.id as string;
  };

  it('a worker killed in the middle of storing claims leaves no duplicates when the job runs again', async () => {
    const body = aleppoFixture();
    const articleId = await submit({ title: 'Aleppo (crash test)', body });
    const expectedClaims = extract(body).claims.length;

    const blocked = await startWorkerBlockedMidTransaction(stack);
    try {
      blocked.worker.kill('SIGKILL');
      await new Promise((resolve) => blocked.worker.once('exit', resolve));
    } finally {
      await blocked.release();
    }

    // The killed transaction rolled back: nothing half-written is visible.
    expect(await claimCounts(stack, articleId)).toEqual({ total: 0, distinct: 0 });

    await stack.startWorker();
    await stack.waitForArticle(articleId, ArticleStatus.Extracted, 30_000);
    expect(await claimCounts(stack, articleId)).toEqual({ total: expectedClaims, distinct: expectedClaims });
  });

  it('a worker asked to stop (SIGTERM) finishes the job in hand, then exits cleanly', async () => {
    const body = aleppoFixture();
    const articleId = await submit({ title: 'Aleppo (shutdown test)', body: `${body}\nGraceful shutdown edition.` });
    const blocked = await startWorkerBlockedMidTransaction(stack);
    const exited = new Promise<string>((resolve) => blocked.worker.once('exit', (code, signal) => resolve(`${code ?? signal}`)));
    blocked.worker.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(blocked.worker.exitCode).toBeNull(); // still finishing its job
    await blocked.release();
    // Nest re-raises the signal once its shutdown hooks are done, so the process ends "by SIGTERM".
    expect(await exited).toMatch(/^(0|SIGTERM)$/);
    await stack.waitForArticle(articleId, ArticleStatus.Extracted, 1000);
    const { total, distinct } = await claimCounts(stack, articleId);
    expect(total).toBe(distinct);
    expect(total).toBe(extract(`${body}\nGraceful shutdown edition.`).claims.length);
  });

  it('two runs of the same job at once store each claim exactly once', async () => {
    const articleId = await submit(articleInput());
    await stack.startWorker();
    const service = stack.worker!.get(ArticleExtractionService);
    const outcomes = await Promise.all([
      service.extractArticle(articleId),
      service.extractArticle(articleId),
      service.extractArticle(articleId),
    ]);
    await stack.waitForArticle(articleId, ArticleStatus.Extracted);
    const { total, distinct } = await claimCounts(stack, articleId);
    expect(total).toBe(distinct);
    expect(total).toBe(2);
    // Whichever runs (the queue's own job included) got there first did the work; the rest did nothing.
    expect(outcomes.filter((outcome) => outcome.outcome === 'extracted').length).toBeLessThanOrEqual(1);
  });

  it('re-enqueues an article whose job Redis lost, on worker start-up', async () => {
    const articleId = await submit(articleInput());
    const queue = stack.queue(QueueName.Extraction);
    await queue.obliterate({ force: true });
    expect(await queue.getJobCounts('waiting', 'active')).toEqual({ waiting: 0, active: 0 });
    await queue.close();

    await stack.startWorker();
    await stack.waitForArticle(articleId, ArticleStatus.Extracted);
  });

  it('marks an article failed, with the error, once its retries are used up', async () => {
    const articleId = await submit(articleInput());
    // Not the engine failing by chance: this test makes extraction fail on purpose for this one article.
    const original = ArticleExtractionService.prototype.extractArticle;
    const spy = jest.spyOn(ArticleExtractionService.prototype, 'extractArticle').mockImplementation(async function (
      this: ArticleExtractionService,
      id: string,
    ) {
      if (id === articleId) throw new Error('engine exploded');
      return original.call(this, id);
    });
    try {
      await stack.startWorker();
      const failed = await stack.waitForArticle(articleId, ArticleStatus.Failed);
      expect(failed.extractionError).toBe('engine_error: engine exploded');
      expect(spy.mock.calls.filter(([id]) => id === articleId)).toHaveLength(2);
      const response = await request(stack.http).get(`/api/articles/${articleId}`).set('Authorization', `Bearer ${key}`);
      expect(response.body).toMatchObject({ status: 'failed', extractionError: 'engine_error: engine exploded' });
    } finally {
      spy.mockRestore();
    }
  });
});
