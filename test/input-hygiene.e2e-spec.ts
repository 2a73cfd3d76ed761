import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ArticleStatus, AuditLogEntity, ClaimState, Role } from '@factdesk/database';
import { REVIEW_QUEUE } from '@factdesk/jobs';
import { ReviewQueueOrder, ReviewQueueReconciler } from '@factdesk/review-queue';
import { articleInput } from './support/fixtures';
import { TestStack } from './support/harness';
import { clientFor, TestUser } from './support/http-client';
import { runEntry } from './support/processes';
import { emptyQueue, seedReadyClaims } from './support/queue-fixtures';

const GERMAN = `Das Auswärtige Amt in Berlin hat Damaskus, Moskau und Teheran für das Leid der Zivilbevölkerung in Aleppo verantwortlich gemacht.
Nach Angaben der Vereinten Nationen haben in den vergangenen 24 Stunden mehr als 3.000 Menschen die östlichen Stadtteile verlassen.
„Die Lage ist katastrophal“, sagte ein Sprecher des Ministeriums am Mittwoch vor Journalisten in Berlin.
Die Regierung in Damaskus erklärte dagegen, die Angriffe auf die Stadt seien bereits Mitte Oktober eingestellt worden.`;

describe('Input that is not an article', () => {
  let stack: TestStack;
  let as: ReturnType<typeof clientFor>;
  let reviewer: TestUser;
  let lead: TestUser;

  const articleCount = async (): Promise<number> =>
    (await stack.dataSource().query(`SELECT count(*)::int AS n FROM articles`))[0].n as number;

  beforeAll(async () => {
    stack = await TestStack.create();
    await stack.startApi();
    await stack.startWorker();
    as = clientFor(stack);
    reviewer = await stack.createUser(Role.Reviewer);
    lead = await stack.createUser(Role.Lead);
  });

  afterAll(() => stack.destroy());

  describe('a NUL character', () => {
    it.each([
      ['title', { title: 'Aleppo\u0000 evacuation' }],
      ['body', { body: 'The ministry said 3,179 people left.\u0000 Officials expect more.' }],
      ['url', { url: 'https://example.org/news/aleppo\u0000' }],
      ['publisher', { publisher: 'R\u0000T' }],
    ])('in an article’s %s is a 400 naming the field, and nothing is stored', async (field, override) => {
      const before = await articleCount();
      const response = await as(reviewer).post('/api/articles', articleInput(override));
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'input.nul_character', message: `body.${field} contains a NUL character` });
      expect(response.body.errors).toEqual([{ field: `body.${field}`, problems: [`body.${field} contains a NUL character`] }]);
      expect(await articleCount()).toBe(before);
    });

    it('in an evidence excerpt or a verdict rationale is a 400 naming the field; the same request without it succeeds', async () => {
      await emptyQueue(stack.api!);
      const [claim] = await seedReadyClaims(stack.api!, 1);
      const leased = await as(reviewer).post('/api/queue/next');
      expect(leased.status).toBe(200);
      expect(leased.body.claim.id).toBe(claim!.id);

      const evidence = { url: 'https://example.org/report', title: 'A report', publisher: 'Example', stance: 'supports' };
      const badEvidence = await as(reviewer).post(`/api/claims/${claim!.id}/evidence`, { ...evidence, excerpt: 'It said\u0000 so.' });
      expect(badEvidence.status).toBe(400);
      expect(badEvidence.body.message).toBe('body.excerpt contains a NUL character');
      expect((await as(reviewer).post(`/api/claims/${claim!.id}/evidence`, { ...evidence, excerpt: 'It said so.' })).status).toBe(201);

      const badVerdict = await as(reviewer).post(`/api/claims/${claim!.id}/verdicts`, {
        rating: 'true',
        rationale: 'Checked\u0000 twice.',
      });
      expect(badVerdict.status).toBe(400);
      expect(badVerdict.body.message).toBe('body.rationale contains a NUL character');
      expect((await as(reviewer).post(`/api/claims/${claim!.id}/verdicts`, { rating: 'true', rationale: 'Checked twice.' })).status).toBe(
        201,
      );
    });

    it('in a query parameter or a route parameter is a 400 naming it', async () => {
      const query = await as(reviewer).get('/api/claims?desk=world%00');
      expect(query.status).toBe(400);
      expect(query.body.message).toBe('query.desk contains a NUL character');
      const param = await as(reviewer).get('/api/articles/%00');
      expect(param.status).toBe(400);
      expect(param.body.message).toBe('params.id contains a NUL character');
    });
  });

  describe('a body that is not text', () => {
    it('random bytes are a 422 saying why, whether they hold NULs or not, and nothing is stored', async () => {
      const before = await articleCount();
      const bytes = randomBytes(100_000);
      const withNuls = await as(reviewer).post('/api/articles', { title: 'Upload', body: bytes.toString('latin1') });
      expect(withNuls.status).toBe(422);
      expect(withNuls.body.message).toMatch(
        /^body\.body does not look like text: \d+% of characters are control or replacement characters$/,
      );

      const withoutNuls = await as(reviewer).post('/api/articles', {
        title: 'Upload',
        body: bytes.toString('utf8').split('\u0000').join(''),
      });
      expect(withoutNuls.status).toBe(422);
      expect(withoutNuls.body).toMatchObject({ code: 'article.not_text' });
      expect(withoutNuls.body.message).toMatch(/^body does not look like text: \d+% of characters are control or replacement characters$/);

      const base64 = await as(reviewer).post('/api/articles', { title: 'Attachment', body: bytes.toString('base64') });
      expect(base64.status).toBe(422);
      expect(base64.body.message).toMatch(/base64 or hex/);
      expect(await articleCount()).toBe(before);
    });

    it('the CLI import reports such lines as rejected and imports the rest; `extract` on a binary file exits non-zero', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'factdesk-input-'));
      const file = join(dir, 'mixed.ndjson');
      writeFileSync(
        file,
        [
          JSON.stringify(articleInput({ title: 'Fine' })),
          JSON.stringify(articleInput({ title: 'Bad\u0000title' })),
          JSON.stringify({
            title: 'Binary',
            body: randomBytes(20_000).toString('utf8').split('\u0000').join(''),
          }),
        ].join('\n'),
      );
      const imported = await runEntry('apps/cli/src/main.ts', ['import', file, '--no-progress'], stack.processEnv);
      expect(imported.code).toBe(0);
      expect(imported.stdout).toContain('line 2: rejected: title contains a NUL character');
      expect(imported.stdout).toMatch(
        /line 3: rejected: body does not look like text: \d+% of characters are control or replacement characters/,
      );
      expect(imported.stdout.trimEnd().split('\n').at(-1)).toBe('imported 1, duplicates 0, rejected 2');

      const binary = join(dir, 'photo.jpg');
      writeFileSync(binary, randomBytes(50_000));
      const extracted = await runEntry('apps/cli/src/extract.ts', [binary], stack.processEnv);
      expect(extracted.code).not.toBe(0);
      expect(extracted.stdout).toBe('');
      expect(extracted.stderr).toMatch(/photo\.jpg does not look like text: \d+% of characters are control or replacement characters/);
    });
  });

  describe('an article in a language outside SUPPORTED_LANGUAGES (en)', () => {
    it('is extracted, but its claims wait as unsupported_language, out of the queue, until a lead queues one by hand', async () => {
      await emptyQueue(stack.api!);
      const submitted = await as(reviewer).post('/api/articles', { title: 'Aleppo (de)', body: GERMAN });
      expect(submitted.status).toBe(201);
      const english = await as(reviewer).post('/api/articles', articleInput());
      await stack.waitForArticle(submitted.body.id, ArticleStatus.Extracted);
      await stack.waitForArticle(english.body.id, ArticleStatus.Extracted);

      const article = await as(reviewer).get(`/api/articles/${submitted.body.id}`);
      expect(article.body.detectedLanguage).toBe('de');
      const claims = article.body.claims as Array<{ id: string; state: string; checkWorthy: boolean }>;
      expect(claims.length).toBeGreaterThan(2);
      expect(claims.some((claim) => claim.checkWorthy)).toBe(true);
      expect(new Set(claims.map((claim) => claim.state))).toEqual(new Set([ClaimState.UnsupportedLanguage]));

      // Not in BullMQ, not even after a reconciliation, and never leased (the English claims are out of the way).
      await stack.dataSource().query(`UPDATE claims SET state = 'pulled' WHERE article_id = $1 AND state = 'ready'`, [english.body.id]);
      await stack.api!.get(ReviewQueueReconciler).reconcile();
      const queued = new Set(await stack.api!.get(ReviewQueueOrder).all());
      expect(claims.filter((claim) => queued.has(claim.id))).toEqual([]);
      const reviewQueue = stack.queue(REVIEW_QUEUE);
      expect(await reviewQueue.getJob(`claim-${claims[0]!.id}`)).toBeUndefined();
      await reviewQueue.close();
      const other = await stack.createUser(Role.Reviewer);
      expect((await as(other).post('/api/queue/next')).status).toBe(204);

      // Visible and filterable, for a lead to route.
      const listed = await as(lead).get('/api/claims?state=unsupported_language&limit=100');
      expect(listed.status).toBe(200);
      expect((listed.body.items as Array<{ id: string }>).map((item) => item.id).sort()).toEqual(claims.map((claim) => claim.id).sort());
      const german = await as(lead).get('/api/articles?language=de');
      expect((german.body.items as Array<{ id: string; detectedLanguage: string }>).map((item) => item.id)).toEqual([submitted.body.id]);

      // A reviewer may not route it; a lead may, and it is audited.
      const worthy = claims.find((claim) => claim.checkWorthy)!;
      expect((await as(reviewer).post(`/api/claims/${worthy.id}/requeue`)).status).toBe(403);
      const routed = await as(lead).post(`/api/claims/${worthy.id}/requeue`);
      expect(routed.status).toBe(200);
      expect(routed.body.state).toBe(ClaimState.Ready);
      const audit = await stack
        .dataSource()
        .getRepository(AuditLogEntity)
        .findOneByOrFail({ action: 'claim.requeued', entityId: worthy.id });
      expect(audit).toMatchObject({ actorId: lead.id, details: { from: ClaimState.UnsupportedLanguage } });
      const next = await as(other).post('/api/queue/next');
      expect(next.status).toBe(200);
      expect(next.body.claim.id).toBe(worthy.id);
    });
  });
});
