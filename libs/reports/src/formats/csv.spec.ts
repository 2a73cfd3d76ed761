import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse/sync';
import { VerdictRating } from '@factdesk/database';
import { REPORT_COLUMNS, ReportRow } from '../report-row';
import { csvEncoder } from './csv';

function row(overrides: Partial<ReportRow>): ReportRow {
  return {
    claim_id: 'c1',
    claim_text: 'He said "no", then left,\nquietly.',
    claim_state: 'reviewed',
    desk: 'world',
    article_id: 'a1',
    article_title: 'Title',
    article_url: 'https://example.org/a',
    article_published_at: new Date('2016-12-07T10:00:00Z'),
    article_appearances: [
      { url: 'https://example.org/a', publisher: 'RT', title: 'Title', firstSeenAt: '2016-12-07T10:00:00Z' },
      { url: null, publisher: 'Wire', title: 'Title', firstSeenAt: '2016-12-07T11:00:00Z' },
    ],
    speaker: '-Konashenkov',
    speaker_role: null,
    organisation: null,
    source_id: null,
    source_slug: null,
    source_name: null,
    source_kind: null,
    outlet: null,
    verdict_id: 'v1',
    verdict_version: 2,
    verdict_state: 'published',
    rating: VerdictRating.False,
    claim_review_rating: 1,
    claim_review_rating_name: 'False',
    rationale: '=1+2',
    evidence: [
      { id: 'e1', rootId: 'e1', version: 1, url: 'https://x.example', stance: 'refutes', title: 't', publisher: 'p', deleted: true },
    ],
    conflicts: [
      {
        id: 'k1',
        status: 'confirmed',
        description: 'They disagree',
        sides: [
          { sourceId: null, source: 'A', position: 'Says 5', standing: true },
          { sourceId: null, source: 'B', position: 'Says 7', standing: false },
        ],
      },
    ],
    author_id: 'u1',
    author: 'Carl',
    second_reviewer_id: null,
    second_reviewer: null,
    queued_at: null,
    verdict_created_at: new Date('2016-12-08T00:00:00Z'),
    submitted_at: null,
    approved_at: null,
    published_at: new Date('2016-12-09T00:00:00Z'),
    correction_note: null,
    ...overrides,
  };
}

async function encode(rows: ReportRow[], bom = false): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  await pipeline([Readable.from(rows), ...csvEncoder(bom), sink]);
  return Buffer.concat(chunks);
}

describe('CSV encoder', () => {
  it('quotes commas, quotes and newlines, flattens lists one item a line, and writes dates in ISO 8601', async () => {
    const text = (await encode([row({})])).toString('utf8');
    const [record] = parse(text, { columns: true }) as Array<Record<string, string>>;
    expect(record).toMatchObject({
      claim_text: 'He said "no", then left,\nquietly.',
      speaker: "'-Konashenkov",
      rationale: "'=1+2",
      speaker_role: '',
      verdict_version: '2',
      claim_review_rating: '1',
      article_appearances: 'https://example.org/a\nWire',
      evidence: 'refutes https://x.example (deleted)',
      conflicts: 'confirmed: They disagree [A: Says 5 | B: Says 7 (withdrawn)]',
      published_at: '2016-12-09T00:00:00.000Z',
      queued_at: '',
    });
    expect(text).toContain('"He said ""no"", then left,\nquietly."');
    expect(text).toContain(`"'=1+2"`);
    expect(text.split('\r\n')[0]).toBe(REPORT_COLUMNS.map((column) => column.key).join(','));
  });

  it('writes only the header for no rows, and a BOM first when asked', async () => {
    expect((await encode([])).toString('utf8')).toBe(`${REPORT_COLUMNS.map((column) => column.key).join(',')}\r\n`);
    expect([...(await encode([], true)).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
