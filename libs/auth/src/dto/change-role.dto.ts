import { ApiProperty } from '@nestjs/swagger';
import { IsEnum } from 'class-validator';
import { Role } from '@factdesk/database';

export class ChangeRoleDto {
  @ApiProperty({ enum: Role, example: Role.Lead })
  @IsEnum(Role, { message: `role must be one of: ${Object.values(Role).join(', ')}` })
  role!: Role;
}
