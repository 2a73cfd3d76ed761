import { Body, Controller, Get, HttpCode, HttpStatus, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '@factdesk/auth';
import { ClaimDetailView, ClaimsService } from '@factdesk/claims';
import { Role } from '@factdesk/database';
import { AssignClaimDto, ClaimDeskDto, ClaimPriorityDto, ClaimTriageService, PullClaimDto } from '@factdesk/review-queue';
import { CreateVerdictDto, VerdictsService, VerdictView } from '@factdesk/verdicts';
import { UuidParam } from '../http/uuid-param';

@ApiTags('claims')
@ApiBearerAuth()
@Controller('api/claims')
export class ClaimsController {
  constructor(
    private readonly claims: ClaimsService,
    private readonly triage: ClaimTriageService,
    private readonly verdicts: VerdictsService,
  ) {}

  @Get(':id')
  @Roles(Role.Reviewer)
  @ApiOkResponse({ type: ClaimDetailView, description: 'The claim in its article, its queue state and its verdicts' })
  async get(@UuidParam() id: string): Promise<ClaimDetailView> {
    return this.claims.get(id);
  }

  @Patch(':id/priority')
  @Roles(Role.Lead)
  @ApiOkResponse({ type: ClaimDetailView, description: 'The claim, reordered in the queue by the boost' })
  async setPriority(
    @UuidParam() id: string,
    @Body() dto: ClaimPriorityDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ClaimDetailView> {
    await this.triage.setBoost(id, dto.boost, user);
    return this.claims.get(id);
  }

  @Patch(':id/desk')
  @Roles(Role.Lead)
  @ApiOkResponse({ type: ClaimDetailView })
  async setDesk(@UuidParam() id: string, @Body() dto: ClaimDeskDto, @CurrentUser() user: AuthenticatedUser): Promise<ClaimDetailView> {
    await this.triage.setDesk(id, dto.desk.trim(), user);
    return this.claims.get(id);
  }

  @Post(':id/assign')
  @Roles(Role.Lead)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    type: ClaimDetailView,
    description: 'The reviewer is offered the claim before anything else; a current lease is revoked',
  })
  async assign(@UuidParam() id: string, @Body() dto: AssignClaimDto, @CurrentUser() user: AuthenticatedUser): Promise<ClaimDetailView> {
    await this.triage.assign(id, dto.reviewerId, user);
    return this.claims.get(id);
  }

  @Post(':id/pull')
  @Roles(Role.Lead)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ClaimDetailView, description: 'Out of the queue, with the reason kept' })
  async pull(@UuidParam() id: string, @Body() dto: PullClaimDto, @CurrentUser() user: AuthenticatedUser): Promise<ClaimDetailView> {
    await this.triage.pull(id, dto.reason.trim(), user);
    return this.claims.get(id);
  }

  @Post(':id/requeue')
  @Roles(Role.Lead)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ClaimDetailView, description: 'A pulled (or below-threshold) claim back in the queue' })
  async requeue(@UuidParam() id: string, @CurrentUser() user: AuthenticatedUser): Promise<ClaimDetailView> {
    await this.triage.requeue(id, user);
    return this.claims.get(id);
  }

  @Post(':id/verdicts')
  @Roles(Role.Reviewer)
  @ApiResponse({
    status: 201,
    type: VerdictView,
    description: 'A draft verdict (submitted at once with submit: true); needs your lease on the claim',
  })
  @ApiResponse({ status: 409, description: 'You do not hold an unexpired lease on the claim' })
  async createVerdict(
    @UuidParam() id: string,
    @Body() dto: CreateVerdictDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<VerdictView> {
    return VerdictView.of(await this.verdicts.create(id, dto, user));
  }
}
