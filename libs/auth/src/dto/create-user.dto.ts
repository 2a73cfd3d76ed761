import { ApiProperty } from '@nestjs/swagger';
import { IsEnum, IsString, Length, Matches } from 'class-validator';
import { Role } from '@factdesk/database';

export class CreateUserDto {
  @ApiProperty({ example: 'Ana Reviewer', description: 'Display name' })
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @ApiProperty({ enum: Role, example: Role.Reviewer })
  @IsEnum(Role, { message: `role must be one of: ${Object.values(Role).join(', ')}` })
  role!: Role;
}
