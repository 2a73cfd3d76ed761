import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsNumber, IsOptional, IsString, IsUrl, Length, Matches, Max, MaxLength, Min } from 'class-validator';

export class SubmitArticleDto {
  @ApiProperty({ example: 'Aleppo evacuation continues' })
  @IsString()
  @Length(1, 500)
  @Matches(/\S/, { message: 'title must not be blank' })
  title!: string;

  @ApiProperty({ description: 'Plain article text; the request as a whole may be at most 1 MB.' })
  @IsString()
  @Matches(/\S/, { message: 'body must contain text' })
  body!: string;

  @ApiPropertyOptional({ example: 'https://example.org/news/aleppo' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'url must be an http(s) URL' })
  @MaxLength(2048)
  url?: string;

  @ApiPropertyOptional({ example: 'RT' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  publisher?: string;

  @ApiPropertyOptional({ example: 'en', description: 'ISO 639-1 code, optionally with a region (en, de, pt-BR)' })
  @IsOptional()
  @Matches(/^[a-z]{2}(-[A-Z]{2})?$/, { message: 'language must be an ISO 639-1 code such as "en" or "pt-BR"' })
  language?: string;

  @ApiPropertyOptional({ example: 'world', description: 'The desk whose reviewers check its claims (default "general")' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @Matches(/\S/, { message: 'desk must not be blank' })
  desk?: string;

  @ApiPropertyOptional({
    example: 0.8,
    minimum: 0,
    maximum: 1,
    description: "The publisher's reach (default 0.5): wider-read articles are checked first",
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  reach?: number;

  @ApiPropertyOptional({ example: '2016-12-07T10:00:00Z' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'publishedAt must be an ISO 8601 date' })
  publishedAt?: Date;
}
