import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { In } from 'typeorm';
import { ConflictsService } from '@factdesk/conflicts';
import {
  ArticleAppearanceEntity,
  ArticleEntity,
  ArticleStatus,
  ClaimEntity,
  EvidenceEntity,
  Role,
  SourceEntity,
  UserEntity,
  VerdictEntity,
  VerdictState,
  VerdictTransitionEntity,
} from '@factdesk/database';
import { REPORT_COLUMNS, ReportFiltersDto, ReportFormat, ReportsService } from '@factdesk/reports';
import { RATING_NAME, RATING_VALUE } from '@factdesk/verdicts';
import { aleppoFixture } from './support/fixtures';
import { TestStack } from './support/harness';
import { clientFor, TestUser } from './support/http-client';
import { emptyQueue } from './support/queue-fixtures';
import { seedPublishedVerdicts } from './support/report-fixtures';

/** What a spreadsheet would run as a formula, and how each must come out. */
const INJECTIONS = {
  hyperlink: '=HYPERLINK("http://x","y")',
  plus: '+1',
  minus: '-1+1',
  at: '@SUM(A1)',
  tab: '\tleading tab',
};

type Row = Record<string, any>;

/** A report fetched whole, as a Buffer. */
function fetchReport(stack: TestStack, user: TestUser, query: string) {
  return request(stack.http)
    .get(`/api/reports/verdicts?${query}`)
    .set('Authorization', `Bearer ${user.key}`)
    .buffer(true)
    .parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
}

