import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '../passwords';

export class SignInDto {
  @ApiProperty({ example: 'Ana Reviewer', description: "The user's exact name" })
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  // Only the upper bound is checked here, before any hashing; a short wrong password is just wrong.
  @ApiProperty({ format: 'password' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH * 4, { message: `password must have at most ${PASSWORD_MAX_LENGTH} characters` })
  password!: string;
}
