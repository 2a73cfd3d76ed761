import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueueEvents } from 'bullmq';
import request from 'supertest';
import { ExportEntity, ExportStatus, Role } from '@factdesk/database';
import { ExportReconciler } from '@factdesk/exports';
import { QueueName } from '@factdesk/jobs';
import { TestStack } from './support/harness';
import { clientFor, TestUser } from './support/http-client';
import { seedReviewedHistory } from './support/history-fixtures';
import { waitFor } from './support/processes';
import { TcpProxy } from './support/tcp-proxy';
import { TEST_REDIS_URL } from './support/test-database';

const SEEDED = 2500;

/** The whole body as text, whatever its content type. */
function text(response: request.Test): request.Test {
  return response.buffer(true).parse((res, done) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => (body += chunk));
    res.on('end', () => done(null, body));
  });
}

/** The synchronous report of the same filters: GET /api/reports/verdicts. */
async function synchronousReport(stack: TestStack, user: TestUser, filters: Record<string, string | boolean>): Promise<string> {
  const query = new URLSearchParams(Object.entries(filters).map(([key, value]): [string, string] => [key, String(value)]));
  const response = await text(clientFor(stack)(user).get(`/api/reports/verdicts?${query}`));
  expect(response.status).toBe(200);
  return response.body as string;
}

async function waitForExport(stack: TestStack, lead: TestUser, id: string, status: string, timeoutMs = 20_000) {
  let last = 'nothing';
  return waitFor(
    () => `export ${id} to become ${status} (last: ${last})`,
    async () => {
      const response = await clientFor(stack)(lead).get(`/api/exports/${id}`);
      last = JSON.stringify(response.body);
      return response.body.status === status ? response.body : undefined;
    },
    timeoutMs,
  );
}

