import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { AuditLogEntity, OutboxEventEntity, Role, VERDICT_TRANSITIONS, VerdictState } from '@factdesk/database';
import { TestStack } from './support/harness';
import { clientFor, TestUser } from './support/http-client';
import { emptyQueue, seedReadyClaims } from './support/queue-fixtures';

/** Records that cannot be rewritten: versioned evidence, soft deletes, verdicts and their history guarded by the database. */
describe('Records that cannot be rewritten', () => {
  let stack: TestStack;
  let as: ReturnType<typeof clientFor>;
  let lead: TestUser;

  beforeAll(async () => {
    stack = await TestStack.create();
    await stack.startApi();
    as = clientFor(stack);
    lead = await stack.createUser(Role.Lead);
  });

  afterEach(() => emptyQueue(stack.api!));
  afterAll(() => stack.destroy());

  /** One fresh claim, leased by a new reviewer. */
  async function leasedClaim(): Promise<{ claimId: string; reviewer: TestUser }> {
    const [claim] = await seedReadyClaims(stack.api!, 1);
    const reviewer = await stack.createUser(Role.Reviewer);
    const leased = await as(reviewer).post('/api/queue/next');
    expect(leased.body.claim.id).toBe(claim!.id);
    return { claimId: claim!.id, reviewer };
  }

  function addEvidence(user: TestUser, claimId: string, fields: Record<string, string>) {
    return as(user).post(`/api/claims/${claimId}/evidence`, { title: 'A report', publisher: 'Example', stance: 'supports', ...fields });
  }

  /** A verdict rated `true` on a fresh claim, submitted, approved and published. */
  async function publishedVerdict(evidence?: Record<string, string>) {
    const { claimId, reviewer } = await leasedClaim();
    const cited = evidence ? await addEvidence(reviewer, claimId, evidence) : undefined;
    const verdict = await as(reviewer).post(`/api/claims/${claimId}/verdicts`, {
      rating: 'true',
      rationale: 'Matches the record.',
      evidenceIds: cited ? [cited.body.id] : [],
      submit: true,
    });
    expect(verdict.body).toMatchObject({ state: 'submitted', needsSecondReview: false });
    expect((await as(lead).post(`/api/verdicts/${verdict.body.id}/approve`)).status).toBe(200);
    expect((await as(lead).post(`/api/verdicts/${verdict.body.id}/publish`)).body.state).toBe('published');
    return { claimId, reviewer, verdictId: verdict.body.id as string, evidenceId: cited?.body.id as string | undefined };
  }

  const outbox = (type: string, aggregateId: string) =>
    stack
      .dataSource()
      .getRepository(OutboxEventEntity)
      .findBy({ type: type as never, aggregateId });
  const audit = (action: string, entityId: string) => stack.dataSource().getRepository(AuditLogEntity).findBy({ action, entityId });

  it('edits cited evidence as a new version: the verdict still shows the version it cited', async () => {
    const { claimId, reviewer, verdictId, evidenceId } = await publishedVerdict({
      url: 'https://example.org/first',
      excerpt: 'Officials counted 12 convoys.',
      stance: 'supports',
    });
    const edited = await as(reviewer).patch(`/api/evidence/${evidenceId}`, {
      url: 'https://example.org/second',
      excerpt: 'Officials later counted 9 convoys.',
      stance: 'refutes',
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ rootId: evidenceId, version: 2, url: 'https://example.org/second', supersededAt: null });
    expect(edited.body.id).not.toBe(evidenceId);

    // The verdict reads exactly what it cited; the claim shows the new version.
    const verdict = await as(reviewer).get(`/api/verdicts/${verdictId}`);
    expect(verdict.body.evidenceIds).toEqual([evidenceId]);
    expect(verdict.body.evidence).toEqual([
      expect.objectContaining({
        id: evidenceId,
        version: 1,
        url: 'https://example.org/first',
        excerpt: 'Officials counted 12 convoys.',
        stance: 'supports',
        supersededById: edited.body.id,
      }),
    ]);
    const onClaim = await as(reviewer).get(`/api/claims/${claimId}/evidence`);
    expect(onClaim.body.map((item: { id: string; url: string }) => [item.id, item.url])).toEqual([
      [edited.body.id, 'https://example.org/second'],
    ]);
    const detail = await as(reviewer).get(`/api/claims/${claimId}`);
    expect(detail.body.verdicts[0].evidence[0]).toMatchObject({ id: evidenceId, url: 'https://example.org/first' });

    // Both versions stay readable; only the current one can be edited.
    const versions = await as(reviewer).get(`/api/evidence/${edited.body.id}/versions`);
    expect(versions.body.map((item: { version: number; url: string }) => [item.version, item.url])).toEqual([
      [1, 'https://example.org/first'],
      [2, 'https://example.org/second'],
    ]);
    const stale = await as(reviewer).patch(`/api/evidence/${evidenceId}`, { title: 'Again' });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toContain(edited.body.id);
    const [edit] = await audit('evidence.updated', evidenceId!);
    expect(edit!.details).toMatchObject({ previousId: evidenceId, versionId: edited.body.id, before: { stance: 'supports' } });
  });

  it('deletes evidence softly with a reason, hides it from the list, and marks the conflict that rested on it', async () => {
    const { claimId, reviewer } = await leasedClaim();
    const supports = await addEvidence(reviewer, claimId, { url: 'https://www.reuters.com/a', publisher: 'Reuters', stance: 'supports' });
    const refutes = await addEvidence(reviewer, claimId, { url: 'https://tass.com/b', publisher: 'TASS', stance: 'refutes' });
    const [conflict] = (await as(reviewer).get(`/api/claims/${claimId}`)).body.conflicts as Array<{ id: string; status: string }>;
    expect(conflict).toMatchObject({ status: 'proposed' });
    expect((await as(reviewer).post(`/api/conflicts/${conflict!.id}/confirm`, { note: 'They disagree.' })).status).toBe(200);

    expect((await as(reviewer).delete(`/api/evidence/${refutes.body.id}`, {})).status).toBe(400);
    const deleted = await as(reviewer).delete(`/api/evidence/${refutes.body.id}`, { reason: 'The page was taken down' });
    expect(deleted.body).toMatchObject({ deletedBy: reviewer.id, deletedReason: 'The page was taken down', deletedAt: expect.any(String) });

    const list = await as(reviewer).get(`/api/claims/${claimId}/evidence`);
    expect(list.body.map((item: { id: string }) => item.id)).toEqual([supports.body.id]);
    const all = await as(reviewer).get(`/api/claims/${claimId}/evidence?includeDeleted=true`);
    expect(all.body.map((item: { id: string }) => item.id).sort()).toEqual([supports.body.id, refutes.body.id].sort());
    expect((await as(reviewer).get(`/api/evidence/${refutes.body.id}`)).body.deletedReason).toBe('The page was taken down');

    // The conflict says so; with one side left standing it needs a person's decision again.
    const rechecked = await as(reviewer).get(`/api/conflicts/${conflict!.id}`);
    expect(rechecked.body).toMatchObject({ status: 'proposed', evidenceWithdrawn: true, decidedBy: null });
    expect(rechecked.body.recheckNote).toMatch(/The page was taken down.*1 of 2 sides still stand.*decide again/);
    expect(
      rechecked.body.sides
        .map((side: { evidenceId: string; evidenceWithdrawn: boolean }) => [side.evidenceId, side.evidenceWithdrawn])
        .sort(),
    ).toEqual(
      [
        [supports.body.id, false],
        [refutes.body.id, true],
      ].sort(),
    );
    expect(await audit('conflict.rechecked', conflict!.id)).toEqual([
      expect.objectContaining({
        actorId: reviewer.id,
        details: expect.objectContaining({ previousStatus: 'confirmed', status: 'proposed' }),
      }),
    ]);
    expect(await outbox('conflict.rechecked', conflict!.id)).toEqual([
      expect.objectContaining({ payload: expect.objectContaining({ status: 'proposed', evidenceWithdrawn: true }) }),
    ]);

    // Deleted evidence cannot be cited.
    const citing = await as(reviewer).post(`/api/claims/${claimId}/verdicts`, {
      rating: 'true',
      rationale: 'Reuters confirms it.',
      evidenceIds: [supports.body.id, refutes.body.id],
    });
    expect(citing.status).toBe(400);
    expect(citing.body.errors).toEqual([expect.objectContaining({ field: 'evidenceIds', ids: [refutes.body.id] })]);
  });

  it('refuses evidenceIds that are unknown or belong to another claim, listing them', async () => {
    const [other] = await seedReadyClaims(stack.api!, 1, { checkworthiness: [0.1] });
    const foreign = await addEvidence(lead, other!.id, { url: 'https://example.org/elsewhere' });
    expect(foreign.status).toBe(201);
    const { claimId, reviewer } = await leasedClaim();
    const own = await addEvidence(reviewer, claimId, { url: 'https://example.org/here' });
    const unknown = randomUUID();

    const refused = await as(reviewer).post(`/api/claims/${claimId}/verdicts`, {
      rating: 'true',
      rationale: 'Matches.',
      evidenceIds: [own.body.id, foreign.body.id, unknown],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('verdict.bad_evidence');
    expect(refused.body.message).toContain(foreign.body.id);
    expect(refused.body.message).toContain(unknown);
    expect(refused.body.message).not.toContain(own.body.id);
    expect(refused.body.errors[0]).toMatchObject({ field: 'evidenceIds', ids: [foreign.body.id, unknown] });
    expect(refused.body.errors[0].reasons).toEqual([
      { id: foreign.body.id, reason: 'other_claim' },
      { id: unknown, reason: 'unknown' },
    ]);

    // The same rule for a revision.
    const draft = await as(reviewer).post(`/api/claims/${claimId}/verdicts`, {
      rating: 'true',
      rationale: 'Matches.',
      evidenceIds: [own.body.id],
    });
    expect(draft.status).toBe(201);
    const revised = await as(reviewer).patch(`/api/verdicts/${draft.body.id}`, { evidenceIds: [unknown] });
    expect(revised.status).toBe(400);
    expect(revised.body.errors[0].ids).toEqual([unknown]);
  });

  it('records sides added to an open conflict in the audit log and the outbox', async () => {
    const { claimId, reviewer } = await leasedClaim();
    await addEvidence(reviewer, claimId, { url: 'https://www.reuters.com/c', publisher: 'Reuters', stance: 'supports' });
    await addEvidence(reviewer, claimId, { url: 'https://tass.com/d', publisher: 'TASS', stance: 'refutes' });
    const [conflict] = (await as(reviewer).get(`/api/claims/${claimId}`)).body.conflicts as Array<{ id: string; sides: unknown[] }>;
    expect(conflict!.sides).toHaveLength(2);

    const third = await addEvidence(reviewer, claimId, { url: 'https://apnews.com/e', publisher: 'AP', stance: 'refutes' });
    const grown = await as(reviewer).get(`/api/conflicts/${conflict!.id}`);
    expect(grown.body.sides.map((side: { evidenceId: string }) => side.evidenceId)).toContain(third.body.id);
    expect(await audit('conflict.sides_added', conflict!.id)).toEqual([
      expect.objectContaining({ details: expect.objectContaining({ sides: [expect.objectContaining({ evidenceId: third.body.id })] }) }),
    ]);
    expect(await outbox('conflict.sides_added', conflict!.id)).toEqual([
      expect.objectContaining({ payload: expect.objectContaining({ conflictId: conflict!.id, claimId, sides: [expect.anything()] }) }),
    ]);
    // Editing a link already in the conflict adds no side for its new version.
    await as(reviewer).patch(`/api/evidence/${third.body.id}`, { title: 'AP, read again' });
    expect((await as(reviewer).get(`/api/conflicts/${conflict!.id}`)).body.sides).toHaveLength(3);
  });

  it('submits a correction to a rating that needs a second review; the published version stays until it is published', async () => {
    const { verdictId } = await publishedVerdict();
    const correction = await as(lead).post(`/api/verdicts/${verdictId}/corrections`, {
      rating: 'false',
      rationale: 'The convoy log was forged.',
      note: 'Rating changed to false after the log was found forged.',
    });
    expect(correction.status).toBe(201);
    expect(correction.body).toMatchObject({ state: 'submitted', needsSecondReview: true, supersedesId: verdictId, version: 2 });
    expect((await as(lead).get(`/api/verdicts/${verdictId}`)).body.state).toBe('published');
    expect(await outbox('verdict.corrected', correction.body.id)).toEqual([]);
    expect((await as(lead).post(`/api/verdicts/${verdictId}/corrections`, { rating: 'mixed', rationale: 'x', note: 'y' })).status).toBe(
      409,
    );
    expect((await as(lead).post(`/api/verdicts/${correction.body.id}/publish`)).status).toBe(409);

    // Someone other than the lead who wrote it approves it; publishing it supersedes the old version.
    const second = await stack.createUser(Role.Reviewer);
    const waiting = await as(second).get('/api/verdicts?state=submitted&limit=100');
    expect(waiting.body.items.map((verdict: { id: string }) => verdict.id)).toContain(correction.body.id);
    expect((await as(lead).post(`/api/verdicts/${correction.body.id}/approve`)).status).toBe(403);
    expect((await as(second).post(`/api/verdicts/${correction.body.id}/approve`)).status).toBe(200);
    expect((await as(lead).get(`/api/verdicts/${verdictId}`)).body.state).toBe('published');
    expect((await as(lead).post(`/api/verdicts/${correction.body.id}/publish`)).body.state).toBe('published');
    const old = await as(lead).get(`/api/verdicts/${verdictId}`);
    expect(old.body.state).toBe('superseded');
    expect(old.body.history.at(-1)).toMatchObject({ to: 'superseded', reason: expect.stringMatching(/^corrected by version 2/) });
    expect(await outbox('verdict.corrected', correction.body.id)).toEqual([
      expect.objectContaining({ payload: expect.objectContaining({ corrects: verdictId, rating: 'false' }) }),
    ]);

    // A correction to a rating that needs no second review is published at once, as before.
    const mixed = await as(lead).post(`/api/verdicts/${correction.body.id}/corrections`, {
      rating: 'mixed',
      rationale: 'Part of the log was genuine.',
      note: 'Rating changed to mixed.',
    });
    expect(mixed.body).toMatchObject({ state: 'published', version: 3 });
    expect((await as(lead).get(`/api/verdicts/${correction.body.id}`)).body.state).toBe('superseded');
    expect(await outbox('verdict.corrected', mixed.body.id)).toHaveLength(1);
  });

  it('refuses, in the database, rewriting or deleting verdicts and deleting the history under an article', async () => {
    const { claimId, verdictId, evidenceId } = await publishedVerdict({ url: 'https://example.org/kept' });
    const db = stack.dataSource();
    await expect(db.query(`UPDATE verdicts SET rationale = 'Rewritten' WHERE id = $1`, [verdictId])).rejects.toThrow(/cannot be rewritten/);
    await expect(db.query(`UPDATE verdicts SET rating = 'false' WHERE id = $1`, [verdictId])).rejects.toThrow(/cannot be rewritten/);
    await expect(db.query(`UPDATE verdicts SET published_at = now() WHERE id = $1`, [verdictId])).rejects.toThrow(/lifecycle/);
    await expect(db.query(`UPDATE verdicts SET state = 'draft' WHERE id = $1`, [verdictId])).rejects.toThrow(/not a step/);
    await expect(db.query(`DELETE FROM verdicts WHERE id = $1`, [verdictId])).rejects.toThrow(/DELETE of verdict/);
    await expect(db.query(`DELETE FROM verdict_transitions WHERE verdict_id = $1`, [verdictId])).rejects.toThrow(/keeps its history/);
    await expect(db.query(`UPDATE verdict_transitions SET reason = 'x' WHERE verdict_id = $1`, [verdictId])).rejects.toThrow(
      /keeps its history/,
    );
    await expect(db.query(`DELETE FROM evidence WHERE id = $1`, [evidenceId])).rejects.toThrow(/keeps its history/);
    const [{ article_id: articleId }] = (await db.query(`SELECT article_id FROM claims WHERE id = $1`, [claimId])) as Array<{
      article_id: string;
    }>;
    await expect(db.query(`DELETE FROM articles WHERE id = $1`, [articleId])).rejects.toThrow(/foreign key/);
    await expect(db.query(`DELETE FROM claims WHERE id = $1`, [claimId])).rejects.toThrow(/foreign key/);
    // A user who never did anything but hold a key: deleting them would erase which keys existed.
    const keyHolder = await stack.createUser(Role.Reviewer);
    await expect(db.query(`DELETE FROM users WHERE id = $1`, [keyHolder.id])).rejects.toThrow(/foreign key/);
    const [row] = (await db.query(`SELECT state, rationale FROM verdicts WHERE id = $1`, [verdictId])) as Array<{ state: string }>;
    expect(row).toEqual({ state: 'published', rationale: 'Matches the record.' });
  });

  it('lets a verdict change state in the database exactly along VERDICT_TRANSITIONS', async () => {
    const [claim] = await seedReadyClaims(stack.api!, 1);
    const author = await stack.createUser(Role.Reviewer);
    const db = stack.dataSource();
    const states = Object.values(VerdictState);
    const allowed: string[] = [];
    let version = 0;
    for (const from of states) {
      for (const to of states) {
        if (from === to) continue;
        version += 1;
        const [{ id }] = (await db.query(
          `INSERT INTO verdicts (claim_id, version, author_id, rating, rationale, state, submitted_at)
           VALUES ($1, $2, $3, 'true', 'Walking the lifecycle.', $4, CASE WHEN $5 THEN NULL ELSE now() END) RETURNING id`,
          [claim!.id, version, author.id, from, from === VerdictState.Draft],
        )) as Array<{ id: string }>;
        const moved = await db.query(`UPDATE verdicts SET state = $2 WHERE id = $1`, [id, to]).then(
          () => true,
          () => false,
        );
        if (moved) allowed.push(`${from}->${to}`);
      }
    }
    expect(allowed.sort()).toEqual(VERDICT_TRANSITIONS.map(([from, to]) => `${from}->${to}`).sort());
  });

  it('pages GET /api/verdicts newest first, every verdict once, across pages and with filters', async () => {
    const claims = await seedReadyClaims(stack.api!, 3, { enqueue: false });
    const author = await stack.createUser(Role.Reviewer);
    const db = stack.dataSource();
    // 24 verdicts, half of them sharing one created_at: the cursor must break ties by id.
    for (let i = 0; i < 24; i += 1) {
      await db.query(
        `INSERT INTO verdicts (claim_id, version, author_id, rating, rationale, state, created_at)
         VALUES ($1, $2, $3, 'true', 'Seeded.', 'draft', CASE WHEN $4 THEN '2030-01-01T00:00:00Z'::timestamptz ELSE now() END)`,
        [claims[i % 3]!.id, Math.floor(i / 3) + 1, author.id, i % 2 === 0],
      );
    }
    const walk = async (query: string) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page = await as(lead).get(`/api/verdicts?limit=7${query}${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.status).toBe(200);
        expect(page.body.items.length).toBeLessThanOrEqual(7);
        seen.push(...page.body.items.map((verdict: { id: string }) => verdict.id));
        cursor = page.body.nextCursor;
        pages += 1;
      } while (cursor);
      return { seen, pages };
    };

    const everything = await walk('');
    const expected = (await db.query(`SELECT id FROM verdicts ORDER BY created_at DESC, id DESC`)) as Array<{ id: string }>;
    expect(everything.pages).toBeGreaterThan(3);
    expect(everything.seen).toEqual(expected.map((row) => row.id));
    expect(new Set(everything.seen).size).toBe(everything.seen.length);

    const byAuthor = await walk(`&authorId=${author.id}&state=draft`);
    expect(byAuthor.seen).toHaveLength(24);
    expect(new Set(byAuthor.seen).size).toBe(24);
    const byClaim = await walk(`&claimId=${claims[0]!.id}`);
    expect(byClaim.seen).toHaveLength(8);

    expect((await as(lead).get('/api/verdicts?cursor=nonsense')).status).toBe(400);
    expect((await as(lead).get('/api/verdicts?limit=101')).status).toBe(400);
  });

  it('documents the new fields and parameters in OpenAPI', async () => {
    const docs = (await request(stack.http).get('/docs/json')).body;
    const params = (docs.paths['/api/verdicts'].get.parameters as Array<{ name: string }>).map((param) => param.name);
    expect(params).toEqual(expect.arrayContaining(['state', 'claimId', 'authorId', 'limit', 'cursor']));
    expect(Object.keys(docs.components.schemas.VerdictPageView.properties)).toEqual(['items', 'nextCursor']);
    expect(Object.keys(docs.components.schemas.VerdictWithHistoryView.properties)).toContain('evidence');
    expect(Object.keys(docs.components.schemas.EvidenceView.properties)).toEqual(
      expect.arrayContaining(['rootId', 'version', 'supersededAt', 'supersededById', 'deletedBy', 'deletedReason']),
    );
    expect(Object.keys(docs.components.schemas.ConflictView.properties)).toEqual(
      expect.arrayContaining(['evidenceWithdrawn', 'recheckNote']),
    );
    expect(Object.keys(docs.paths)).toEqual(expect.arrayContaining(['/api/evidence/{id}', '/api/evidence/{id}/versions']));
  });
});
