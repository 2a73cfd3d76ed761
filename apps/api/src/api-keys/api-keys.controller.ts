import { Controller, Delete } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiKeysService, ApiKeyView, AuthenticatedUser, CurrentUser, Roles } from '@factdesk/auth';
import { Role } from '@factdesk/database';
import { UuidParam } from '../http/uuid-param';

@ApiTags('users')
@ApiBearerAuth()
@Controller('api/keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Delete(':id')
  @Roles(Role.Admin)
  @ApiOkResponse({
    type: ApiKeyView,
    description:
      'Revoked (kept, with `revokedAt` and `revokedBy`): refused at once by this process, by every API process within AUTH_CACHE_TTL_MS',
  })
  @ApiNotFoundResponse({ description: 'No such key' })
  @ApiConflictResponse({ description: 'Already revoked, or the last working admin key' })
  async revoke(@UuidParam() id: string, @CurrentUser() admin: AuthenticatedUser): Promise<ApiKeyView> {
    return ApiKeyView.of(await this.apiKeys.revokeKey(id, admin.id));
  }
}
