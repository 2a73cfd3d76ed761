import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CreateUserDto, CurrentUser, Roles, UsersService } from '@factdesk/auth';
import { Role, UserEntity } from '@factdesk/database';

class UserView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: Role }) role!: Role;
  @ApiProperty() createdAt!: Date;

  static of({ id, name, role, createdAt }: UserEntity): UserView {
    return { id, name, role, createdAt };
  }
}

class CreatedUserView extends UserView {
  @ApiProperty({ description: 'The API key, shown this once: only its hash is stored' })
  apiKey!: string;
}

@ApiTags('users')
@ApiBearerAuth()
@Controller('api/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

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
}
