import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';

export class NextClaimDto {
  @ApiPropertyOptional({ example: 'world', description: 'Only claims of this desk' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  desk?: string;

  @ApiPropertyOptional({ example: 'en', description: 'Only claims in this language (ISO 639-1)' })
  @IsOptional()
  @Matches(/^[a-z]{2}(-[A-Z]{2})?$/, { message: 'language must be an ISO 639-1 code such as "en" or "pt-BR"' })
  language?: string;
}
