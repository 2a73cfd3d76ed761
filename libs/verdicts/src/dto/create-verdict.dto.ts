import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { VerdictRating } from '@factdesk/database';

export class CreateVerdictDto {
  @ApiProperty({ enum: VerdictRating })
  @IsEnum(VerdictRating, { message: `rating must be one of: ${Object.values(VerdictRating).join(', ')}` })
  rating!: VerdictRating;

  @ApiProperty({ example: 'The ministry figures match the UN count published the same day.' })
  @IsString()
  @Length(1, 20_000)
  @Matches(/\S/, { message: 'rationale must not be blank' })
  rationale!: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Ids of the evidence the verdict rests on' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'each evidenceIds entry must be a UUID' })
  evidenceIds?: string[];

  @ApiPropertyOptional({ default: false, description: 'Submit at once (draft and submit in one step); closes your lease' })
  @IsOptional()
  @IsBoolean()
  submit?: boolean;
}
