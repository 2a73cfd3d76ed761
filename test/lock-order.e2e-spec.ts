import { Client } from 'pg';
import { Role } from '@factdesk/database';
import { ReviewQueueService } from '@factdesk/review-queue';
import { TestStack } from './support/harness';
import { clientFor, TestUser } from './support/http-client';
import { seedReadyClaims } from './support/queue-fixtures';

/**
 * Every change to a leased claim locks the claim's row before its lease's. If one path
 * took them the other way round, two reviewers' requests (or a request and the lease
 * sweep) could each wait for the other until PostgreSQL failed one with a deadlock.
 * Here another transaction holds the claim; an action that waits for it must not be
 * sitting on the lease meanwhile.
 */
describe('Lock order: a claim before its lease', () => {
  let stack: TestStack;
  let as: ReturnType<typeof clientFor>;
  const clients: Client[] = [];

  beforeAll(async () => {
    stack = await TestStack.create();
    await stack.startApi();
    as = clientFor(stack);
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.end()));
    await stack.destroy();
  });

  async function connect(): Promise<Client> {
    const client = new Client({ connectionString: stack.env.DATABASE_URL });
    await client.connect();
    clients.push(client);
    return client;
  }

  /** Another session's transaction holding the claim's row, as a lead's triage or a verdict would. */
  async function holdClaim(claimId: string): Promise<{ letGo: () => Promise<void> }> {
    const holder = await connect();
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM claims WHERE id = $1 FOR UPDATE', [claimId]);
    return { letGo: async () => void (await holder.query('ROLLBACK')) };
  }

  /** Waits until some session of the API is waiting for a row lock. */
  async function untilSomeoneWaits(): Promise<void> {
    const observer = await connect();
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const { rows } = await observer.query(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if (rows[0].waiting > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('no session started waiting for the held claim');
  }

  /** Whether the lease's row is free right now (NOWAIT: a held row fails at once with 55P03). */
  async function leaseIsFree(leaseId: string): Promise<boolean> {
    const probe = await connect();
    await probe.query('BEGIN');
    try {
      await probe.query('SELECT 1 FROM claim_leases WHERE id = $1 FOR UPDATE NOWAIT', [leaseId]);
      return true;
    } catch (error) {
      if ((error as { code?: string }).code === '55P03') return false;
      throw error;
    } finally {
      await probe.query('ROLLBACK');
    }
  }

  async function leasedClaim(): Promise<{ reviewer: TestUser; claimId: string; leaseId: string }> {
    await seedReadyClaims(stack.api!, 1);
    const reviewer = await stack.createUser(Role.Reviewer);
    const leased = await as(reviewer).post('/api/queue/next');
    expect(leased.status).toBe(200);
    return { reviewer, claimId: leased.body.claim.id as string, leaseId: leased.body.lease.id as string };
  }

  const actions: Array<[string, (reviewer: TestUser, claimId: string, leaseId: string) => PromiseLike<{ status: number }>, number]> = [
    [
      'releasing the lease',
      (reviewer, _claimId, leaseId) => as(reviewer).post(`/api/queue/leases/${leaseId}/release`, { reason: 'skip' }),
      200,
    ],
    [
      'submitting a verdict',
      (reviewer, claimId) =>
        as(reviewer).post(`/api/claims/${claimId}/verdicts`, { rating: 'true', rationale: 'Matches the record.', submit: true }),
      201,
    ],
    [
      'adding evidence',
      (reviewer, claimId) =>
        as(reviewer).post(`/api/claims/${claimId}/evidence`, {
          url: 'https://www.reuters.com/world/convoys',
          title: 'Convoys',
          publisher: 'Reuters',
          stance: 'supports',
        }),
      201,
    ],
  ];

  it.each(actions)('%s waits for a held claim without holding its lease', async (_name, act, expectedStatus) => {
    const { reviewer, claimId, leaseId } = await leasedClaim();
    const claim = await holdClaim(claimId);
    const response = act(reviewer, claimId, leaseId);
    const settled = Promise.resolve(response); // supertest sends on then()
    await untilSomeoneWaits();
    expect(await leaseIsFree(leaseId)).toBe(true);
    await claim.letGo();
    expect((await settled).status).toBe(expectedStatus);
  });

  it('the lease sweep passes over a held claim, leaving its lease alone, and expires it once the claim is free', async () => {
    const { claimId, leaseId } = await leasedClaim();
    const observer = await connect();
    await observer.query(`UPDATE claim_leases SET expires_at = now() - interval '1 second' WHERE id = $1`, [leaseId]);
    const queue = stack.api!.get(ReviewQueueService);
    const claim = await holdClaim(claimId);
    expect(await queue.expireDue()).toBe(0);
    expect(await leaseIsFree(leaseId)).toBe(true);
    await claim.letGo();
    expect(await queue.expireDue()).toBe(1);
    const { rows } = await observer.query('SELECT end_reason FROM claim_leases WHERE id = $1', [leaseId]);
    expect(rows[0].end_reason).toBe('expired');
  });
});
