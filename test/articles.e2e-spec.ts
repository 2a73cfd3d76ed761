import request from 'supertest';
import { ArticleStatus, Role } from '@factdesk/database';
import { aleppoFixture, articleInput } from './support/fixtures';
import { TestStack } from './support/harness';

describe('Articles: submit, extract, read', () => {
  let stack: TestStack;
  let key: string;

  beforeAll(async () => {
    stack = await TestStack.create();
    await stack.startApi();
    await stack.startWorker();
    key = (await stack.createUser(Role.Reviewer)).key;
  });

  afterAll(() => stack.destroy());

  const post = (body: unknown) =>
    request(stack.http)
      .post('/api/articles')
      .set('Authorization', `Bearer ${key}`)
      .send(body as object);
  const get = (path: string) => request(stack.http).get(path).set('Authorization', `Bearer ${key}`);

  it('extracts the fixture into claims whose spans point into the article', async () => {
    const body = aleppoFixture();
    const created = await post({
      title: 'Aleppo',
      body,
      url: 'https://example.org/aleppo',
      publisher: 'Example',
      language: 'en',
      publishedAt: '2016-12-07T10:00:00Z',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      title: 'Aleppo',
      url: 'https://example.org/aleppo',
      publisher: 'Example',
      language: 'en',
      status: expect.stringMatching(/received|extracting|extracted/),
    });
    expect(created.body.publishedAt).toBe('2016-12-07T10:00:00.000Z');

    await stack.waitForArticle(created.body.id, ArticleStatus.Extracted);
    const read = await get(`/api/articles/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.status).toBe('extracted');
    const claims = read.body.claims as Array<{
      text: string;
      start: number;
      end: number;
      checkworthiness: number;
      checkWorthy: boolean;
      state: string;
      ordinal: number;
    }>;
    expect(claims.length).toBe(23);
    for (const claim of claims) {
      expect(body.slice(claim.start, claim.end)).toBe(claim.text);
      expect(claim.checkworthiness).toBeGreaterThanOrEqual(0);
      expect(claim.checkworthiness).toBeLessThanOrEqual(1);
      expect(claim.state).toBe(claim.checkWorthy ? 'ready' : 'not_checkworthy');
    }
    expect(claims.map((claim) => claim.ordinal)).toEqual(claims.map((_, index) => index));
    const konashenkov = claims.find((claim) => claim.text.includes('Igor Konashenkov said on Tuesday'));
    expect(konashenkov?.text.startsWith('Those Syrians had been serving as human shields')).toBe(true);
    expect(claims.some((claim) => claim.checkWorthy)).toBe(true);
    expect(claims.some((claim) => !claim.checkWorthy)).toBe(true);

    // The engine's analysis is stored with each claim.
    const quoted = read.body.claims.find((claim: { text: string }) => claim.text.startsWith('Many of them at long last'));
    expect(quoted.attribution).toMatchObject({
      speaker: 'Igor Konashenkov',
      role: 'spokesman',
      organisation: 'Russian Defense Ministry',
      source: { id: 'russian-ministry-of-defence' },
    });
    const counted = read.body.claims.find((claim: { text: string }) => claim.text.startsWith('3,179 people'));
    expect(counted.quantities).toEqual(expect.arrayContaining([expect.objectContaining({ value: 3179, counted: 'people' })]));
    const [source] = await stack.dataSource().query(`SELECT kind, country FROM sources WHERE slug = 'russian-ministry-of-defence'`);
    expect(source).toEqual({ kind: 'military', country: 'RU' });
    expect(read.body.conflicts).toHaveLength(2);
    for (const conflict of read.body.conflicts) {
      expect(conflict).toMatchObject({
        status: 'proposed',
        origin: 'extraction',
        description: expect.stringContaining('Russian Ministry of Defence'),
      });
      expect(
        conflict.sides.every((side: { claimId: string | null }) =>
          claims.some((claim) => (claim as unknown as { id: string }).id === side.claimId),
        ),
      ).toBe(true);
    }
  });

  it('links the same claim, reworded in another article, to the earlier one', async () => {
    const first = await post({
      title: 'Corridors',
      body: '3,179 people, including 1,519 children, have left eastern Aleppo through humanitarian corridors, the Russian Reconciliation Center said on Monday.',
    });
    await stack.waitForArticle(first.body.id, ArticleStatus.Extracted);
    const second = await post({
      title: 'Corridors again',
      body: 'The Russian Reconciliation Center said 3,179 people including 1,519 children left eastern Aleppo via humanitarian corridors on Monday.',
    });
    await stack.waitForArticle(second.body.id, ArticleStatus.Extracted);
    const rows = await stack.dataSource().query(
      `SELECT m.similarity, m.status, a.article_id AS matched_article FROM claim_matches m
       JOIN claims c ON c.id = m.claim_id JOIN claims a ON a.id = m.matched_claim_id WHERE c.article_id = $1`,
      [second.body.id],
    );
    // The Aleppo fixture, posted earlier in this file, carries the same claim too.
    const toFirst = rows.find((row: { matched_article: string }) => row.matched_article === first.body.id);
    expect(toFirst?.similarity).toBeGreaterThanOrEqual(0.4);
    expect(rows.every((row: { matched_article: string }) => row.matched_article !== second.body.id)).toBe(true);
  });

  it('returns the existing article for the same content or re-wrapped content, and new text at the same URL as its next revision', async () => {
    const input = articleInput({ url: 'https://news.example/a?id=7&utm_source=feed' });
    const first = await post(input);
    expect(first.status).toBe(201);

    const again = await post(input);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);

    const rewrapped = await post({ ...input, url: undefined, body: `  ${String(input.body).replace(/ /g, '\n')}  ` });
    expect(rewrapped.status).toBe(200);
    expect(rewrapped.body.id).toBe(first.body.id);

    const sameUrl = await post(articleInput({ url: 'https://NEWS.example/a?id=7#comments' }));
    expect(sameUrl.status).toBe(201);
    expect(sameUrl.body).toMatchObject({ id: first.body.id, revision: 2, outcome: 'revised' });
  });

  it('stores one article when the same content is posted concurrently', async () => {
    const input = articleInput();
    const responses = await Promise.all(Array.from({ length: 8 }, () => post(input)));
    expect(responses.filter((response) => response.status === 201)).toHaveLength(1);
    expect(responses.filter((response) => response.status === 200)).toHaveLength(7);
    expect(new Set(responses.map((response) => response.body.id)).size).toBe(1);
  });

  it('lists articles newest first with a cursor that walks every page once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) ids.push((await post(articleInput({ publisher: 'Paging Times' }))).body.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: request.Response = await get(`/api/articles?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((item: { id: string }) => item.id));
      cursor = page.body.nextCursor;
      pages += 1;
    } while (cursor && pages < 50);
    expect(new Set(seen).size).toBe(seen.length);
    const positions = ids.map((id) => seen.indexOf(id));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => b - a)).toEqual(positions);
  });

  it('rejects a cursor it did not issue with 400', async () => {
    const response = await get('/api/articles?cursor=not-a-cursor');
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/cursor/);
  });

  it('answers 404 for an unknown or malformed article id', async () => {
    expect((await get('/api/articles/00000000-0000-0000-0000-000000000000')).status).toBe(404);
    expect((await get('/api/articles/not-a-uuid')).status).toBe(404);
  });

  it('answers 400 listing each bad field, and stores nothing', async () => {
    const before = await stack.dataSource().query('SELECT count(*)::int AS n FROM articles');
    const response = await post({ title: 123, body: '   ', url: 'ftp://x', language: 'english', publishedAt: 'yesterday', extra: true });
    expect(response.status).toBe(400);
    const fields = (response.body.errors as Array<{ field: string }>).map((error) => error.field).sort();
    expect(fields).toEqual(['body', 'extra', 'language', 'publishedAt', 'title', 'url']);
    expect(JSON.stringify(response.body)).not.toMatch(/\s+at\s/);
    const after = await stack.dataSource().query('SELECT count(*)::int AS n FROM articles');
    expect(after[0].n).toBe(before[0].n);
  });

  it('answers 400 with JSON for a malformed JSON body', async () => {
    const response = await request(stack.http)
      .post('/api/articles')
      .set('Authorization', `Bearer ${key}`)
      .set('Content-Type', 'application/json')
      .send('{"title": "broken');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request', message: expect.stringMatching(/JSON/) });
  });

  it('answers 413 for a body over 1 MB', async () => {
    const response = await post({ title: 'Too big', body: 'a. '.repeat(400_000) });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ statusCode: 413, message: expect.stringMatching(/1 MB/) });
  });
});
