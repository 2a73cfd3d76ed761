import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '@factdesk/auth';
import { ConflictsService, ConflictView, DecideConflictDto } from '@factdesk/conflicts';
import { Role } from '@factdesk/database';
import { UuidParam } from '../http/uuid-param';

@ApiTags('conflicts')
@ApiBearerAuth()
@Controller('api/conflicts')
export class ConflictsController {
  constructor(private readonly conflicts: ConflictsService) {}

  @Get(':id')
  @Roles(Role.Reviewer)
  @ApiOkResponse({ type: ConflictView })
  async get(@UuidParam() id: string): Promise<ConflictView> {
    return ConflictView.of(await this.conflicts.get(id));
  }

  @Post(':id/confirm')
  @Roles(Role.Reviewer)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ConflictView, description: 'A person confirms the sources really disagree; 409 unless proposed' })
  async confirm(@UuidParam() id: string, @Body() dto: DecideConflictDto, @CurrentUser() user: AuthenticatedUser): Promise<ConflictView> {
    return ConflictView.of(await this.conflicts.confirm(id, user, dto.note));
  }

  @Post(':id/dismiss')
  @Roles(Role.Reviewer)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ConflictView, description: 'Not a real conflict; 409 unless proposed' })
  async dismiss(@UuidParam() id: string, @Body() dto: DecideConflictDto, @CurrentUser() user: AuthenticatedUser): Promise<ConflictView> {
    return ConflictView.of(await this.conflicts.dismiss(id, user, dto.note));
  }
}
