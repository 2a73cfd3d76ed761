import { ApiProperty } from '@nestjs/swagger';
import { ClaimLeaseEntity, ReviewStage } from '@factdesk/database';

export class LeaseView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  claimId!: string;

  @ApiProperty({ format: 'uuid' })
  reviewerId!: string;

  @ApiProperty({ enum: ReviewStage, description: 'first review, or second review of a submitted verdict' })
  stage!: ReviewStage;

  @ApiProperty()
  acquiredAt!: Date;

  @ApiProperty({ description: 'Heartbeat before this time or the claim returns to the queue' })
  expiresAt!: Date;

  static of(lease: ClaimLeaseEntity): LeaseView {
    return {
      id: lease.id,
      claimId: lease.claimId,
      reviewerId: lease.reviewerId,
      stage: lease.stage,
      acquiredAt: lease.acquiredAt,
      expiresAt: lease.expiresAt,
    };
  }
}
