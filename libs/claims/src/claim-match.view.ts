import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ClaimMatchStatus, VerdictRating } from '@factdesk/database';

/** The published verdict of a matched claim: what was already found about the same claim. */
export class MatchedVerdictView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: VerdictRating }) rating!: VerdictRating;
  @ApiProperty() version!: number;
  @ApiProperty() publishedAt!: Date;
}

/** The same claim seen in another article, from this claim's side. */
export class ClaimMatchView {
  @ApiProperty({ format: 'uuid', description: 'The match (for /matches/:matchId/confirm|dismiss)' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'The other claim' }) claimId!: string;
  @ApiProperty({ format: 'uuid' }) articleId!: string;
  @ApiProperty() articleTitle!: string;
  @ApiProperty({ description: "The other claim's text" }) text!: string;
  @ApiProperty({ description: 'The engine’s similarity, 0–1 (0.4 suggests, 0.7 confirms on its own)' }) similarity!: number;
  @ApiProperty({ enum: ClaimMatchStatus }) status!: ClaimMatchStatus;
  @ApiProperty({
    enum: ['earlier', 'later'],
    description: 'earlier: this claim was linked to the other when it arrived; later: the other arrived after and was linked to this one',
  })
  direction!: 'earlier' | 'later';
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'The reviewer who confirmed or dismissed it; null while only the engine decided',
  })
  decidedBy!: string | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) decidedAt!: Date | null;
  @ApiPropertyOptional({ type: MatchedVerdictView, nullable: true, description: "The other claim's published verdict, if any" })
  publishedVerdict!: MatchedVerdictView | null;
}
