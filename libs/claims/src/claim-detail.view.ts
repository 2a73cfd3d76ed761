import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ClaimView } from '@factdesk/articles';
import { ReviewStage } from '@factdesk/database';
import { LeaseView } from '@factdesk/review-queue';
import { ConflictView } from '@factdesk/conflicts';
import { EvidenceView } from '@factdesk/evidence';
import { VerdictView, VerdictWithHistoryView } from '@factdesk/verdicts';
import { ClaimMatchView } from './claim-match.view';

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
  @ApiProperty({ type: [EvidenceView], description: 'Live evidence, oldest first' }) evidence!: EvidenceView[];
  @ApiProperty({ type: [ConflictView], description: 'Conflicts about the claim (open and decided); open ones are proposed or confirmed' })
  conflicts!: ConflictView[];
  @ApiProperty({ type: [VerdictWithHistoryView], description: 'Every verdict version with its state changes, oldest first' })
  verdicts!: VerdictWithHistoryView[];
  @ApiProperty({
    type: [ClaimMatchView],
    description:
      'The same claim in other articles, both directions: confirmed first, then suggested, then dismissed; each with the other claim’s published verdict, if any',
  })
  matches!: ClaimMatchView[];
}

export class ClaimSummaryView extends ClaimView {
  @ApiProperty() desk!: string;
  @ApiProperty({ format: 'uuid' }) articleId!: string;
  @ApiProperty() createdAt!: Date;
  @ApiPropertyOptional({ type: VerdictView, nullable: true, description: 'The newest verdict version not superseded' })
  currentVerdict!: VerdictView | null;
}

export class ClaimPageView {
  @ApiProperty({ type: [ClaimSummaryView] }) items!: ClaimSummaryView[];
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Pass as ?cursor= for the next page; null on the last page' })
  nextCursor!: string | null;
}
