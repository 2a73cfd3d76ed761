import { Body, Controller, Get, HttpCode, HttpStatus, Patch, Post, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  ApiKeysService,
  ApiKeyView,
  AuthenticatedUser,
  ChangeRoleDto,
  CreatedUserView,
  CreateUserDto,
  CurrentUser,
  IssueApiKeyDto,
  IssuedApiKeyView,
  ListedUserView,
  Roles,
  SetPasswordDto,
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
  @ApiOkResponse({
    type: [ListedUserView],
    description: 'Every user, oldest first, with role, state, whether it has a password, and its working keys',
  })
  async list(): Promise<ListedUserView[]> {
    return (await this.users.listUsers()).map(ListedUserView.ofListed);
  }

  @Patch(':id')
  @Roles(Role.Admin)
  @ApiOkResponse({
    type: UserView,
    description: 'The new role holds for keys and sessions alike (every API process within AUTH_CACHE_TTL_MS)',
  })
  @ApiNotFoundResponse({ description: 'No such user' })
  @ApiConflictResponse({ description: 'Already that role, yourself, or the last admin with a working key' })
  async changeRole(@UuidParam() id: string, @Body() dto: ChangeRoleDto, @CurrentUser() admin: AuthenticatedUser): Promise<UserView> {
    return UserView.of(await this.users.changeRole(id, dto.role, admin.id));
  }

  @Put(':id/password')
  @Roles(Role.Admin)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: "Password set or reset; the user's sessions end (but the admin's own current one)" })
  @ApiBadRequestResponse({ description: 'Shorter than 12 or longer than 1024 characters' })
  @ApiNotFoundResponse({ description: 'No such user' })
  async setPassword(@UuidParam() id: string, @Body() dto: SetPasswordDto, @CurrentUser() admin: AuthenticatedUser): Promise<void> {
    await this.users.setPassword(id, dto.password, admin.id, admin.sessionId);
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
