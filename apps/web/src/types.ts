// The shapes the web app reads from the API (see /docs for the full schemas).

export type Role = 'reviewer' | 'lead' | 'admin';
export const ROLE_RANK: Record<Role, number> = { reviewer: 1, lead: 2, admin: 3 };
export const hasRole = (role: Role, minimum: Role): boolean => ROLE_RANK[role] >= ROLE_RANK[minimum];

export interface SessionUser {
  id: string;
  name: string;
  role: Role;
}
export interface Session {
  user: SessionUser;
  csrfToken: string;
  expiresAt: string;
}

export interface SourceRef {
  id?: string;
  name?: string;
}
export interface Attribution {
  speaker?: string | null;
  role?: string | null;
  title?: string | null;
  organisation?: string | null;
  outlet?: string | null;
  source?: SourceRef | null;
  outletSource?: SourceRef | null;
  coSpeakers?: Array<{ speaker?: string | null }>;
  method?: string | null;
}
export interface Entity {
  text: string;
  type: string;
  country?: string;
}
export interface Quantity {
  text: string;
  kind: string;
  value: number | null;
  unit: string | null;
  counted: string | null;
  approximate: boolean;
}
export interface Lease {
  id: string;
  claimId: string;
  reviewerId: string;
  stage: string;
  acquiredAt: string;
  expiresAt: string;
}
export interface Evidence {
  id: string;
  claimId: string;
  url: string;
  archivedUrl: string | null;
  title: string;
  publisher: string;
  sourceName: string | null;
  stance: Stance;
  excerpt: string | null;
  authorId: string;
  createdAt: string;
  deletedAt: string | null;
  supersededAt: string | null;
}
export type Stance = 'supports' | 'refutes' | 'mixed' | 'context';
export const STANCES: Stance[] = ['supports', 'refutes', 'mixed', 'context'];

export interface ConflictSide {
  sourceId: string | null;
  sourceName: string | null;
  claimId: string | null;
  evidenceId: string | null;
  position: string | null;
  evidenceWithdrawn: boolean;
}
export interface Conflict {
  id: string;
  description: string;
  status: 'proposed' | 'confirmed' | 'dismissed';
  origin: string;
  decisionNote: string | null;
  recheckNote: string | null;
  sides: ConflictSide[];
}
export type Rating = 'true' | 'mostly-true' | 'mixed' | 'mostly-false' | 'false' | 'misleading' | 'unverifiable';
export const RATINGS: Rating[] = ['true', 'mostly-true', 'mixed', 'mostly-false', 'false', 'misleading', 'unverifiable'];

export interface VerdictTransition {
  from: string | null;
  to: string;
  actorId: string;
  reason: string | null;
  at: string;
}
export interface Verdict {
  id: string;
  claimId: string;
  version: number;
  authorId: string;
  rating: Rating;
  ratingValue: number | null;
  rationale: string;
  evidenceIds: string[];
  state: string;
  needsSecondReview: boolean;
  correctionNote: string | null;
  createdAt: string;
  submittedAt: string | null;
  publishedAt: string | null;
  history?: VerdictTransition[];
  evidence?: Evidence[];
}
export interface Match {
  id: string;
  claimId: string;
  articleId: string;
  articleTitle: string;
  text: string;
  similarity: number;
  status: 'suggested' | 'confirmed' | 'dismissed';
  direction?: 'earlier' | 'later';
  decidedBy?: string | null;
  publishedVerdict?: { id: string; rating: string; version: number; publishedAt: string } | null;
}
export interface Claim {
  id: string;
  text: string;
  start: number;
  end: number;
  revision: number;
  checkworthiness: number;
  checkWorthy: boolean;
  type: string;
  state: string;
  attribution: Attribution | null;
  entities: Entity[];
  quantities: Quantity[];
}
export interface ClaimDetail extends Claim {
  article: {
    id: string;
    title: string;
    url: string | null;
    publisher: string | null;
    publishedAt: string | null;
    before: string;
    after: string;
  };
  queue: { desk: string; stage: string; priorityBase: number; priorityBoost: number; queuedAt: string | null; lease: Lease | null };
  evidence: Evidence[];
  conflicts: Conflict[];
  verdicts: Verdict[];
  matches?: Match[];
}
export interface ClaimSummary extends Claim {
  desk: string;
  articleId: string;
  createdAt: string;
  currentVerdict: Verdict | null;
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
export interface ArticleBody {
  id: string;
  title: string;
  body: string;
  revision: number;
}
/** Someone a lead can give a claim to (`GET /api/reviewers`). */
export interface Reviewer {
  id: string;
  name: string;
  role: Role;
}

export interface User {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  disabledAt: string | null;
  hasPassword?: boolean;
  passwordChangedAt?: string | null;
  keyCount?: number;
}
export interface ApiKey {
  id: string;
  prefix: string;
  label: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
