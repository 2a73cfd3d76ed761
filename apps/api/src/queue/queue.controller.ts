import { Body, Controller, Get, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthenticatedUser, CurrentUser, Roles } from '@factdesk/auth';
import { ClaimDetailView, ClaimsService } from '@factdesk/claims';
import { Role } from '@factdesk/database';
import {
  ActiveLeaseView,
  LeaseView,
  NextClaimDto,
  QueueStats,
  QueueStatsService,
  ReleaseLeaseDto,
  ReviewQueueService,
} from '@factdesk/review-queue';
import { UuidParam } from '../http/uuid-param';

class LeasedClaimView {
  @ApiProperty({ type: ClaimDetailView }) claim!: ClaimDetailView;
  @ApiProperty({ type: LeaseView }) lease!: LeaseView;
}

@ApiTags('queue')
@ApiBearerAuth()
@Controller('api/queue')
export class QueueController {
  constructor(
    private readonly queue: ReviewQueueService,
    private readonly claims: ClaimsService,
    private readonly stats: QueueStatsService,
  ) {}

  @Post('next')
  @Roles(Role.Reviewer)
  @ApiResponse({ status: 200, type: LeasedClaimView, description: 'The most urgent claim you may take, now leased to you' })
  @ApiResponse({ status: 204, description: 'Nothing in the queue for you' })
  @ApiResponse({ status: 409, description: 'You already hold the most leases allowed' })
  async next(
    @Body() filters: NextClaimDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LeasedClaimView | undefined> {
    const lease = await this.queue.leaseNext(user, filters);
    if (!lease) {
      response.status(HttpStatus.NO_CONTENT);
      return undefined;
    }
    response.status(HttpStatus.OK);
    return { claim: await this.claims.get(lease.claimId), lease: LeaseView.of(lease) };
  }

  @Get('leases')
  @Roles(Role.Reviewer)
  @ApiOkResponse({ type: [LeaseView], description: 'Your open leases' })
  async myLeases(@CurrentUser() user: AuthenticatedUser): Promise<LeaseView[]> {
    return (await this.queue.activeLeases(user)).map(LeaseView.of);
  }

  @Get('leases/active')
  @Roles(Role.Lead)
  @ApiOkResponse({ type: [ActiveLeaseView], description: "Every lease held now, with its reviewer's name and the claim's text and desk" })
  async activeLeases(): Promise<ActiveLeaseView[]> {
    return this.stats.activeLeases();
  }

  @Post('leases/:id/heartbeat')
  @Roles(Role.Reviewer)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: LeaseView, description: 'The lease, with its expiry moved forward' })
  @ApiResponse({ status: 403, description: "Another reviewer's lease" })
  @ApiResponse({ status: 409, description: 'The lease expired or ended' })
  async heartbeat(@UuidParam() id: string, @CurrentUser() user: AuthenticatedUser): Promise<LeaseView> {
    return LeaseView.of(await this.queue.heartbeat(id, user));
  }

  @Post('leases/:id/release')
  @Roles(Role.Reviewer)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: LeaseView, description: 'The ended lease; the claim is back in the queue' })
  async release(@UuidParam() id: string, @Body() dto: ReleaseLeaseDto, @CurrentUser() user: AuthenticatedUser): Promise<LeaseView> {
    return LeaseView.of(await this.queue.release(id, user, dto.reason, dto.note));
  }

  @Get('stats')
  @Roles(Role.Lead)
  @ApiOkResponse({ type: QueueStats })
  async queueStats(): Promise<QueueStats> {
    return this.stats.stats();
  }
}
