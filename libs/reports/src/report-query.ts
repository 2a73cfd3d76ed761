import { ConflictStatus, VerdictState } from '@factdesk/database';
import { conflictIdsAbout, OPEN_CONFLICT_STATES } from '@factdesk/conflicts';
import { ReportFiltersDto } from './dto/report-filters.dto';
import { ReportDateField, ReportFormat } from './report-format';

export interface ReportQuery {
  sql: string;
  params: unknown[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const OPEN_CONFLICTS = OPEN_CONFLICT_STATES.map((state: ConflictStatus) => `'${state}'`).join(', ');

/**
 * The claims a report covers and each one's current verdict: the published version while
 * one exists (a correction may be waiting), else the newest version not superseded (the
 * rule of ClaimsService.list and VerdictsService.currentFor). Claims without a verdict
 * are not in a report.
 */
const FROM = `
  FROM claims c
  JOIN LATERAL (SELECT * FROM verdicts cv
                 WHERE cv.claim_id = c.id AND cv.state <> '${VerdictState.Superseded}'
                 ORDER BY cv.state = '${VerdictState.Published}' DESC, cv.version DESC
                 LIMIT 1) v ON true
  JOIN articles a ON a.id = c.article_id`;

/**
 * One row per claim, everything aggregated in SQL (appearances, cited evidence versions,
 * open or confirmed conflicts with their sides), so the cursor's rows are the report's rows.
 */
const SELECT = `
SELECT c.id AS claim_id, c.text AS claim_text, c.state AS claim_state, c.desk, c.queued_at,
       c.attribution->>'speaker' AS speaker, c.attribution->>'role' AS speaker_role,
       c.attribution->>'organisation' AS organisation,
       s.id AS source_id, s.slug AS source_slug, s.name AS source_name, s.kind AS source_kind,
       coalesce(os.name, c.attribution->>'outlet') AS outlet,
       a.id AS article_id, a.title AS article_title, a.url AS article_url, a.published_at AS article_published_at,
       v.id AS verdict_id, v.version AS verdict_version, v.state AS verdict_state, v.rating, v.rationale,
       v.correction_note, v.created_at AS verdict_created_at, v.submitted_at, v.published_at,
       v.author_id, au.name AS author,
       ap.actor_id AS second_reviewer_id, ru.name AS second_reviewer, ap.at AS approved_at,
       coalesce(apps.list, '[]') AS article_appearances,
       coalesce(ev.list, '[]') AS evidence,
       coalesce(cf.list, '[]') AS conflicts
${FROM}
  LEFT JOIN sources s ON s.id = c.source_id
  LEFT JOIN sources os ON os.id = c.outlet_source_id
  LEFT JOIN users au ON au.id = v.author_id
  LEFT JOIN LATERAL (SELECT t.actor_id, t.at FROM verdict_transitions t
                      WHERE t.verdict_id = v.id AND t.to_state = '${VerdictState.Approved}'
                      ORDER BY t.id DESC LIMIT 1) ap ON true
  LEFT JOIN users ru ON ru.id = ap.actor_id
  LEFT JOIN LATERAL (SELECT json_agg(json_build_object('url', p.url, 'publisher', p.publisher, 'title', p.title,
                                                       'firstSeenAt', p.first_seen_at)
                                     ORDER BY p.first_seen_at, p.id) AS list
                       FROM article_appearances p WHERE p.article_id = a.id) apps ON true
  LEFT JOIN LATERAL (SELECT json_agg(json_build_object('id', e.id, 'rootId', e.root_id, 'version', e.version,
                                                       'url', e.url, 'stance', e.stance, 'title', e.title,
                                                       'publisher', e.publisher, 'deleted', e.deleted_at IS NOT NULL)
                                     ORDER BY array_position(v.evidence_ids, e.id)) AS list
                       FROM evidence e WHERE e.id = ANY (v.evidence_ids)) ev ON true
  LEFT JOIN LATERAL (SELECT json_agg(json_build_object(
                              'id', k.id, 'status', k.status, 'description', k.description,
                              'sides', (SELECT coalesce(json_agg(json_build_object(
                                                  'sourceId', sd.source_id, 'source', coalesce(ss.name, sd.source_name),
                                                  'position', sd.position, 'standing', NOT sd.evidence_withdrawn)
                                                ORDER BY sd.id), '[]')
                                          FROM conflict_sides sd LEFT JOIN sources ss ON ss.id = sd.source_id
                                         WHERE sd.conflict_id = k.id))
                                     ORDER BY k.created_at, k.id) AS list
                       FROM conflicts k
                      WHERE k.id IN (${conflictIdsAbout('c.id')}) AND k.status IN (${OPEN_CONFLICTS})) cf ON true`;

/** The WHERE clause of a report's filters, with its parameters. */
function where(filters: ReportFiltersDto): ReportQuery {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  if (filters.format === ReportFormat.ClaimReview) conditions.push(`v.state = '${VerdictState.Published}'`);
  const dateColumn = filters.dateField === ReportDateField.Published ? 'v.published_at' : 'v.created_at';
  if (filters.from) conditions.push(`${dateColumn} >= ${param(filters.from)}`);
  if (filters.to) conditions.push(`${dateColumn} < ${param(filters.to)}`);
  if (filters.rating) conditions.push(`v.rating = ${param(filters.rating)}`);
  if (filters.state) conditions.push(`v.state = ${param(filters.state)}`);
  if (filters.desk) conditions.push(`c.desk = ${param(filters.desk)}`);
  if (filters.article) conditions.push(`c.article_id = ${param(filters.article)}`);
  if (filters.speaker) conditions.push(`lower(c.attribution->>'speaker') = lower(${param(filters.speaker)})`);
  if (filters.source) {
    const source = param(filters.source);
    conditions.push(
      UUID.test(filters.source)
        ? `(c.source_id = ${source}::uuid OR c.outlet_source_id = ${source}::uuid)`
        : `EXISTS (SELECT 1 FROM sources fs WHERE fs.slug = ${source} AND fs.id IN (c.source_id, c.outlet_source_id))`,
    );
  }
  if (filters.publisher) {
    const publisher = param(filters.publisher);
    conditions.push(`(lower(a.publisher) = lower(${publisher})
      OR EXISTS (SELECT 1 FROM article_appearances fp WHERE fp.article_id = a.id AND lower(fp.publisher) = lower(${publisher})))`);
  }
  if (filters.reviewer) {
    const reviewer = param(filters.reviewer);
    conditions.push(`(v.author_id = ${reviewer}
      OR EXISTS (SELECT 1 FROM verdict_transitions ft
                  WHERE ft.verdict_id = v.id AND ft.to_state = '${VerdictState.Approved}' AND ft.actor_id = ${reviewer}))`);
  }
  return { sql: conditions.length > 0 ? `WHERE ${conditions.join('\n   AND ')}` : '', params };
}

/** The report's rows, oldest claim first (stable across runs), for a server-side cursor. */
export function reportRowsQuery(filters: ReportFiltersDto): ReportQuery {
  const filter = where(filters);
  return { sql: `${SELECT}\n${filter.sql}\n ORDER BY c.created_at, c.id`, params: filter.params };
}

/** How many rows the same report has. */
export function reportCountQuery(filters: ReportFiltersDto): ReportQuery {
  const filter = where(filters);
  return { sql: `SELECT count(*)::int AS count ${FROM}\n${filter.sql}`, params: filter.params };
}
