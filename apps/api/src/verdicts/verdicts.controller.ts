import { Body, Controller, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '@factdesk/auth';
import { Role } from '@factdesk/database';
import {
  ApproveVerdictDto,
  CorrectVerdictDto,
  ListVerdictsQuery,
  RejectVerdictDto,
  ReviseVerdictDto,
  VerdictPageView,
  VerdictsService,
  VerdictView,
  VerdictWithHistoryView,
} from '@factdesk/verdicts';
import { UuidParam } from '../http/uuid-param';

@ApiTags('verdicts')
@ApiBearerAuth()
@Controller('api/verdicts')
export class VerdictsController {
  constructor(private readonly verdicts: VerdictsService) {}

  @Get()
  @Roles(Role.Reviewer)
  @ApiOkResponse({
    type: VerdictPageView,
    description:
      'Newest first, `?limit=` and `?cursor=` like every list; filtered by state (?state=submitted: the second-review list), claim or author',
  })
  async list(@Query() query: ListVerdictsQuery): Promise<VerdictPageView> {
    const page = await this.verdicts.list(query);
    return { items: page.items.map(VerdictView.of), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @Roles(Role.Reviewer)
  @ApiOkResponse({ type: VerdictWithHistoryView, description: 'With its history and the evidence versions it cites, as cited' })
  async get(@UuidParam() id: string): Promise<VerdictWithHistoryView> {
    return VerdictWithHistoryView.withHistory(await this.verdicts.get(id));
  }

  @Patch(':id')
  @Roles(Role.Reviewer)
  @ApiOkResponse({ type: VerdictView, description: 'Your draft revised: a new version; the old draft is kept, superseded' })
  @ApiResponse({ status: 409, description: 'Not a draft (a published verdict is corrected, never edited)' })
  async revise(@UuidParam() id: string, @Body() dto: ReviseVerdictDto, @CurrentUser() user: AuthenticatedUser): Promise<VerdictView> {
    return VerdictView.of(await this.verdicts.revise(id, dto, user));
  }

  @Post(':id/submit')
  @Roles(Role.Reviewer)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: VerdictView, description: 'Submitted; your lease on the claim is closed' })
  @ApiResponse({ status: 409, description: 'Not a draft, or your lease on the claim expired' })
  async submit(@UuidParam() id: string, @CurrentUser() user: AuthenticatedUser): Promise<VerdictView> {
    return VerdictView.of(await this.verdicts.submit(id, user));
  }

  @Post(':id/approve')
  @Roles(Role.Reviewer)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: VerdictView, description: 'By a second reviewer who is not the author (or a lead); no lease needed' })
  @ApiResponse({ status: 403, description: 'Your own verdict, or a verdict only a lead may approve' })
  @ApiResponse({ status: 409, description: 'Not submitted (e.g. someone approved it first)' })
  async approve(@UuidParam() id: string, @Body() dto: ApproveVerdictDto, @CurrentUser() user: AuthenticatedUser): Promise<VerdictView> {
    return VerdictView.of(await this.verdicts.approve(id, user, dto.note));
  }

  @Post(':id/reject')
  @Roles(Role.Reviewer)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: VerdictView, description: 'Back to its author with the reason; the claim returns to the queue for them' })
  async reject(@UuidParam() id: string, @Body() dto: RejectVerdictDto, @CurrentUser() user: AuthenticatedUser): Promise<VerdictView> {
    return VerdictView.of(await this.verdicts.reject(id, user, dto.reason));
  }

  @Post(':id/publish')
  @Roles(Role.Lead)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: VerdictView, description: 'An approved verdict published; a verdict.published event is written' })
  @ApiResponse({ status: 409, description: 'Not approved' })
  async publish(@UuidParam() id: string, @CurrentUser() user: AuthenticatedUser): Promise<VerdictView> {
    return VerdictView.of(await this.verdicts.publish(id, user));
  }

  @Post(':id/corrections')
  @Roles(Role.Lead)
  @ApiResponse({
    status: 201,
    type: VerdictView,
    description:
      'A corrected version with its note: published at once (the old one stays readable, superseded), or, to a rating in SECOND_REVIEW_RATINGS or with an open conflict, submitted for a second review while the published version stays published',
  })
  @ApiResponse({ status: 400, description: 'evidenceIds that are unknown, of another claim or deleted (listed in `errors`)' })
  @ApiResponse({ status: 409, description: 'Not published, or a correction of this claim is already waiting for review' })
  async correct(@UuidParam() id: string, @Body() dto: CorrectVerdictDto, @CurrentUser() user: AuthenticatedUser): Promise<VerdictView> {
    return VerdictView.of(await this.verdicts.correct(id, dto, user));
  }
}
