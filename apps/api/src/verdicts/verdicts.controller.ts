import { Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '@factdesk/auth';
import { Role } from '@factdesk/database';
import { VerdictsService, VerdictView } from '@factdesk/verdicts';
import { UuidParam } from '../http/uuid-param';

@ApiTags('verdicts')
@ApiBearerAuth()
@Controller('api/verdicts')
export class VerdictsController {
  constructor(private readonly verdicts: VerdictsService) {}

  @Post(':id/submit')
  @Roles(Role.Reviewer)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: VerdictView, description: 'Submitted; your lease on the claim is closed' })
  @ApiResponse({ status: 409, description: 'Not a draft, or your lease on the claim expired' })
  async submit(@UuidParam() id: string, @CurrentUser() user: AuthenticatedUser): Promise<VerdictView> {
    return VerdictView.of(await this.verdicts.submit(id, user));
  }
}
