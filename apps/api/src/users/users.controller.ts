import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  ApiKeysService,
  ApiKeyView,
  AuthenticatedUser,
  CreatedUserView,
  CreateUserDto,
  CurrentUser,
  IssueApiKeyDto,
  IssuedApiKeyView,
  Roles,
  UsersService,
  UserView,
} from '@factdesk/auth';
import { Role } from '@factdesk/database';
import { UuidParam } from '../http/uuid-param';

@ApiTags('users')
@ApiBearerAuth()
@Controller('api/users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly apiKeys: ApiKeysService,
  ) {}

  @Post()
  @Roles(Role.Admin)
  @ApiCreatedResponse({ type: CreatedUserView })
  async create(@Body() dto: CreateUserDto, @CurrentUser() admin: AuthenticatedUser): Promise<CreatedUserView> {
    const { user, apiKey } = await this.users.createUser(dto, admin.id);
    return { ...UserView.of(user), apiKey };
  }

  @Get()
  @Roles(Role.Admin)
  @ApiOkResponse({ type: [UserView] })
  async list(): Promise<UserView[]> {
    return (await this.users.listUsers()).map(UserView.of);
  }

  @Get(':id/keys')
  @Roles(Role.Admin)
  @ApiOkResponse({ type: [ApiKeyView], description: "The user's keys, newest first, revoked ones too; never a secret" })
  @ApiNotFoundResponse({ description: 'No such user' })
  async listKeys(@UuidParam() id: string): Promise<ApiKeyView[]> {
    return (await this.apiKeys.listKeys(id)).map(ApiKeyView.of);
  }

  @Post(':id/keys')
  @Roles(Role.Admin)
  @ApiCreatedResponse({ type: IssuedApiKeyView, description: 'A new key for the user, shown this once' })
  @ApiNotFoundResponse({ description: 'No such user' })
  @ApiConflictResponse({ description: 'The user is disabled: enable the user first' })
  async issueKey(@UuidParam() id: string, @Body() dto: IssueApiKeyDto, @CurrentUser() admin: AuthenticatedUser): Promise<IssuedApiKeyView> {
    const { key, apiKey } = await this.apiKeys.issueKey(id, dto.label ?? null, admin.id);
    return { ...ApiKeyView.of(key), apiKey };
  }

  @Post(':id/disable')
  @Roles(Role.Admin)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: UserView, description: "None of the user's keys work any more (every API process within AUTH_CACHE_TTL_MS)" })
  @ApiNotFoundResponse({ description: 'No such user' })
  @ApiConflictResponse({ description: 'Already disabled, yourself, or the last admin with a working key' })
  async disable(@UuidParam() id: string, @CurrentUser() admin: AuthenticatedUser): Promise<UserView> {
    return UserView.of(await this.users.disableUser(id, admin.id));
  }

  @Post(':id/enable')
  @Roles(Role.Admin)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: UserView, description: "The user's keys that are not revoked work again" })
  @ApiNotFoundResponse({ description: 'No such user' })
  @ApiConflictResponse({ description: 'The user is not disabled' })
  async enable(@UuidParam() id: string, @CurrentUser() admin: AuthenticatedUser): Promise<UserView> {
    return UserView.of(await this.users.enableUser(id, admin.id));
  }
}
