import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, Length } from 'class-validator';

/** `GET /api/reports/summary`: a date range (default: the 30 days up to now) and, optionally, one desk. */
export class ReportSummaryQuery {
  @ApiPropertyOptional({ example: '2016-12-01T00:00:00Z', description: 'Start of the range (inclusive); default: 30 days before `to`' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'from must be an ISO 8601 date' })
  from?: Date;

  @ApiPropertyOptional({ example: '2017-01-01T00:00:00Z', description: 'End of the range (exclusive); default: now' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'to must be an ISO 8601 date' })
  to?: Date;

  @ApiPropertyOptional({ example: 'world', description: "Only this desk's claims (the queue depth and open conflicts too)" })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  desk?: string;
}