describe('Async exports', () => {
  let stack: TestStack;
  let as: ReturnType<typeof clientFor>;
  let lead: TestUser;
  let otherLead: TestUser;
  let admin: TestUser;
  let reviewer: TestUser;
  let exportsDir: string;

  beforeAll(async () => {
    exportsDir = mkdtempSync(join(tmpdir(), 'factdesk-exports-'));
    stack = await TestStack.create({ EXPORTS_DIR: exportsDir, EXPORT_SWEEP_INTERVAL_MS: '200', EXPORT_BACKOFF_MS: '50' });
    await stack.startApi();
    await seedReviewedHistory(stack.api!, SEEDED);
    as = clientFor(stack);
    [lead, otherLead, admin, reviewer] = [
      await stack.createUser(Role.Lead),
      await stack.createUser(Role.Lead),
      await stack.createUser(Role.Admin),
      await stack.createUser(Role.Reviewer),
    ];
  }, 60_000);

  afterAll(async () => {
    await stack.destroy();
    rmSync(exportsDir, { recursive: true, force: true });
  });

  it('writes the file in a worker, reporting progress, and downloads the same rows as the synchronous report', async () => {
    await stack.startWorker();
    const events = new QueueEvents(QueueName.Exports, { connection: { url: stack.env.REDIS_URL }, prefix: stack.env.QUEUE_PREFIX });
    await events.waitUntilReady();
    const progress: Array<{ rowsDone: number; rowsTotal: number; percent: number }> = [];
    events.on('progress', ({ data }) => progress.push(data as (typeof progress)[number]));
    try {
      const accepted = await as(lead).post('/api/exports', { format: 'ndjson' });
      expect(accepted.status).toBe(202);
      expect(accepted.body).toMatchObject({ status: 'queued', format: 'ndjson', rowsDone: 0, rowsTotal: null, percent: null });
      expect(accepted.body.filters).toMatchObject({ format: 'ndjson' });

      const done = await waitForExport(stack, lead, accepted.body.id, 'completed');
      expect(done).toMatchObject({ rowsDone: SEEDED, rowsTotal: SEEDED, percent: 100, downloadPath: `/api/exports/${done.id}/download` });
      // Progress came while rows streamed: part-way figures against a known total, then all of them.
      expect(progress.some((event) => event.rowsTotal === SEEDED && event.percent > 0 && event.percent < 100)).toBe(true);
      expect(progress.at(-1)).toEqual({ rowsDone: SEEDED, rowsTotal: SEEDED, percent: 100 });

      const file = await text(as(lead).get(done.downloadPath));
      expect(file.status).toBe(200);
      expect(file.headers['content-type']).toMatch(/^application\/x-ndjson/);
      expect(file.headers['content-disposition']).toMatch(/^attachment; filename="verdicts-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.ndjson"$/);
      expect(Number(file.headers['content-length'])).toBe(done.bytes);
      const synchronous = await synchronousReport(stack, lead, { format: 'ndjson' });
      expect(file.body.split('\n').filter(Boolean)).toHaveLength(SEEDED);
      expect(file.body).toBe(synchronous);
      // Only the finished file is in the directory: no partial file left behind.
      expect(existsSync(join(exportsDir, `${done.id}.ndjson`))).toBe(true);
      expect(existsSync(join(exportsDir, `${done.id}.ndjson.part`))).toBe(false);

      const [event] = (await stack
        .dataSource()
        .query(`SELECT payload FROM outbox_events WHERE type = 'export.completed' AND aggregate_id = $1`, [done.id])) as Array<{
        payload: Record<string, unknown>;
      }>;
      expect(event!.payload).toMatchObject({ id: done.id, format: 'ndjson', rows: SEEDED, downloadPath: done.downloadPath });
    } finally {
      await events.close();
    }
  });

  it('applies the same filters as the synchronous report (CSV with a BOM, one rating)', async () => {
    const filters = { format: 'csv', rating: 'false', bom: true, to: new Date(Date.now() + 60_000).toISOString() };
    const accepted = await as(lead).post('/api/exports', filters);
    expect(accepted.status).toBe(202);
    const done = await waitForExport(stack, lead, accepted.body.id, 'completed');
    const file = await text(as(lead).get(done.downloadPath));
    expect(file.headers['content-type']).toMatch(/^text\/csv/);
    expect(file.body.startsWith('\uFEFF')).toBe(true);
    expect(file.body).toBe(await synchronousReport(stack, lead, filters));
    expect(done.rowsDone).toBe(SEEDED);
  });

  it("is the requester's and the admins' alone; reviewers cannot export", async () => {
    expect((await as(reviewer).post('/api/exports', { format: 'csv' })).status).toBe(403);
    expect((await as(lead).post('/api/exports', { format: 'pdf' })).status).toBe(400);
    const accepted = await as(lead).post('/api/exports', { format: 'csv', desk: 'nobody' });
    const done = await waitForExport(stack, lead, accepted.body.id, 'completed');
    expect(done).toMatchObject({ rowsDone: 0, rowsTotal: 0, percent: 100 });

    expect((await as(otherLead).get(`/api/exports/${done.id}`)).status).toBe(404);
    expect((await as(otherLead).get(`/api/exports/${done.id}/download`)).status).toBe(404);
    expect((await as(reviewer).get(`/api/exports/${done.id}`)).status).toBe(403);
    expect((await as(admin).get(`/api/exports/${done.id}`)).body.id).toBe(done.id);
    const byAdmin = await as(admin).get(`/api/exports/${done.id}/download`);
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.text.split('\n')[0]).toContain('claim_id');
  });

  it('answers 409 until the file is complete, and a worker that died mid-file leaves it to be rewritten from scratch', async () => {
    await stack.stopWorker();
    const accepted = await as(lead).post('/api/exports', { format: 'ndjson' });
    const id = accepted.body.id as string;
    const early = await as(lead).get(`/api/exports/${id}/download`);
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'export.not_ready' });

    // What a worker that died part-way leaves: the row running with some rows done, half a file.
    writeFileSync(join(exportsDir, `${id}.ndjson.part`), '{"half a row');
    await stack
      .dataSource()
      .query(`UPDATE exports SET status = 'running', rows_done = 1000, rows_total = $2, attempts = 1 WHERE id = $1`, [id, SEEDED]);
    expect((await as(lead).get(`/api/exports/${id}`)).body).toMatchObject({ status: 'running', rowsDone: 1000, percent: 40 });

    await stack.startWorker();
    const done = await waitForExport(stack, lead, id, 'completed');
    expect(done.rowsDone).toBe(SEEDED);
    expect((await stack.dataSource().getRepository(ExportEntity).findOneByOrFail({ id })).attempts).toBe(2);
    expect((await text(as(lead).get(done.downloadPath))).body).toBe(await synchronousReport(stack, lead, { format: 'ndjson' }));
    expect(existsSync(join(exportsDir, `${id}.ndjson.part`))).toBe(false);
  });

  it('removes the file once it expires, keeping the row; the download then answers 410', async () => {
    const accepted = await as(lead).post('/api/exports', { format: 'csv' });
    const done = await waitForExport(stack, lead, accepted.body.id, 'completed');
    const path = join(exportsDir, `${done.id}.csv`);
    expect(existsSync(path)).toBe(true);
    expect(new Date(done.expiresAt).getTime() - new Date(done.completedAt).getTime()).toBe(stack.env.EXPORT_RETENTION_MS);

    await stack.dataSource().query(`UPDATE exports SET expires_at = now() - interval '1 second' WHERE id = $1`, [done.id]);
    const expired = await waitForExport(stack, lead, done.id, 'expired', 5000);
    expect(expired).toMatchObject({ downloadPath: null, rowsDone: SEEDED });
    expect(expired.expiredAt).not.toBeNull();
    expect(existsSync(path)).toBe(false);
    const gone = await as(lead).get(`/api/exports/${done.id}/download`);
    expect(gone.status).toBe(410);
    expect(gone.body.code).toBe('export.expired');
  });
});

