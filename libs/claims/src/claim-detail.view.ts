import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ClaimView } from '@factdesk/articles';
import { ReviewStage } from '@factdesk/database';
import { LeaseView } from '@factdesk/review-queue';
import { VerdictView } from '@factdesk/verdicts';

export class ClaimArticleView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) url!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) publisher!: string | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) publishedAt!: Date | null;
  @ApiProperty({ description: 'Article text just before the claim (up to 400 characters)' }) before!: string;
  @ApiProperty({ description: 'Article text just after the claim (up to 400 characters)' }) after!: string;
}

export class ClaimQueueView {
  @ApiProperty() desk!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) language!: string | null;
  @ApiProperty({ enum: ReviewStage }) stage!: ReviewStage;
  @ApiProperty({ description: 'Priority points from check-worthiness and reach' }) priorityBase!: number;
  @ApiProperty({ description: "A lead's boost" }) priorityBoost!: number;
  @ApiPropertyOptional({ type: Date, nullable: true }) queuedAt!: Date | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Reviewer a lead assigned it to' }) reservedFor!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) pulledReason!: string | null;
  @ApiPropertyOptional({ type: LeaseView, nullable: true, description: 'The open lease, if someone holds the claim' })
  lease!: LeaseView | null;
}

export class ClaimDetailView extends ClaimView {
  @ApiProperty({ type: ClaimArticleView }) article!: ClaimArticleView;
  @ApiProperty({ type: ClaimQueueView }) queue!: ClaimQueueView;
  @ApiProperty({ type: [VerdictView], description: 'Every version, oldest first' }) verdicts!: VerdictView[];
}
