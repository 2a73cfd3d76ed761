import { VerdictRating } from '@factdesk/database';
import { RATING_NAME, RATING_VALUE } from '@factdesk/verdicts';

export interface ReportAppearance {
  url: string | null;
  publisher: string | null;
  title: string;
  firstSeenAt: string;
}

/** An evidence version the verdict cites, exactly as cited (it may since be replaced or deleted). */
export interface ReportEvidence {
  id: string;
  rootId: string;
  version: number;
  url: string;
  stance: string;
  title: string;
  publisher: string;
  deleted: boolean;
}

export interface ReportConflictSide {
  sourceId: string | null;
  source: string;
  position: string;
  /** False once the evidence the side rested on was deleted. */
  standing: boolean;
}

/** An open (proposed) or confirmed conflict about the claim. */
export interface ReportConflict {
  id: string;
  status: string;
  description: string;
  sides: ReportConflictSide[];
}

/**
 * One report row: a claim and its current verdict. The keys are the report's column
 * names in every format (NDJSON objects carry them as they are; CSV and XLSX flatten the lists).
 */
export interface ReportRow {
  claim_id: string;
  claim_text: string;
  claim_state: string;
  desk: string;
  article_id: string;
  article_title: string;
  article_url: string | null;
  article_published_at: Date | null;
  article_appearances: ReportAppearance[];
  speaker: string | null;
  speaker_role: string | null;
  organisation: string | null;
  source_id: string | null;
  source_slug: string | null;
  source_name: string | null;
  source_kind: string | null;
  outlet: string | null;
  verdict_id: string;
  verdict_version: number;
  verdict_state: string;
  rating: VerdictRating;
  claim_review_rating: number | null;
  claim_review_rating_name: string;
  rationale: string;
  evidence: ReportEvidence[];
  conflicts: ReportConflict[];
  author_id: string;
  author: string | null;
  second_reviewer_id: string | null;
  second_reviewer: string | null;
  queued_at: Date | null;
  verdict_created_at: Date;
  submitted_at: Date | null;
  approved_at: Date | null;
  published_at: Date | null;
  correction_note: string | null;
}

/** A row of the report query (see report-query.ts) as a report row. */
export function toReportRow(row: Record<string, unknown>): ReportRow {
  const rating = row.rating as VerdictRating;
  return {
    ...(row as unknown as ReportRow),
    claim_review_rating: RATING_VALUE[rating],
    claim_review_rating_name: RATING_NAME[rating],
  };
}

export type ColumnKind = 'text' | 'number' | 'date' | 'list';

export interface ReportColumn {
  key: keyof ReportRow;
  kind: ColumnKind;
  /** Width in characters in XLSX. */
  width: number;
}

/** The report's columns, in order: the stable, documented contract of CSV and XLSX headers. */
export const REPORT_COLUMNS: readonly ReportColumn[] = [
  { key: 'claim_id', kind: 'text', width: 38 },
  { key: 'claim_text', kind: 'text', width: 60 },
  { key: 'claim_state', kind: 'text', width: 12 },
  { key: 'desk', kind: 'text', width: 12 },
  { key: 'article_id', kind: 'text', width: 38 },
  { key: 'article_title', kind: 'text', width: 40 },
  { key: 'article_url', kind: 'text', width: 40 },
  { key: 'article_published_at', kind: 'date', width: 20 },
  { key: 'article_appearances', kind: 'list', width: 50 },
  { key: 'speaker', kind: 'text', width: 24 },
  { key: 'speaker_role', kind: 'text', width: 24 },
  { key: 'organisation', kind: 'text', width: 30 },
  { key: 'source_id', kind: 'text', width: 38 },
  { key: 'source_slug', kind: 'text', width: 28 },
  { key: 'source_name', kind: 'text', width: 30 },
  { key: 'source_kind', kind: 'text', width: 16 },
  { key: 'outlet', kind: 'text', width: 24 },
  { key: 'verdict_id', kind: 'text', width: 38 },
  { key: 'verdict_version', kind: 'number', width: 9 },
  { key: 'verdict_state', kind: 'text', width: 12 },
  { key: 'rating', kind: 'text', width: 14 },
  { key: 'claim_review_rating', kind: 'number', width: 10 },
  { key: 'claim_review_rating_name', kind: 'text', width: 14 },
  { key: 'rationale', kind: 'text', width: 60 },
  { key: 'evidence', kind: 'list', width: 60 },
  { key: 'conflicts', kind: 'list', width: 60 },
  { key: 'author_id', kind: 'text', width: 38 },
  { key: 'author', kind: 'text', width: 20 },
  { key: 'second_reviewer_id', kind: 'text', width: 38 },
  { key: 'second_reviewer', kind: 'text', width: 20 },
  { key: 'queued_at', kind: 'date', width: 20 },
  { key: 'verdict_created_at', kind: 'date', width: 20 },
  { key: 'submitted_at', kind: 'date', width: 20 },
  { key: 'approved_at', kind: 'date', width: 20 },
  { key: 'published_at', kind: 'date', width: 20 },
  { key: 'correction_note', kind: 'text', width: 40 },
];

/** One line per appearance: its url (or, without one, its publisher). */
function appearanceLines(appearances: ReportAppearance[]): string[] {
  return appearances.map((item) => item.url ?? item.publisher ?? item.title);
}

/** One line per cited evidence version: "stance url" ("(deleted)" when it was deleted since). */
function evidenceLines(evidence: ReportEvidence[]): string[] {
  return evidence.map((item) => `${item.stance} ${item.url}${item.deleted ? ' (deleted)' : ''}`);
}

/** One line per conflict: "status: description [source: position | source: position]". */
function conflictLines(conflicts: ReportConflict[]): string[] {
  return conflicts.map(
    (item) =>
      `${item.status}: ${item.description} [${item.sides.map((side) => `${side.source}: ${side.position}${side.standing ? '' : ' (withdrawn)'}`).join(' | ')}]`,
  );
}

/** A list column as one text cell, one item a line (CSV and XLSX). */
export function listCell(row: ReportRow, key: keyof ReportRow): string {
  switch (key) {
    case 'article_appearances':
      return appearanceLines(row.article_appearances).join('\n');
    case 'evidence':
      return evidenceLines(row.evidence).join('\n');
    case 'conflicts':
      return conflictLines(row.conflicts).join('\n');
    default:
      throw new Error(`${key} is not a list column`);
  }
}
