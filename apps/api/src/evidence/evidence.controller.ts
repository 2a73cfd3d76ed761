import { Body, Controller, Delete, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '@factdesk/auth';
import { Role } from '@factdesk/database';
import { DeleteEvidenceDto, EvidenceService, EvidenceView, UpdateEvidenceDto } from '@factdesk/evidence';
import { UuidParam } from '../http/uuid-param';

@ApiTags('evidence')
@ApiBearerAuth()
@Controller('api/evidence')
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Patch(':id')
  @Roles(Role.Reviewer)
  @ApiOkResponse({ type: EvidenceView, description: 'Edited by its author or a lead; the audit log keeps what it was' })
  async update(@UuidParam() id: string, @Body() dto: UpdateEvidenceDto, @CurrentUser() user: AuthenticatedUser): Promise<EvidenceView> {
    return EvidenceView.of(await this.evidence.update(id, dto, user));
  }

  @Delete(':id')
  @Roles(Role.Reviewer)
  @ApiOkResponse({
    type: EvidenceView,
    description: 'Deleted with a reason (body `{reason}`) by its author or a lead; kept in the audit log',
  })
  async remove(@UuidParam() id: string, @Body() dto: DeleteEvidenceDto, @CurrentUser() user: AuthenticatedUser): Promise<EvidenceView> {
    return EvidenceView.of(await this.evidence.remove(id, dto.reason, user));
  }
}
