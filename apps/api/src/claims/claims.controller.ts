import { Body, Controller, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ClaimView } from '@factdesk/articles';
import { AuthenticatedUser, CurrentUser, Roles } from '@factdesk/auth';
import {
  ClaimDetailView,
  ClaimMatchesService,
  ClaimMatchView,
  ClaimPageView,
  ClaimsService,
  DecideMatchDto,
  ListClaimsQuery,
} from '@factdesk/claims';
import { ConflictsService, ConflictView, OpenConflictDto } from '@factdesk/conflicts';
import { ClaimMatchStatus, Role } from '@factdesk/database';
import { AddEvidenceDto, EvidenceService, EvidenceView } from '@factdesk/evidence';
import { AssignClaimDto, ClaimDeskDto, ClaimPriorityDto, ClaimTriageService, PullClaimDto } from '@factdesk/review-queue';
import { CreateVerdictDto, VerdictsService, VerdictView } from '@factdesk/verdicts';
import { IncludeDeletedQuery } from '../http/include-deleted.query';
import { UuidParam } from '../http/uuid-param';

@ApiTags('claims')
@ApiBearerAuth()
@Controller('api/claims')
export class ClaimsController {
  constructor(
    private readonly claims: ClaimsService,
    private readonly triage: ClaimTriageService,
    private readonly verdicts: VerdictsService,
    private readonly evidence: EvidenceService,
    private readonly conflicts: ConflictsService,
    private readonly matches: ClaimMatchesService,
  ) {}

  @Get()
  @Roles(Role.Reviewer)
  @ApiOkResponse({ type: ClaimPageView, description: 'Newest first, filtered by state, rating, desk, source, reviewer and date' })
  async list(@Query() query: ListClaimsQuery): Promise<ClaimPageView> {
    const page = await this.claims.list(query);
    return {
      items: page.items.map((claim) => ({
        ...ClaimView.of(claim),
        desk: claim.desk,
        articleId: claim.articleId,
        createdAt: claim.createdAt,
        currentVerdict: claim.currentVerdict ?? null,
      })),
      nextCursor: page.nextCursor,
    };
  }

  @Get(':id')
  @Roles(Role.Reviewer)
  @ApiOkResponse({
    type: ClaimDetailView,
    description: 'The claim in its article, its queue state, evidence, conflicts, verdict history and matches in other articles',
  })
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
  @ApiOkResponse({
    type: ClaimDetailView,
    description:
      'A pulled, below-threshold or unsupported-language claim put in the queue (audited as claim.requeued, with the state it left)',
  })
  async requeue(@UuidParam() id: string, @CurrentUser() user: AuthenticatedUser): Promise<ClaimDetailView> {
    await this.triage.requeue(id, user);
    return this.claims.get(id);
  }

  @Post(':id/evidence')
  @Roles(Role.Reviewer)
  @ApiResponse({ status: 201, type: EvidenceView, description: 'Added; a reviewer needs the claim’s lease' })
  @ApiResponse({ status: 409, description: 'The claim already has evidence with this URL, or you do not hold its lease' })
  async addEvidence(@UuidParam() id: string, @Body() dto: AddEvidenceDto, @CurrentUser() user: AuthenticatedUser): Promise<EvidenceView> {
    return EvidenceView.of(await this.evidence.add(id, dto, user));
  }

  @Get(':id/evidence')
  @Roles(Role.Reviewer)
  @ApiOkResponse({
    type: [EvidenceView],
    description: 'The current version of each link, oldest first; deleted links only with ?includeDeleted=true',
  })
  async listEvidence(@UuidParam() id: string, @Query() query: IncludeDeletedQuery): Promise<EvidenceView[]> {
    return (await this.evidence.list(id, query.includeDeleted)).map(EvidenceView.of);
  }

  @Post(':id/conflicts')
  @Roles(Role.Reviewer)
  @ApiResponse({
    status: 201,
    type: ConflictView,
    description: 'A conflict opened by hand, proposed until someone confirms or dismisses it',
  })
  async openConflict(@UuidParam() id: string, @Body() dto: OpenConflictDto, @CurrentUser() user: AuthenticatedUser): Promise<ConflictView> {
    return ConflictView.of(await this.conflicts.open(id, dto, user));
  }

  @Post(':id/verdicts')
  @Roles(Role.Reviewer)
  @ApiResponse({
    status: 201,
    type: VerdictView,
    description: 'A draft verdict (submitted at once with submit: true); needs your lease on the claim',
  })
  @ApiResponse({ status: 400, description: 'evidenceIds that are unknown, of another claim or deleted (listed in `errors`)' })
  @ApiResponse({ status: 409, description: 'You do not hold an unexpired lease on the claim' })
  async createVerdict(
    @UuidParam() id: string,
    @Body() dto: CreateVerdictDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<VerdictView> {
    return VerdictView.of(await this.verdicts.create(id, dto, user));
  }

  @Post(':id/matches/:matchId/confirm')
  @Roles(Role.Reviewer)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ClaimMatchView, description: 'A reviewer says it is the same claim (audited as claim_match.confirmed)' })
  @ApiResponse({ status: 404, description: 'No such claim, or the match is not one of its matches' })
  @ApiResponse({ status: 409, description: 'A reviewer already confirmed or dismissed this match' })
  async confirmMatch(
    @UuidParam() id: string,
    @UuidParam('matchId') matchId: string,
    @Body() dto: DecideMatchDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ClaimMatchView> {
    return this.matches.decide(id, matchId, ClaimMatchStatus.Confirmed, user, dto.note);
  }

  @Post(':id/matches/:matchId/dismiss')
  @Roles(Role.Reviewer)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ClaimMatchView, description: 'A reviewer says it is not the same claim (audited as claim_match.dismissed)' })
  @ApiResponse({ status: 404, description: 'No such claim, or the match is not one of its matches' })
  @ApiResponse({ status: 409, description: 'A reviewer already confirmed or dismissed this match' })
  async dismissMatch(
    @UuidParam() id: string,
    @UuidParam('matchId') matchId: string,
    @Body() dto: DecideMatchDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ClaimMatchView> {
    return this.matches.decide(id, matchId, ClaimMatchStatus.Dismissed, user, dto.note);
  }
}
