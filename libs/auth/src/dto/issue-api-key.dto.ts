import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';

export class IssueApiKeyDto {
  @ApiPropertyOptional({ example: 'newsroom CMS', description: 'What the key is for, shown in the list of keys' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'label must not be blank' })
  label?: string;
}
