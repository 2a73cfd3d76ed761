import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { ClaimEntity } from './claim.entity';

/** The rating scale, in the order of ClaimReview's ratingValue (see libs/verdicts/src/rating.ts). */
export enum VerdictRating {
  True = 'true',
  MostlyTrue = 'mostly-true',
  Mixed = 'mixed',
  MostlyFalse = 'mostly-false',
  False = 'false',
  Misleading = 'misleading',
  Unverifiable = 'unverifiable',
}

export enum VerdictState {
  Draft = 'draft',
  Submitted = 'submitted',
  Approved = 'approved',
  Rejected = 'rejected',
  Published = 'published',
  /** Replaced by a later version: a revised draft, or a published verdict that was corrected. */
  Superseded = 'superseded',
}

/**
 * Every state change a stored verdict version may make, [from, to]: the one table of the
 * lifecycle. VerdictsService moves only along it, and the database refuses any other
 * UPDATE of a verdict (trigger `verdicts_guard`, migration ImmutableHistory), as it
 * refuses any change to a version's content and any DELETE; test/immutable-records
 * walks this table against the trigger.
 */
export const VERDICT_TRANSITIONS: ReadonlyArray<readonly [VerdictState, VerdictState]> = [
  [VerdictState.Draft, VerdictState.Submitted],
  [VerdictState.Draft, VerdictState.Superseded],
  [VerdictState.Submitted, VerdictState.Approved],
  [VerdictState.Submitted, VerdictState.Rejected],
  [VerdictState.Approved, VerdictState.Published],
  [VerdictState.Published, VerdictState.Superseded],
];

/**
 * One version of a claim's verdict. Rating, rationale and evidence are never
 * updated in place: a revision is a new row with the next version number. The
 * state moves forward only, and every move is kept in verdict_transitions.
 */
@Entity({ name: 'verdicts' })
@Unique('uq_verdicts_claim_version', ['claimId', 'version'])
@Index('idx_verdicts_state', ['state'])
// Queue stats read the last 30 days of submissions.
@Index('idx_verdicts_submitted_at', ['submittedAt'])
// The reports' summary reads the publications of a date range.
@Index('idx_verdicts_published_at', ['publishedAt'])
// GET /api/verdicts, newest first (keyset pages).
@Index('idx_verdicts_created_at_id', ['createdAt', 'id'])
@Check('ck_verdicts_rationale', 'length(btrim(rationale)) > 0')
export class VerdictEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'claim_id', type: 'uuid' })
  claimId!: string;

  @ManyToOne('ClaimEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'claim_id' })
  claim?: ClaimEntity;

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @Column({ type: 'enum', enum: VerdictRating, enumName: 'verdict_rating' })
  rating!: VerdictRating;

  @Column({ type: 'text' })
  rationale!: string;

  @Column({ name: 'evidence_ids', type: 'uuid', array: true, default: () => "'{}'" })
  evidenceIds!: string[];

  @Column({ type: 'enum', enum: VerdictState, enumName: 'verdict_state', default: VerdictState.Draft })
  state!: VerdictState;

  /** Whether publishing needs a second reviewer's approval, decided when it was submitted. */
  @Column({ name: 'needs_second_review', type: 'boolean', default: false })
  needsSecondReview!: boolean;

  /** The version this one replaces (a revised draft, or the published verdict it corrects). */
  @Column({ name: 'supersedes_id', type: 'uuid', nullable: true })
  supersedesId!: string | null;

  /** What a correction changed and why, shown with the corrected verdict. */
  @Column({ name: 'correction_note', type: 'text', nullable: true })
  correctionNote!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}
