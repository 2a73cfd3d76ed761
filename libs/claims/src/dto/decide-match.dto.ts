import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class DecideMatchDto {
  @ApiPropertyOptional({ example: 'Same convoy, same day: the other article rounds the figure.', description: 'Kept in the audit record' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
