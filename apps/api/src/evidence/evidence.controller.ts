import { Body, Controller, Delete, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '@factdesk/auth';
import { Role } from '@factdesk/database';
import { DeleteEvidenceDto, EvidenceService, EvidenceView, UpdateEvidenceDto } from '@factdesk/evidence';
import { UuidParam } from '../http/uuid-param';

@ApiTags('evidence')
@ApiBearerAuth()
@Controller('api/evidence')
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Get(':id')
  @Roles(Role.Reviewer)
  @ApiOkResponse({ type: EvidenceView, description: 'One version of a link, current, superseded or deleted' })
  async get(@UuidParam() id: string): Promise<EvidenceView> {
    return EvidenceView.of(await this.evidence.get(id));
  }

  @Get(':id/versions')
  @Roles(Role.Reviewer)
  @ApiOkResponse({ type: [EvidenceView], description: 'Every version of the link this id is a version of, oldest first' })
  async versions(@UuidParam() id: string): Promise<EvidenceView[]> {
    return (await this.evidence.versions(id)).map(EvidenceView.of);
  }

  @Patch(':id')
  @Roles(Role.Reviewer)
  @ApiOkResponse({
    type: EvidenceView,
    description:
      'Edited by its author or a lead: the new version (a new id, same rootId); the edited version stays readable, superseded, and verdicts that cited it keep it',
  })
  @ApiResponse({ status: 409, description: 'Not the current version of the link (edit supersededById), or deleted' })
  async update(@UuidParam() id: string, @Body() dto: UpdateEvidenceDto, @CurrentUser() user: AuthenticatedUser): Promise<EvidenceView> {
    return EvidenceView.of(await this.evidence.update(id, dto, user));
  }

  @Delete(':id')
  @Roles(Role.Reviewer)
  @ApiOkResponse({
    type: EvidenceView,
    description:
      'Deleted with a reason (body `{reason}`) by its author or a lead: every version kept, marked deleted, hidden from lists but shown on verdicts that cite it; conflicts resting on it are re-checked',
  })
  async remove(@UuidParam() id: string, @Body() dto: DeleteEvidenceDto, @CurrentUser() user: AuthenticatedUser): Promise<EvidenceView> {
    return EvidenceView.of(await this.evidence.remove(id, dto.reason, user));
  }
}
