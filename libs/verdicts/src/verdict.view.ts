import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { VerdictEntity, VerdictRating, VerdictState, VerdictTransitionEntity } from '@factdesk/database';
import { EvidenceView } from '@factdesk/evidence';
import type { VerdictRecord } from './verdicts.service';
import { RATING_VALUE } from './claim-review';

export class VerdictView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) claimId!: string;
  @ApiProperty({ description: 'Per claim, from 1; a revision or correction is a new version, never an overwrite' }) version!: number;
  @ApiProperty({ format: 'uuid' }) authorId!: string;
  @ApiProperty({ enum: VerdictRating }) rating!: VerdictRating;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'ClaimReview ratingValue, 1 (worst) to 5 (best); null for unverifiable',
  })
  ratingValue!: number | null;
  @ApiProperty() rationale!: string;
  @ApiProperty({ type: [String] }) evidenceIds!: string[];
  @ApiProperty({ enum: VerdictState }) state!: VerdictState;
  @ApiProperty({ description: 'Approval must come from a second reviewer (not the author) or a lead' }) needsSecondReview!: boolean;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The version this one replaces' }) supersedesId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'What a correction changed and why' }) correctionNote!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiPropertyOptional({ type: Date, nullable: true }) submittedAt!: Date | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) publishedAt!: Date | null;

  static of(verdict: VerdictEntity): VerdictView {
    return {
      id: verdict.id,
      claimId: verdict.claimId,
      version: verdict.version,
      authorId: verdict.authorId,
      rating: verdict.rating,
      ratingValue: RATING_VALUE[verdict.rating],
      rationale: verdict.rationale,
      evidenceIds: verdict.evidenceIds,
      state: verdict.state,
      needsSecondReview: verdict.needsSecondReview,
      supersedesId: verdict.supersedesId,
      correctionNote: verdict.correctionNote,
      createdAt: verdict.createdAt,
      submittedAt: verdict.submittedAt,
      publishedAt: verdict.publishedAt,
    };
  }
}

export class VerdictTransitionView {
  @ApiPropertyOptional({ enum: VerdictState, nullable: true }) from!: VerdictState | null;
  @ApiProperty({ enum: VerdictState }) to!: VerdictState;
  @ApiProperty({ format: 'uuid' }) actorId!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty() at!: Date;

  static of(transition: VerdictTransitionEntity): VerdictTransitionView {
    return {
      from: transition.fromState,
      to: transition.toState,
      actorId: transition.actorId,
      reason: transition.reason,
      at: transition.at,
    };
  }
}

export class VerdictWithHistoryView extends VerdictView {
  @ApiProperty({ type: [VerdictTransitionView], description: 'Every state change, oldest first' }) history!: VerdictTransitionView[];
  @ApiProperty({
    type: [EvidenceView],
    description:
      'The evidence versions it cites, in evidenceIds order, exactly as cited (later edits are new versions; deleted ones say so)',
  })
  evidence!: EvidenceView[];

  static withHistory({ verdict, transitions, evidence }: VerdictRecord): VerdictWithHistoryView {
    return { ...VerdictView.of(verdict), history: transitions.map(VerdictTransitionView.of), evidence: evidence.map(EvidenceView.of) };
  }
}

export class VerdictPageView {
  @ApiProperty({ type: [VerdictView] }) items!: VerdictView[];
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Pass as ?cursor= to get the next page; null on the last page' })
  nextCursor!: string | null;
}
