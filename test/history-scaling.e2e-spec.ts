import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import type { Pool } from 'pg';
import { Role } from '@factdesk/database';
import { TestStack } from './support/harness';
import { clientFor } from './support/http-client';
import { seedReviewedHistory } from './support/history-fixtures';
import { seedReadyClaims } from './support/queue-fixtures';
import { withAdminClient } from './support/test-database';

/** Tables that grow with every claim ever reviewed: a reviewer's request must never read one in full. */
const HISTORY_TABLES = [
  'claims',
  'claim_leases',
  'claim_skips',
  'verdicts',
  'verdict_transitions',
  'evidence',
  'conflicts',
  'conflict_sides',
  'audit_log',
  'outbox_events',
];

/**
 * A desk's history (past claims, leases, verdicts, evidence, conflicts, audit records)
 * grows without end; a reviewer's work must cost the same on the first day and after a
 * million claims. PostgreSQL's auto_explain reports the plan of every statement the API
 * runs (those inside lease_next_claim too) as a notice on its own connection, so this
 * checks the plans actually used, prepared statements' generic plans included.
 */
describe('A review cycle on a long history', () => {
  let stack: TestStack;
  const plans: string[] = [];

  beforeAll(async () => {
    stack = await TestStack.create();
    await withAdminClient(async (admin) => {
      for (const [setting, value] of [
        ['session_preload_libraries', 'auto_explain'],
        ['auto_explain.log_min_duration', '0'],
        ['auto_explain.log_nested_statements', 'on'],
        ['auto_explain.log_level', 'notice'],
      ]) {
        await admin.query(`ALTER DATABASE "${stack.database}" SET ${setting} = '${value}'`);
      }
    });
    await stack.startApi();
    const pool = (stack.dataSource().driver as PostgresDriver).master as Pool;
    const listening = new WeakSet<object>();
    pool.on('acquire', (client) => {
      if (listening.has(client)) return;
      listening.add(client);
      client.on('notice', (notice) => plans.push(notice.message ?? ''));
    });
    await seedReviewedHistory(stack.api!, 5_000);
  }, 60_000);

  afterAll(async () => {
    await stack.destroy();
  });

  it('reads no history table in full to lease, read, add evidence to and submit a verdict on a claim', async () => {
    const [claim] = await seedReadyClaims(stack.api!, 3);
    const reviewer = await stack.createUser(Role.Reviewer);
    const as = clientFor(stack);
    plans.length = 0;

    const leased = await as(reviewer).post('/api/queue/next');
    expect(leased.status).toBe(200);
    expect(leased.body.claim.id).toBe(claim!.id);
    expect((await as(reviewer).get(`/api/claims/${claim!.id}`)).status).toBe(200);
    const evidence = await as(reviewer).post(`/api/claims/${claim!.id}/evidence`, {
      url: 'https://www.reuters.com/world/convoys-crossed',
      title: 'Convoys crossed the border',
      publisher: 'Reuters',
      stance: 'supports',
    });
    expect(evidence.status).toBe(201);
    const edited = await as(reviewer).patch(`/api/evidence/${evidence.body.id}`, { title: 'Convoys crossed the border on Monday' });
    expect(edited.status).toBe(200);
    const verdict = await as(reviewer).post(`/api/claims/${claim!.id}/verdicts`, {
      rating: 'true',
      rationale: 'Matches the record.',
      evidenceIds: [edited.body.id],
      submit: true,
    });
    expect(verdict.status).toBe(201);
    expect((await as(reviewer).delete(`/api/evidence/${edited.body.id}`, { reason: 'A copy of a wire story' })).status).toBe(200);
    expect((await as(reviewer).get(`/api/verdicts/${verdict.body.id}`)).status).toBe(200);

    expectNoFullReads();
  });

  it('reads no history table in full for a second review, publishing, the queue stats, the report summary and the claims list', async () => {
    const [claim] = await seedReadyClaims(stack.api!, 1);
    const [author, second, lead] = [
      await stack.createUser(Role.Reviewer),
      await stack.createUser(Role.Reviewer),
      await stack.createUser(Role.Lead),
    ];
    const as = clientFor(stack);
    expect((await as(author).post('/api/queue/next')).body.claim.id).toBe(claim!.id);
    const verdict = await as(author).post(`/api/claims/${claim!.id}/verdicts`, {
      rating: 'false',
      rationale: 'The record says otherwise.',
      submit: true,
    });
    expect(verdict.body).toMatchObject({ state: 'submitted', needsSecondReview: true });
    plans.length = 0;

    const review = await as(second).post('/api/queue/next');
    expect(review.body.claim.id).toBe(claim!.id);
    expect((await as(second).post(`/api/verdicts/${verdict.body.id}/approve`, {})).status).toBe(200);
    expect((await as(lead).post(`/api/verdicts/${verdict.body.id}/publish`)).status).toBe(200);
    expect((await as(lead).get('/api/queue/stats')).status).toBe(200);
    expect((await as(lead).get('/api/reports/summary')).body.verdicts).toBeGreaterThan(0);
    expect((await as(lead).get('/api/reports/summary?desk=general')).status).toBe(200);
    expect((await as(lead).get('/api/claims?limit=20')).status).toBe(200);
    const verdicts = await as(lead).get('/api/verdicts?limit=20');
    expect(verdicts.body.items).toHaveLength(20);
    expect((await as(lead).get(`/api/verdicts?limit=20&cursor=${verdicts.body.nextCursor}`)).body.items).toHaveLength(20);
    expect((await as(second).get('/api/verdicts?state=submitted')).status).toBe(200);

    expectNoFullReads();
  });

  function expectNoFullReads(): void {
    expect(plans.length).toBeGreaterThan(5); // auto_explain is reporting: an empty list would prove nothing
    const fullReads = plans.flatMap((plan) =>
      [...plan.matchAll(/Seq Scan on (\w+)/g)]
        .filter((match) => HISTORY_TABLES.includes(match[1]!))
        .map((match) => `${match[1]} in: ${queryText(plan)}`),
    );
    expect(fullReads).toEqual([]);
  }
});

/** The statement an auto_explain notice is about, on one line (the plan follows its text). */
function queryText(plan: string): string {
  const text = /Query Text: ([\s\S]*?)\n[^\n]*\(cost=/.exec(plan)?.[1] ?? plan;
  return text.replace(/\s+/g, ' ').slice(0, 300);
}