describe('Async exports while Redis is down, and exports that fail', () => {
  let stack: TestStack;
  let redis: TcpProxy;
  let blocker: string;

  beforeAll(async () => {
    redis = await TcpProxy.start(TEST_REDIS_URL);
    // EXPORTS_DIR below a plain file: no export can be written.
    blocker = join(mkdtempSync(join(tmpdir(), 'factdesk-exports-')), 'not-a-directory');
    writeFileSync(blocker, '');
    stack = await TestStack.create(
      { EXPORTS_DIR: join(blocker, 'exports'), REDIS_COMMAND_TIMEOUT_MS: '300', EXPORT_ATTEMPTS: '2', EXPORT_BACKOFF_MS: '50' },
      { redis: (url) => redis.route(url) },
    );
    await stack.startApi();
    await stack.startWorker();
  });

  afterAll(async () => {
    await redis.restore();
    await stack.destroy();
    await redis.stop();
    rmSync(join(blocker, '..'), { recursive: true, force: true });
  });

  it('accepts an export with Redis down (queued), runs it once Redis is back, and keeps the reason it failed', async () => {
    const lead = await stack.createUser(Role.Lead);
    const as = clientFor(stack);
    await redis.cut();
    const started = Date.now();
    const accepted = await as(lead).post('/api/exports', { format: 'csv' });
    expect(accepted.status).toBe(202);
    expect(accepted.body.status).toBe('queued');
    expect(Date.now() - started).toBeLessThan(2000);

    await redis.restore();
    await waitFor(
      'reconciliation to enqueue the export',
      async () =>
        (
          await stack
            .worker!.get(ExportReconciler)
            .reconcile(0)
            .catch(() => ({ enqueued: 0 }))
        ).enqueued > 0,
      // Patience, not a speed check: with a 300 ms command timeout a loaded machine needs
      // several attempts before the restored connection answers in time.
      30_000,
    );
    const failed = await waitForExport(stack, lead, accepted.body.id, 'failed');
    expect(failed.error).toBe('file_error: ENOTDIR');
    expect(failed.failedAt).not.toBeNull();
    const row = await stack.dataSource().getRepository(ExportEntity).findOneByOrFail({ id: accepted.body.id });
    expect(row).toMatchObject({ status: ExportStatus.Failed, attempts: 2 });
    expect((await as(lead).get(`/api/exports/${row.id}/download`)).status).toBe(409);
  });
});