describe('Verdict reports (GET /api/reports/verdicts)', () => {
  let stack: TestStack;
  let as: ReturnType<typeof clientFor>;
  let lead: TestUser;
  let checker: TestUser;
  let second: TestUser;
  let aleppoId: string;
  let seededArticleId: string;
  let seededClaimId: string;
  let seededSource: SourceEntity;
  const verdictOf: Record<keyof typeof INJECTIONS, string> = {} as never;
  const claimOf: Record<keyof typeof INJECTIONS, string> = {} as never;

  async function reviewNext(
    reviewer: TestUser,
    rating: string,
    rationale: string,
    submit = true,
  ): Promise<{ claimId: string; verdictId: string }> {
    const leased = await as(reviewer).post('/api/queue/next', { desk: 'world' });
    expect(leased.status).toBe(200);
    const claimId = leased.body.claim.id as string;
    const evidence = await as(reviewer).post(`/api/claims/${claimId}/evidence`, {
      url: `https://evidence.example/${claimId}`,
      title: INJECTIONS.at,
      publisher: 'Reuters',
      stance: 'refutes',
    });
    expect(evidence.status).toBe(201);
    const verdict = await as(reviewer).post(`/api/claims/${claimId}/verdicts`, {
      rating,
      rationale,
      evidenceIds: [evidence.body.id],
      submit,
    });
    expect(verdict.status).toBe(201);
    return { claimId, verdictId: verdict.body.id as string };
  }

  async function approveAndPublish(verdictId: string, approver: TestUser): Promise<void> {
    expect((await as(approver).post(`/api/verdicts/${verdictId}/approve`, {})).status).toBe(200);
    expect((await as(lead).post(`/api/verdicts/${verdictId}/publish`)).status).toBe(200);
  }

  beforeAll(async () => {
    stack = await TestStack.create({
      FACTCHECK_ORG_NAME: 'Desk Check',
      FACTCHECK_ORG_URL: 'https://check.example/',
      SECOND_REVIEW_ON_OPEN_CONFLICT: 'false',
    });
    await stack.startApi();
    await stack.startWorker();
    as = clientFor(stack);
    lead = await stack.createUser(Role.Lead, 'Lena Lead');
    checker = await stack.createUser(Role.Reviewer, 'Carl Checker');
    second = await stack.createUser(Role.Reviewer, 'Sam Second');

    // The fixture, seen at two outlets.
    const article = { title: 'Aleppo', body: aleppoFixture(), desk: 'world', language: 'en', publishedAt: '2016-12-07T10:00:00Z' };
    const submitted = await as(checker).post('/api/articles', { ...article, url: 'https://example.org/aleppo', publisher: 'RT' });
    aleppoId = submitted.body.id;
    const appeared = await as(checker).post('/api/articles', { ...article, url: 'https://sputnik.example/aleppo', publisher: 'Sputnik' });
    expect(appeared.body.outcome).toBe('appeared');
    await stack.waitForArticle(aleppoId, ArticleStatus.Extracted);
    await stack.stopWorker();

    // Verdicts through the API: published after a second review; published then corrected
    // (the correction waits); submitted only; published as unverifiable; a draft.
    const hyperlink = await reviewNext(checker, 'false', INJECTIONS.hyperlink);
    await approveAndPublish(hyperlink.verdictId, second);
    const plus = await reviewNext(checker, 'true', INJECTIONS.plus);
    await approveAndPublish(plus.verdictId, lead);
    const minus = await reviewNext(checker, 'mixed', INJECTIONS.minus);
    const tab = await reviewNext(checker, 'unverifiable', 'No record either way.');
    await approveAndPublish(tab.verdictId, lead);
    const at = await reviewNext(second, 'mostly-true', INJECTIONS.at, false);
    // Last, as it puts the claim back in the queue for a second reviewer.
    const correction = await as(lead).post(`/api/verdicts/${plus.verdictId}/corrections`, {
      rating: 'false',
      rationale: 'Recounted: the figure was wrong.',
      note: 'The Red Cross revised its count.',
    });
    expect(correction.body.state).toBe('submitted');
    Object.assign(verdictOf, {
      hyperlink: hyperlink.verdictId,
      plus: plus.verdictId,
      minus: minus.verdictId,
      tab: tab.verdictId,
      at: at.verdictId,
    });
    Object.assign(claimOf, { hyperlink: hyperlink.claimId, plus: plus.claimId, minus: minus.claimId, tab: tab.claimId, at: at.claimId });

    // A seeded article on another desk: a formula-looking speaker and claim, a normalised
    // source, a verdict published in 2020, a confirmed conflict and a dismissed one.
    const db = stack.dataSource();
    seededSource = await db
      .getRepository(SourceEntity)
      .save({ slug: 'seeded-ministry', name: 'Seeded Ministry', kind: 'government' as never, country: 'DE', aliases: [] });
    [{ id: seededArticleId }] = await db.query(
      `INSERT INTO articles (title, body, content_hash, status, desk, publisher, url, published_at)
       VALUES ('+Seeded, "quoted" title', 'Body.', 'seeded-report', 'extracted', 'politics', 'Example Times', 'https://times.example/a', '2020-01-01T00:00:00Z')
       RETURNING id`,
    );
    await db.query(
      `INSERT INTO article_appearances (article_id, url, publisher, title, revision) VALUES ($1, 'https://times.example/a', 'Example Times', 'Seeded', 1)`,
      [seededArticleId],
    );
    [{ id: seededClaimId }] = await db.query(
      `INSERT INTO claims (article_id, ordinal, text, span_start, span_end, sentence_index, checkworthiness, check_worthy, state, desk,
                           attribution, source_id, queued_at, created_at)
       VALUES ($1, 0, '-5 percent, said the ministry, "line one"' || chr(10) || 'line two', 0, 4, 0, 0.9, true, 'reviewed', 'politics',
               $2, $3, '2020-01-02T00:00:00Z', '2020-01-02T00:00:00Z') RETURNING id`,
      [seededArticleId, { speaker: INJECTIONS.at, role: '=spokesman', organisation: 'Seeded Ministry', outlet: 'Wire' }, seededSource.id],
    );
    await db.query(
      `INSERT INTO verdicts (claim_id, version, author_id, rating, rationale, state, submitted_at, published_at, created_at)
       VALUES ($1, 1, $2, 'mostly-false', $3, 'published', '2020-01-03T00:00:00Z', '2020-01-04T00:00:00Z', '2020-01-03T00:00:00Z')`,
      [seededClaimId, checker.id, `${INJECTIONS.tab}, checked, with a comma`],
    );
    for (const [status, description] of [
      ['confirmed', 'Ministries disagree'],
      ['dismissed', 'Not a real conflict'],
    ]) {
      const [{ id }] = await db.query(
        `INSERT INTO conflicts (claim_id, article_id, description, status, origin) VALUES ($1, $2, $3, $4, 'manual') RETURNING id`,
        [seededClaimId, seededArticleId, description, status],
      );
      await db.query(
        `INSERT INTO conflict_sides (conflict_id, source_id, source_name, position) VALUES ($1, $2, 'Seeded Ministry', 'Says 5'), ($1, NULL, 'Other Ministry', 'Says 7')`,
        [id, seededSource.id],
      );
    }
  }, 60_000);

  afterEach(() => emptyQueue(stack.api!));
  afterAll(() => stack.destroy());

  /** The report's rows as the database holds them, read with plain queries (not the report's SQL). */
  async function expectedRows(): Promise<Row[]> {
    const db = stack.dataSource();
    const verdicts = await db
      .getRepository(VerdictEntity)
      .find({ where: { state: In(Object.values(VerdictState).filter((s) => s !== 'superseded')) } });
    const current = new Map<string, VerdictEntity>();
    for (const verdict of verdicts) {
      const seen = current.get(verdict.claimId);
      const rank = (v: VerdictEntity): number => (v.state === VerdictState.Published ? 1_000_000 : 0) + v.version;
      if (!seen || rank(verdict) > rank(seen)) current.set(verdict.claimId, verdict);
    }
    const claims = await db
      .getRepository(ClaimEntity)
      .find({ where: { id: In([...current.keys()]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    const rows: Row[] = [];
    for (const claim of claims) {
      const verdict = current.get(claim.id)!;
      const article = await db.getRepository(ArticleEntity).findOneByOrFail({ id: claim.articleId });
      const appearances = await db
        .getRepository(ArticleAppearanceEntity)
        .find({ where: { articleId: article.id }, order: { firstSeenAt: 'ASC' } });
      const source = claim.sourceId ? await db.getRepository(SourceEntity).findOneBy({ id: claim.sourceId }) : null;
      const evidence = await db.getRepository(EvidenceEntity).findBy({ id: In(verdict.evidenceIds) });
      const conflicts = await stack.api!.get(ConflictsService).forClaim(claim.id, db.manager, false);
      const approval = await db.getRepository(VerdictTransitionEntity).findOneBy({ verdictId: verdict.id, toState: VerdictState.Approved });
      const author = await db.getRepository(UserEntity).findOneByOrFail({ id: verdict.authorId });
      const approver = approval ? await db.getRepository(UserEntity).findOneByOrFail({ id: approval.actorId }) : null;
      const attribution = claim.attribution ?? {};
      rows.push({
        claim_id: claim.id,
        claim_text: claim.text,
        desk: claim.desk,
        article_id: article.id,
        article_title: article.title,
        article_url: article.url,
        article_appearances: appearances.map((item) => item.url),
        speaker: attribution.speaker ?? null,
        speaker_role: attribution.role ?? null,
        organisation: attribution.organisation ?? null,
        source_slug: source?.slug ?? null,
        verdict_id: verdict.id,
        verdict_version: verdict.version,
        verdict_state: verdict.state,
        rating: verdict.rating,
        claim_review_rating: RATING_VALUE[verdict.rating],
        claim_review_rating_name: RATING_NAME[verdict.rating],
        rationale: verdict.rationale,
        evidence: evidence.map((item) => ({ url: item.url, stance: item.stance })),
        conflicts: conflicts.map((conflict) => ({
          id: conflict.id,
          status: conflict.status,
          sources: (conflict.sides ?? []).map((side) => side.sourceName).sort(),
        })),
        author: author.name,
        second_reviewer: approver?.name ?? null,
        queued_at: claim.queuedAt?.toISOString() ?? null,
        verdict_created_at: verdict.createdAt.toISOString(),
        submitted_at: verdict.submittedAt?.toISOString() ?? null,
        approved_at: approval?.at.toISOString() ?? null,
        published_at: verdict.publishedAt?.toISOString() ?? null,
        correction_note: verdict.correctionNote,
      });
    }
    return rows;
  }

  /** An NDJSON report row in the shape of expectedRows(). */
  function comparable(row: Row): Row {
    return {
      ...Object.fromEntries(
        Object.keys(row)
          .filter((key) => key in EXPECTED_KEYS)
          .map((key) => [key, row[key]]),
      ),
      article_appearances: row.article_appearances.map((item: Row) => item.url),
      evidence: row.evidence.map((item: Row) => ({ url: item.url, stance: item.stance })),
      conflicts: row.conflicts.map((item: Row) => ({
        id: item.id,
        status: item.status,
        sources: item.sides.map((side: Row) => side.source).sort(),
      })),
    };
  }
  const EXPECTED_KEYS = Object.fromEntries(
    [
      'claim_id', 'claim_text', 'desk', 'article_id', 'article_title', 'article_url', 'speaker', 'speaker_role', 'organisation', 'source_slug',
      'verdict_id', 'verdict_version', 'verdict_state', 'rating', 'claim_review_rating', 'claim_review_rating_name', 'rationale', 'author',
      'second_reviewer', 'queued_at', 'verdict_created_at', 'submitted_at', 'approved_at', 'published_at', 'correction_note',
    ].map((key) => [key, true]),
  ); // prettier-ignore

  async function ndjson(query: string, user: TestUser = lead): Promise<Row[]> {
    const response = await fetchReport(stack, user, `format=ndjson&${query}`);
    expect(response.status).toBe(200);
    return (response.body as Buffer)
      .toString('utf8')
      .split('\n')
      .filter((line) => line.length > 0)
      .map((line) => JSON.parse(line) as Row);
  }

  it('NDJSON: one object a line per claim with its current verdict, equal to the database row by row', async () => {
    const response = await fetchReport(stack, lead, 'format=ndjson');
    expect(response.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="verdicts-\d{4}-\d{2}-\d{2}\.ndjson"$/);
    const rows = (await ndjson('')).map(comparable);
    const expected = await expectedRows();
    expect(rows).toEqual(expected);
    expect(rows).toHaveLength(6);

    const byClaim = new Map(rows.map((row) => [row.claim_id, row]));
    // The published version while its correction waits for a second review.
    expect(byClaim.get(claimOf.plus)).toMatchObject({
      verdict_id: verdictOf.plus,
      verdict_state: 'published',
      rating: 'true',
      verdict_version: 1,
    });
    expect(byClaim.get(claimOf.hyperlink)).toMatchObject({ second_reviewer: 'Sam Second', author: 'Carl Checker', rating: 'false' });
    expect(byClaim.get(claimOf.at)).toMatchObject({ verdict_state: 'draft', author: 'Sam Second', second_reviewer: null });
    const aleppo = byClaim.get(claimOf.hyperlink)!;
    expect(aleppo.article_appearances).toEqual(['https://example.org/aleppo', 'https://sputnik.example/aleppo']);
    expect(aleppo.evidence).toEqual([{ url: `https://evidence.example/${claimOf.hyperlink}`, stance: 'refutes' }]);
    // Open or confirmed conflicts only, with the sources on each side.
    expect(byClaim.get(seededClaimId)!.conflicts).toEqual([
      { id: expect.any(String), status: 'confirmed', sources: ['Other Ministry', 'Seeded Ministry'] },
    ]);
    expect(await stack.api!.get(ReportsService).count(Object.assign(new ReportFiltersDto(), { format: ReportFormat.Ndjson }))).toBe(6);
  });

  it('CSV: UTF-8 with a header of the documented columns, quoting, an optional BOM, and formula-looking cells neutralised', async () => {
    const response = await fetchReport(stack, lead, 'format=csv');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/filename="verdicts-[\d-]+\.csv"/);
    const text = (response.body as Buffer).toString('utf8');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const records = parse(text, { columns: true }) as Row[];
    expect(Object.keys(records[0])).toEqual(REPORT_COLUMNS.map((column) => column.key));
    const expected = await expectedRows();
    expect(records.map((record) => record.claim_id)).toEqual(expected.map((row) => row.claim_id));
    const neutral = (value: string | null): string => (value === null ? '' : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
    for (const [index, record] of records.entries()) {
      const row = expected[index];
      expect(record).toMatchObject({
        claim_text: neutral(row.claim_text),
        article_title: neutral(row.article_title),
        speaker: neutral(row.speaker),
        speaker_role: neutral(row.speaker_role),
        rating: row.rating,
        claim_review_rating: row.claim_review_rating === null ? '' : String(row.claim_review_rating),
        rationale: neutral(row.rationale),
        verdict_state: row.verdict_state,
        verdict_version: String(row.verdict_version),
        author: row.author,
        second_reviewer: row.second_reviewer ?? '',
        published_at: row.published_at ?? '',
        approved_at: row.approved_at ?? '',
        article_appearances: row.article_appearances.join('\n'),
        evidence: row.evidence.map((item: Row) => `${item.stance} ${item.url}`).join('\n'),
      });
    }
    // Each injection comes out prefixed with a quote, inside quotes in the raw text.
    const rationales = new Map(records.map((record) => [record.claim_id, record.rationale]));
    expect(rationales.get(claimOf.hyperlink)).toBe(`'=HYPERLINK("http://x","y")`);
    expect(rationales.get(claimOf.plus)).toBe("'+1");
    expect(rationales.get(claimOf.minus)).toBe("'-1+1");
    expect(rationales.get(claimOf.at)).toBe("'@SUM(A1)");
    expect(rationales.get(seededClaimId)).toBe("'\tleading tab, checked, with a comma");
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(text).toContain(`"'+1"`);
    const seeded = records.find((record) => record.claim_id === seededClaimId)!;
    expect(seeded).toMatchObject({ speaker: "'@SUM(A1)", claim_text: `'-5 percent, said the ministry, "line one"\nline two` });
    expect(text).toContain(`"'-5 percent, said the ministry, ""line one""\nline two"`);

    const withBom = await fetchReport(stack, lead, 'format=csv&bom=true');
    expect([...(withBom.body as Buffer).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect((withBom.body as Buffer).subarray(3).toString('utf8')).toBe(text);
  });

  it('XLSX: a frozen header row, real dates, and formula-looking text written as neutralised strings, never formulas', async () => {
    const response = await fetchReport(stack, lead, 'format=xlsx');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toMatch(/filename="verdicts-[\d-]+\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as never);
    const sheet = workbook.getWorksheet('Verdicts')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(REPORT_COLUMNS.map((column) => column.key));
    const col = (key: string): number => REPORT_COLUMNS.findIndex((column) => column.key === key) + 1;
    expect(sheet.getColumn(col('rationale')).width).toBeGreaterThan(sheet.getColumn(col('rating')).width!);
    const expected = await expectedRows();
    expect(sheet.rowCount).toBe(expected.length + 1);
    for (const [index, row] of expected.entries()) {
      const cells = sheet.getRow(index + 2);
      expect(cells.getCell(col('claim_id')).value).toBe(row.claim_id);
      expect(cells.getCell(col('rating')).value).toBe(row.rating);
      expect(cells.getCell(col('verdict_version')).value).toBe(row.verdict_version);
      const created = cells.getCell(col('verdict_created_at')).value;
      expect(created).toBeInstanceOf(Date);
      expect((created as Date).toISOString()).toBe(row.verdict_created_at);
      for (let column = 1; column <= REPORT_COLUMNS.length; column += 1) {
        expect(cells.getCell(column).type).not.toBe(ExcelJS.ValueType.Formula);
        const value = cells.getCell(column).value;
        if (typeof value === 'string') expect(value).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
    const rationale = (claimId: string): unknown =>
      sheet.getRow(expected.findIndex((row) => row.claim_id === claimId) + 2).getCell(col('rationale')).value;
    expect(rationale(claimOf.hyperlink)).toBe(`'=HYPERLINK("http://x","y")`);
    expect(rationale(claimOf.plus)).toBe("'+1");
    expect(rationale(claimOf.minus)).toBe("'-1+1");
    expect(rationale(claimOf.at)).toBe("'@SUM(A1)");
    expect(rationale(seededClaimId)).toBe("'\tleading tab, checked, with a comma");
    const seededRow = sheet.getRow(expected.findIndex((row) => row.claim_id === seededClaimId) + 2);
    expect(seededRow.getCell(col('speaker')).value).toBe("'@SUM(A1)");
    expect(seededRow.getCell(col('article_title')).value).toBe(`'+Seeded, "quoted" title`);
  });

  it('ClaimReview: schema.org JSON-LD of published verdicts only, field by field, as an array or NDJSON', async () => {
    const response = await fetchReport(stack, lead, 'format=claimreview');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/ld+json; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/filename="verdicts-[\d-]+\.jsonld"/);
    const reviews = JSON.parse((response.body as Buffer).toString('utf8')) as Row[];
    const expected = (await expectedRows()).filter((row) => row.verdict_state === 'published');
    expect(reviews.map((review) => review.url)).toEqual(expected.map((row) => `https://check.example/claims/${row.claim_id}`));
    const unpublished = [claimOf.minus, claimOf.at];
    for (const claimId of unpublished) expect(JSON.stringify(reviews)).not.toContain(claimId);

    const hyperlink = reviews.find((review) => review.url.endsWith(claimOf.hyperlink))!;
    const row = expected.find((item) => item.claim_id === claimOf.hyperlink)!;
    expect(hyperlink).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `https://check.example/claims/${claimOf.hyperlink}`,
      claimReviewed: row.claim_text,
      datePublished: row.published_at,
      author: { '@type': 'Organization', name: 'Desk Check', url: 'https://check.example/' },
      reviewBody: INJECTIONS.hyperlink,
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': row.speaker ? 'Person' : 'Organization', name: row.speaker ?? row.organisation },
        appearance: [
          { '@type': 'CreativeWork', url: 'https://example.org/aleppo' },
          { '@type': 'CreativeWork', url: 'https://sputnik.example/aleppo' },
        ],
        datePublished: '2016-12-07T10:00:00.000Z',
      },
      reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
    });
    // The published version of a verdict whose correction waits; unverifiable has only its name.
    expect(reviews.find((review) => review.url.endsWith(claimOf.plus))).toMatchObject({
      reviewBody: '+1',
      reviewRating: { ratingValue: 5 },
    });
    expect(reviews.find((review) => review.url.endsWith(claimOf.tab))!.reviewRating).toEqual({
      '@type': 'Rating',
      alternateName: 'Unverifiable',
    });
    expect(reviews.find((review) => review.url.endsWith(seededClaimId))!.itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Person', name: INJECTIONS.at },
      appearance: [{ '@type': 'CreativeWork', url: 'https://times.example/a' }],
      datePublished: '2020-01-01T00:00:00.000Z',
    });

    const lines = await fetchReport(stack, lead, 'format=claimreview&claimreviewLayout=ndjson');
    expect(lines.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    const parsed = (lines.body as Buffer)
      .toString('utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Row);
    expect(parsed).toEqual(reviews);
    // A filter that leaves nothing gives an empty array.
    const none = await fetchReport(stack, lead, 'format=claimreview&state=draft');
    expect(JSON.parse((none.body as Buffer).toString('utf8'))).toEqual([]);
  });

  it('narrows by every filter', async () => {
    const all = await expectedRows();
    const ids = (rows: Row[]): string[] => rows.map((row) => row.claim_id);
    const expectOnly = async (query: string, keep: (row: Row) => boolean): Promise<void> => {
      const got = ids(await ndjson(query));
      const want = ids(all.filter(keep));
      expect(want.length).toBeGreaterThan(0);
      expect(want.length).toBeLessThan(all.length);
      expect(got).toEqual(want);
    };
    await expectOnly('rating=false', (row) => row.rating === 'false');
    await expectOnly('state=submitted', (row) => row.verdict_state === 'submitted');
    await expectOnly('state=published', (row) => row.verdict_state === 'published');
    await expectOnly('desk=politics', (row) => row.desk === 'politics');
    await expectOnly(`speaker=${encodeURIComponent('@sum(a1)')}`, (row) => row.speaker === INJECTIONS.at);
    await expectOnly('source=seeded-ministry', (row) => row.source_slug === 'seeded-ministry');
    await expectOnly(`source=${seededSource.id}`, (row) => row.source_slug === 'seeded-ministry');
    await expectOnly('publisher=sputnik', (row) => row.article_id === aleppoId);
    await expectOnly(`publisher=${encodeURIComponent('Example Times')}`, (row) => row.article_id === seededArticleId);
    await expectOnly(`reviewer=${second.id}`, (row) => row.author === 'Sam Second' || row.second_reviewer === 'Sam Second');
    await expectOnly(`reviewer=${lead.id}`, (row) => row.second_reviewer === 'Lena Lead');
    await expectOnly(`article=${seededArticleId}`, (row) => row.article_id === seededArticleId);
    await expectOnly('from=2021-01-01T00:00:00Z', (row) => row.verdict_created_at >= '2021');
    await expectOnly('to=2021-01-01T00:00:00Z', (row) => row.verdict_created_at < '2021');
    await expectOnly('dateField=published&from=2021-01-01T00:00:00Z', (row) => row.published_at !== null && row.published_at >= '2021');
    await expectOnly('dateField=published&to=2021-01-01T00:00:00Z', (row) => row.published_at !== null && row.published_at < '2021');
    await expectOnly('desk=world&rating=false&state=published', (row) => row.claim_id === claimOf.hyperlink);
  });

  it('is for leads and admins: 403 for a reviewer, 401 without a key, and bad filters answered as JSON before any byte', async () => {
    const admin = await stack.createUser(Role.Admin);
    expect((await fetchReport(stack, admin, 'format=csv')).status).toBe(200);
    const forbidden = await request(stack.http).get('/api/reports/verdicts').set('Authorization', `Bearer ${checker.key}`);
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers['content-type']).toMatch(/application\/json/);
    expect((await request(stack.http).get('/api/reports/verdicts')).status).toBe(401);
    for (const query of ['format=pdf', 'from=yesterday', 'bom=maybe', 'reviewer=nobody', 'dateField=created', 'claimreviewLayout=xml']) {
      const bad = await request(stack.http).get(`/api/reports/verdicts?${query}`).set('Authorization', `Bearer ${lead.key}`);
      expect(bad.status).toBe(400);
      expect(bad.headers['content-type']).toMatch(/application\/json/);
      expect(bad.headers['content-disposition']).toBeUndefined();
      expect(bad.body.message).toBeTruthy();
    }
  });

  describe('with fifty thousand more rows', () => {
    const BULK_DESK = 'bulk';
    /** Report queries PostgreSQL is still running (or holding open), besides this one. */
    const reportQueries = async (): Promise<Array<{ pid: number; state: string }>> =>
      stack.dataSource().query(
        `SELECT pid, state FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'
              AND query LIKE '%AS article_appearances%'`,
      );

    async function waitForNoReportQuery(): Promise<void> {
      const deadline = Date.now() + 5000;
      while ((await reportQueries()).length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await reportQueries()).toEqual([]);
    }

    beforeAll(async () => {
      await seedPublishedVerdicts(stack.dataSource(), 50_000, checker.id, BULK_DESK);
    }, 60_000);

    it('a client that disconnects mid-export leaves no running query behind', async () => {
      const server = stack.http as http.Server;
      if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      const firstChunk = await new Promise<{ request: http.ClientRequest; chunk: Buffer }>((resolve, reject) => {
        const req = http.get(
          {
            host: '127.0.0.1',
            port,
            path: `/api/reports/verdicts?format=csv&desk=${BULK_DESK}`,
            headers: { Authorization: `Bearer ${lead.key}` },
          },
          (response) => {
            expect(response.statusCode).toBe(200);
            response.once('data', (chunk: Buffer) => {
              response.pause();
              resolve({ request: req, chunk });
            });
          },
        );
        req.on('error', reject);
      });
      expect(firstChunk.chunk.toString('utf8')).toMatch(/^claim_id,claim_text,/);
      // The export is under way: its query is open on the server.
      const during = await reportQueries();
      expect(during).toHaveLength(1);
      firstChunk.request.destroy();
      await waitForNoReportQuery();
      // Its connection was closed, not put back in the pool with a query half read.
      const left = await stack.dataSource().query('SELECT pid FROM pg_stat_activity WHERE pid = $1', [during[0].pid]);
      expect(left).toEqual([]);
      // The pool lost nothing: the next report works.
      expect((await ndjson('desk=politics')).length).toBe(1);
    });

    it('reads no further than a bounded window ahead of an output that takes nothing', async () => {
      const reports = stack.api!.get(ReportsService);
      const aborter = new AbortController();
      let taken = 0;
      // Takes its first chunk and never finishes with it: everything after must wait.
      const stalled = new Writable({
        write(chunk: Buffer) {
          taken += chunk.length;
        },
      });
      const seen: number[] = [];
      const stopped = reports.write(Object.assign(new ReportFiltersDto(), { format: ReportFormat.Csv, desk: BULK_DESK }), stalled, {
        signal: aborter.signal,
        onRows: (rows) => seen.push(rows),
      });
      stopped.catch(() => undefined);
      try {
        const deadline = Date.now() + 5000;
        while (taken === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
        expect(taken).toBeGreaterThan(0);
        await new Promise((resolve) => setTimeout(resolve, 1000));
        // Progress is reported every 1,000 rows: none means fewer than 1,000 of the 50,000 rows left the cursor.
        expect(seen).toEqual([]);
        expect(await reportQueries()).toHaveLength(1);
      } finally {
        aborter.abort();
      }
      await expect(stopped).rejects.toThrow();
      await waitForNoReportQuery();
    });

    it('stops and cancels its query when the signal aborts, and streams a whole report with bounded progress reports', async () => {
      const reports = stack.api!.get(ReportsService);
      const filters = Object.assign(new ReportFiltersDto(), { format: ReportFormat.Csv, desk: BULK_DESK });
      const aborter = new AbortController();
      let written = 0;
      // A slow reader: it takes a chunk every 5 ms, so the query waits on it.
      const slow = new Writable({
        highWaterMark: 1024,
        write(chunk: Buffer, _encoding, done) {
          written += chunk.length;
          setTimeout(done, 5);
        },
      });
      const seen: number[] = [];
      const stopped = reports.write(filters, slow, { signal: aborter.signal, onRows: (rows) => seen.push(rows) });
      stopped.catch(() => undefined);
      try {
        const deadline = Date.now() + 5000;
        while (written === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
        expect(written).toBeGreaterThan(0);
        expect(await reportQueries()).toHaveLength(1);
      } finally {
        aborter.abort();
      }
      await expect(stopped).rejects.toThrow();
      expect(slow.destroyed).toBe(true);
      await waitForNoReportQuery();
      expect(seen.every((rows) => rows < 50_000)).toBe(true);

      // The same report to the end, into a sink that only counts.
      let bytes = 0;
      const progress: number[] = [];
      const sink = new Writable({
        write(chunk: Buffer, _encoding, done) {
          bytes += chunk.length;
          done();
        },
      });
      const done = await reports.write(Object.assign(new ReportFiltersDto(), { format: ReportFormat.Ndjson, desk: BULK_DESK }), sink, {
        onRows: (rows) => progress.push(rows),
      });
      expect(done.rows).toBe(50_000);
      expect(sink.writableFinished).toBe(true);
      expect(bytes).toBeGreaterThan(50_000 * 500);
      expect(progress.at(-1)).toBe(50_000);
      expect(progress.length).toBeGreaterThan(10);
      expect(await reports.count(Object.assign(new ReportFiltersDto(), { desk: BULK_DESK }))).toBe(50_000);
      await waitForNoReportQuery();
    }, 60_000);
  });
});
