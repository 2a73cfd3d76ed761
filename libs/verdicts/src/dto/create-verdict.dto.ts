import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { PageQuery, VerdictRating, VerdictState } from '@factdesk/database';

export class CreateVerdictDto {
  @ApiProperty({ enum: VerdictRating })
  @IsEnum(VerdictRating, { message: `rating must be one of: ${Object.values(VerdictRating).join(', ')}` })
  rating!: VerdictRating;

  @ApiProperty({ example: 'The ministry figures match the UN count published the same day.' })
  @IsString()
  @Length(1, 20_000)
  @Matches(/\S/, { message: 'rationale must not be blank' })
  rationale!: string;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Ids of the evidence versions the verdict rests on: live evidence on this claim (else 400 listing the bad ids)',
  })
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

export class ReviseVerdictDto extends PartialType(OmitType(CreateVerdictDto, ['submit'] as const)) {}

export class CorrectVerdictDto extends OmitType(CreateVerdictDto, ['submit'] as const) {
  @ApiProperty({ example: 'The Red Cross revised its count on 9 December; the rating changes from mixed to mostly false.' })
  @IsString()
  @Length(1, 5000)
  @Matches(/\S/, { message: 'note must not be blank' })
  note!: string;
}

export class RejectVerdictDto {
  @ApiProperty({ example: 'The rationale cites no source for the evacuation figure.' })
  @IsString()
  @Length(1, 5000)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason!: string;
}

export class ApproveVerdictDto {
  @ApiPropertyOptional({ example: 'Checked the sources; agree.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string;
}

/** `GET /api/verdicts`: newest first, keyset-paginated like every list (`?limit=&cursor=`). */
export class ListVerdictsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: VerdictState, description: '`submitted` is the second-review list' })
  @IsOptional()
  @IsEnum(VerdictState, { message: `state must be one of: ${Object.values(VerdictState).join(', ')}` })
  state?: VerdictState;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  claimId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  authorId?: string;
}
