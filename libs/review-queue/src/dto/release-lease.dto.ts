import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { ReleaseReason } from '@factdesk/database';

export class ReleaseLeaseDto {
  @ApiProperty({ enum: ReleaseReason, description: 'A skipped claim is not offered to you again for a while' })
  @IsEnum(ReleaseReason, { message: `reason must be one of: ${Object.values(ReleaseReason).join(', ')}` })
  reason!: ReleaseReason;

  @ApiPropertyOptional({ example: 'Needs someone who reads Arabic' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
