import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReviewerView, Roles, UsersService } from '@factdesk/auth';
import { Role } from '@factdesk/database';

/** Who can be given a claim: what a lead needs to reassign, and nothing an admin's user list shows besides. */
@ApiTags('users')
@ApiBearerAuth()
@Controller('api/reviewers')
export class ReviewersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Roles(Role.Lead)
  @ApiOperation({
    summary: 'People a claim can be assigned to',
    description:
      'Every user who is not disabled (reviewers, leads and admins all review), by name: id, name and role only, for `POST /api/claims/{id}/assign`. Leads and admins; a reviewer gets 403.',
  })
  @ApiOkResponse({ type: [ReviewerView] })
  async list(): Promise<ReviewerView[]> {
    return (await this.users.listReviewers()).map(ReviewerView.of);
  }
}
