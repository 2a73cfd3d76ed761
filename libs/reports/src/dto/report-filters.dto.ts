import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { VerdictRating, VerdictState } from '@factdesk/database';
import { ClaimReviewLayout, ReportDateField, ReportFormat } from '../report-format';

const toBoolean = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);

/** What a verdict report holds and how it is written: the query of GET /api/reports/verdicts (and of exports). */
export class ReportFiltersDto {
  @ApiPropertyOptional({ enum: ReportFormat, default: ReportFormat.Csv })
  @IsOptional()
  @IsEnum(ReportFormat, { message: `format must be one of: ${Object.values(ReportFormat).join(', ')}` })
  format: ReportFormat = ReportFormat.Csv;

  @ApiPropertyOptional({ example: '2016-12-01T00:00:00Z', description: 'At or after this time (see dateField)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'from must be an ISO 8601 date' })
  from?: Date;

  @ApiPropertyOptional({ example: '2017-01-01T00:00:00Z', description: 'Before this time (see dateField)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'to must be an ISO 8601 date' })
  to?: Date;

  @ApiPropertyOptional({
    enum: ReportDateField,
    default: ReportDateField.Verdict,
    description: '`verdict`: when the current verdict version was written; `published`: when it was published',
  })
  @IsOptional()
  @IsEnum(ReportDateField, { message: `dateField must be one of: ${Object.values(ReportDateField).join(', ')}` })
  dateField: ReportDateField = ReportDateField.Verdict;

  @ApiPropertyOptional({ enum: VerdictRating, description: "The current verdict's rating" })
  @IsOptional()
  @IsEnum(VerdictRating, { message: `rating must be one of: ${Object.values(VerdictRating).join(', ')}` })
  rating?: VerdictRating;

  @ApiPropertyOptional({ enum: VerdictState, description: "The current verdict's state" })
  @IsOptional()
  @IsEnum(VerdictState, { message: `state must be one of: ${Object.values(VerdictState).join(', ')}` })
  state?: VerdictState;

  @ApiPropertyOptional({ example: 'world' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  desk?: string;

  @ApiPropertyOptional({ description: "The claim's speaker as attributed (case-insensitive, whole name)" })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  speaker?: string;

  @ApiPropertyOptional({ description: "A normalised source (the claim's speaker/organisation or outlet): its id or its slug" })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  source?: string;

  @ApiPropertyOptional({ description: "The article's publisher or the publisher of any of its appearances (case-insensitive)" })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  publisher?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "The current verdict's author or its second reviewer (who approved it)" })
  @IsOptional()
  @IsUUID('all', { message: 'reviewer must be a UUID' })
  reviewer?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Claims of this article' })
  @IsOptional()
  @IsUUID('all', { message: 'article must be a UUID' })
  article?: string;

  @ApiPropertyOptional({ type: Boolean, default: false, description: 'CSV only: start with a UTF-8 byte order mark (for Excel)' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'bom must be true or false' })
  bom?: boolean;

  @ApiPropertyOptional({
    enum: ClaimReviewLayout,
    default: ClaimReviewLayout.Array,
    description: 'ClaimReview only: one JSON array or one object per line',
  })
  @IsOptional()
  @IsEnum(ClaimReviewLayout, { message: `claimreviewLayout must be one of: ${Object.values(ClaimReviewLayout).join(', ')}` })
  claimreviewLayout: ClaimReviewLayout = ClaimReviewLayout.Array;
}
