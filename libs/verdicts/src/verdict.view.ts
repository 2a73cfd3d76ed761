import { ApiProperty } from '@nestjs/swagger';
import { VerdictEntity, VerdictRating, VerdictState } from '@factdesk/database';

export class VerdictView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) claimId!: string;
  @ApiProperty({ description: 'Per claim, from 1; a revision is a new version, never an overwrite' }) version!: number;
  @ApiProperty({ format: 'uuid' }) authorId!: string;
  @ApiProperty({ enum: VerdictRating }) rating!: VerdictRating;
  @ApiProperty() rationale!: string;
  @ApiProperty({ type: [String] }) evidenceIds!: string[];
  @ApiProperty({ enum: VerdictState }) state!: VerdictState;
  @ApiProperty({ description: 'Publishing needs approval by a second reviewer' }) needsSecondReview!: boolean;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ type: Date, nullable: true }) submittedAt!: Date | null;

  static of(verdict: VerdictEntity): VerdictView {
    const { id, claimId, version, authorId, rating, rationale, evidenceIds, state, needsSecondReview, createdAt, submittedAt } = verdict;
    return { id, claimId, version, authorId, rating, rationale, evidenceIds, state, needsSecondReview, createdAt, submittedAt };
  }
}
