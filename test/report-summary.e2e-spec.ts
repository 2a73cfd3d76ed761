import request from 'supertest';
import { Role } from '@factdesk/database';
import { TestStack } from './support/harness';
import { clientFor, TestUser } from './support/http-client';
import { seedReadyClaims } from './support/queue-fixtures';

/** percentile_cont as PostgreSQL defines it: linear interpolation between the two closest ranks. */
function percentile(values: number[], fraction: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = fraction * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

describe('GET /api/reports/summary', () => {
  let stack: TestStack;
  let as: ReturnType<typeof clientFor>;
  let lead: TestUser;
  let reviewers: TestUser[];
  /** What each reviewed claim became, as the test made it. */
  const made: Array<{ claimId: string; rating: string; reviewer: TestUser; source: string | null; desk: string; published: boolean }> = [];
  let between: Date;
  let sources: Record<string, string>;

  /** Leases the next claim for `reviewer`, submits a verdict, has it approved, and maybe published. */
  async function review(reviewer: TestUser, rating: string, publish: boolean): Promise<string> {
    const leased = await as(reviewer).post('/api/queue/next');
    expect(leased.status).toBe(200);
    const claimId = leased.body.claim.id as string;
    const verdict = await as(reviewer).post(`/api/claims/${claimId}/verdicts`, { rating, rationale: `Rated ${rating}.`, submit: true });
    expect([verdict.status, verdict.body.message]).toEqual([201, undefined]);
    // A rating that needs a second review goes back to the queue: the other reviewer approves it.
    const approver = verdict.body.needsSecondReview ? reviewers.find((other) => other !== reviewer)! : lead;
    if (verdict.body.needsSecondReview) expect((await as(approver).post('/api/queue/next')).body.claim.id).toBe(claimId);
    expect((await as(approver).post(`/api/verdicts/${verdict.body.id}/approve`, {})).status).toBe(200);
    if (publish) expect((await as(lead).post(`/api/verdicts/${verdict.body.id}/publish`)).status).toBe(200);
    return claimId;
  }

  beforeAll(async () => {
    stack = await TestStack.create();
    await stack.startApi();
    as = clientFor(stack);
    lead = await stack.createUser(Role.Lead, 'Lead Lena');
    reviewers = [await stack.createUser(Role.Reviewer, 'Reviewer Ana'), await stack.createUser(Role.Reviewer, 'Reviewer Ben')];
    const db = stack.dataSource();
    const inserted = (await db.query(
      `INSERT INTO sources (slug, name, kind) VALUES ('ministry-a', 'Ministry A', 'government'), ('agency-b', 'Agency B', 'media')
       RETURNING id, slug`,
    )) as Array<{ id: string; slug: string }>;
    sources = Object.fromEntries(inserted.map((row) => [row.slug, row.id]));

    // Eight claims on "world" and two on "sport"; each waited a different time in the queue.
    const world = await seedReadyClaims(stack.api!, 8, { desk: 'world' });
    const sport = await seedReadyClaims(stack.api!, 2, { desk: 'sport', checkworthiness: [0.3, 0.2] });
    const sourceOf = (i: number) => (i % 3 === 0 ? sources['ministry-a']! : i % 3 === 1 ? sources['agency-b']! : null);
    for (const [i, claim] of [...world, ...sport].entries()) {
      await db.query(`UPDATE claims SET source_id = $2, queued_at = now() - $3 * interval '1 minute' WHERE id = $1`, [
        claim.id,
        sourceOf(i),
        (i + 1) * 7,
      ]);
    }
    const sourceById = new Map([...world, ...sport].map((claim, i) => [claim.id, sourceOf(i)]));
    const deskById = new Map([...world.map((c) => [c.id, 'world'] as const), ...sport.map((c) => [c.id, 'sport'] as const)]);

    // Before the range: two verdicts. In the range: the rest (one left waiting in the queue).
    const plan: Array<[number, string, boolean]> = [
      [0, 'true', true],
      [1, 'mixed', false],
      // ↑ before `between`
      [0, 'true', true],
      [1, 'true', false],
      [0, 'mixed', true],
      [1, 'false', false], // needs a second review
      [0, 'unverifiable', true],
      [1, 'mostly-true', true],
      [0, 'true', false],
    ];
    for (const [index, [who, rating, publish]] of plan.entries()) {
      if (index === 2) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        between = new Date();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const claimId = await review(reviewers[who]!, rating, publish);
      made.push({
        claimId,
        rating,
        reviewer: reviewers[who]!,
        source: sourceById.get(claimId)!,
        desk: deskById.get(claimId)!,
        published: publish,
      });
    }
    await db.query(
      `INSERT INTO conflicts (claim_id, description, status, origin) VALUES ($1, 'A and B disagree', 'proposed', 'manual'),
              ($1, 'A and B disagree again', 'confirmed', 'manual'), ($2, 'Settled', 'dismissed', 'manual')`,
      [made[2]!.claimId, made[3]!.claimId],
    );
  }, 60_000);

  afterAll(async () => {
    await stack.destroy();
  });

  it('counts the verdicts of the range by rating, source and reviewer', async () => {
    const response = await as(lead).get(
      `/api/reports/summary?from=${between.toISOString()}&to=${new Date(Date.now() + 60_000).toISOString()}`,
    );
    expect(response.status).toBe(200);
    const inRange = made.slice(2);
    const tally = <K>(key: (m: (typeof made)[number]) => K) =>
      [...inRange.reduce((map, m) => map.set(key(m), (map.get(key(m)) ?? 0) + 1), new Map<K, number>())].sort();
    expect(response.body.verdicts).toBe(inRange.length);
    expect(response.body.byRating.map((r: { rating: string; claims: number }) => [r.rating, r.claims]).sort()).toEqual(
      tally((m) => m.rating),
    );
    expect(response.body.bySource.map((s: { sourceId: string | null; claims: number }) => [s.sourceId, s.claims]).sort()).toEqual(
      tally((m) => m.source),
    );
    expect(response.body.bySource.find((s: { slug: string }) => s.slug === 'ministry-a')).toMatchObject({ name: 'Ministry A' });
    expect(response.body.byReviewer.map((r: { reviewerId: string; claims: number }) => [r.reviewerId, r.claims]).sort()).toEqual(
      tally((m) => m.reviewer.id),
    );
    expect(response.body.byReviewer.map((r: { name: string }) => r.name).sort()).toEqual(['Reviewer Ana', 'Reviewer Ben']);
  });

  it('gives the median and p90 from queueing to first verdict and to publication, as computed from the database', async () => {
    const from = between;
    const to = new Date(Date.now() + 60_000);
    const rows = (await stack.dataSource().query(
      `SELECT extract(epoch FROM c.queued_at)::float8 AS queued, extract(epoch FROM min(v.submitted_at))::float8 AS submitted,
              extract(epoch FROM min(v.published_at))::float8 AS published
         FROM claims c JOIN verdicts v ON v.claim_id = c.id GROUP BY c.id`,
    )) as Array<{ queued: number; submitted: number; published: number | null }>;
    const inRange = (at: number | null) => at !== null && at >= from.getTime() / 1000 && at < to.getTime() / 1000;
    const toVerdict = rows.filter((row) => inRange(row.submitted)).map((row) => row.submitted - row.queued);
    const toPublication = rows.filter((row) => inRange(row.published)).map((row) => row.published! - row.queued);
    expect(toVerdict).toHaveLength(7);
    expect(toPublication).toHaveLength(made.slice(2).filter((m) => m.published).length);

    const { body } = await as(lead).get(`/api/reports/summary?from=${from.toISOString()}&to=${to.toISOString()}`);
    expect(body.queuedToVerdict.claims).toBe(toVerdict.length);
    expect(body.queuedToVerdict.medianSeconds).toBeCloseTo(percentile(toVerdict, 0.5)!, 2);
    expect(body.queuedToVerdict.p90Seconds).toBeCloseTo(percentile(toVerdict, 0.9)!, 2);
    expect(body.queuedToPublication.claims).toBe(toPublication.length);
    expect(body.queuedToPublication.medianSeconds).toBeCloseTo(percentile(toPublication, 0.5)!, 2);
    expect(body.queuedToPublication.p90Seconds).toBeCloseTo(percentile(toPublication, 0.9)!, 2);
    // Waits of 7 to 70 minutes: the figures are minutes, not milliseconds or days.
    expect(body.queuedToVerdict.medianSeconds).toBeGreaterThan(7 * 60);
    expect(body.queuedToVerdict.medianSeconds).toBeLessThan(71 * 60);
  });

  it('gives reviews per hour for the 24 hours up to `to`, each hour with its median time to verdict', async () => {
    const to = new Date(Date.now() + 60_000);
    const { body } = await as(lead).get(`/api/reports/summary?to=${to.toISOString()}`);
    expect(body.byHour).toHaveLength(24);
    const hourOf = (at: number) => Math.floor(at / 3_600_000) * 3_600_000;
    const hours = (body.byHour as Array<{ hour: string }>).map((row) => new Date(row.hour).getTime());
    expect(hours[23]).toBe(hourOf(to.getTime()));
    expect(hours.every((hour, i) => i === 0 || hour - hours[i - 1]! === 3_600_000)).toBe(true);
    // Each claim counted once, in the hour of its first submitted verdict.
    const rows = (await stack.dataSource().query(
      `SELECT extract(epoch FROM min(v.submitted_at))::float8 * 1000 AS submitted, extract(epoch FROM min(v.submitted_at) - c.queued_at)::float8 AS seconds
         FROM claims c JOIN verdicts v ON v.claim_id = c.id WHERE v.submitted_at IS NOT NULL GROUP BY c.id`,
    )) as Array<{ submitted: number; seconds: number }>;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of body.byHour as Array<{ hour: string; verdicts: number; medianSecondsToVerdict: number | null }>) {
      const inHour = rows.filter((r) => hourOf(r.submitted) === new Date(row.hour).getTime()).map((r) => r.seconds);
      expect(row.verdicts).toBe(inHour.length);
      if (inHour.length === 0) expect(row.medianSecondsToVerdict).toBeNull();
      else expect(Math.abs(row.medianSecondsToVerdict! - percentile(inHour, 0.5)!)).toBeLessThanOrEqual(1);
    }
    expect((body.byHour as Array<{ verdicts: number }>).reduce((sum, row) => sum + row.verdicts, 0)).toBe(rows.length);
  });

  it('narrows every figure to one desk, and reports open conflicts and the queue now', async () => {
    const all = (await as(lead).get('/api/reports/summary')).body;
    expect(all.verdicts).toBe(made.length); // the default range: the last 30 days
    expect(all.openConflicts).toEqual({ proposed: 1, confirmed: 1, total: 2 });
    expect(all.queue.waiting).toBe(1);
    expect(all.queue.leased).toBe(0);

    const sport = (await as(lead).get('/api/reports/summary?desk=sport')).body;
    const onSport = made.filter((m) => m.desk === 'sport');
    expect(sport.desk).toBe('sport');
    expect(sport.verdicts).toBe(onSport.length);
    expect(sport.queuedToVerdict.claims).toBe(onSport.length);
    expect(sport.queue.depth.every((row: { desk: string }) => row.desk === 'sport')).toBe(true);
    // Both open conflicts are on made[2]'s claim; the dismissed one never counts.
    expect(sport.openConflicts.total).toBe(made[2]!.desk === 'sport' ? 2 : 0);
    expect((await as(lead).get(`/api/reports/summary?desk=${made[2]!.desk}`)).body.openConflicts.total).toBe(2);
    const [waiting] = (await stack.dataSource().query(`SELECT desk FROM claims WHERE state = 'ready'`)) as Array<{ desk: string }>;
    expect(sport.queue.waiting).toBe(waiting!.desk === 'sport' ? 1 : 0);
    expect((await as(lead).get('/api/reports/summary?desk=nobody')).body).toMatchObject({ verdicts: 0, queue: { waiting: 0 } });
  });

  it('documents its shape in OpenAPI, for the web app that draws it (and the exports routes)', async () => {
    const docs = (await request(stack.http).get('/docs/json')).body;
    expect(docs.paths['/api/reports/summary'].get.responses['200'].content['application/json'].schema.$ref).toBe(
      '#/components/schemas/ReportSummary',
    );
    expect(Object.keys(docs.components.schemas.ReportSummary.properties)).toEqual(
      expect.arrayContaining([
        'byRating',
        'bySource',
        'byReviewer',
        'queuedToVerdict',
        'queuedToPublication',
        'byHour',
        'openConflicts',
        'queue',
      ]),
    );
    expect(Object.keys(docs.components.schemas.DurationStats.properties)).toEqual(['claims', 'medianSeconds', 'p90Seconds']);
    expect(docs.paths).toMatchObject({
      '/api/exports': { post: expect.any(Object) },
      '/api/exports/{id}': { get: expect.any(Object) },
      '/api/exports/{id}/download': { get: expect.any(Object) },
    });
    expect(Object.keys(docs.components.schemas.ExportView.properties)).toEqual(
      expect.arrayContaining(['id', 'status', 'format', 'filters', 'rowsDone', 'rowsTotal', 'percent', 'createdAt', 'downloadPath']),
    );
  });

  it('is for leads and admins only, and refuses a range that ends before it starts', async () => {
    expect((await as(reviewers[0]!).get('/api/reports/summary')).status).toBe(403);
    const admin = await stack.createUser(Role.Admin);
    expect((await as(admin).get('/api/reports/summary')).status).toBe(200);
    const bad = await as(lead).get('/api/reports/summary?from=2020-02-01T00:00:00Z&to=2020-01-01T00:00:00Z');
    expect(bad.status).toBe(400);
    expect((await as(lead).get('/api/reports/summary?from=yesterday')).status).toBe(400);
  });
});
