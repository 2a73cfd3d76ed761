import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { ClaimState, VerdictRating, PageQuery } from '@factdesk/database';

export class ListClaimsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ClaimState })
  @IsOptional()
  @IsEnum(ClaimState, { message: `state must be one of: ${Object.values(ClaimState).join(', ')}` })
  state?: ClaimState;

  @ApiPropertyOptional({ enum: VerdictRating, description: "The rating of the claim's current verdict" })
  @IsOptional()
  @IsEnum(VerdictRating, { message: `rating must be one of: ${Object.values(VerdictRating).join(', ')}` })
  rating?: VerdictRating;

  @ApiPropertyOptional({
    type: Boolean,
    description: 'true: the claims a revision of their article withdrew while they had a published verdict (the leads’ list to act on)',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'publishedVerdictWithdrawn must be true or false' })
  publishedVerdictWithdrawn?: boolean;

  @ApiPropertyOptional({ example: 'world' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  desk?: string;

  @ApiPropertyOptional({ description: 'A normalised source: its id or its slug (e.g. russian-ministry-of-defence)' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  source?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Claims this reviewer wrote a verdict on or holds' })
  @IsOptional()
  @IsUUID()
  reviewer?: string;

  @ApiPropertyOptional({ example: '2016-12-01T00:00:00Z', description: 'Claims stored at or after this time' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'from must be an ISO 8601 date' })
  from?: Date;

  @ApiPropertyOptional({ example: '2016-12-31T00:00:00Z', description: 'Claims stored before this time' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'to must be an ISO 8601 date' })
  to?: Date;
}
