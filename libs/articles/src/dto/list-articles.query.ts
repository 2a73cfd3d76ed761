import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional, Matches } from 'class-validator';
import { ArticleStatus, PageQuery } from '@factdesk/database';

export class ListArticlesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ArticleStatus })
  @IsOptional()
  @IsEnum(ArticleStatus)
  status?: ArticleStatus;

  @ApiPropertyOptional({
    example: 'de',
    description: 'Articles in this language (ISO 639-1): the detected one, or the declared one when detection was unsure',
  })
  @IsOptional()
  @Matches(/^[a-z]{2}(-[A-Z]{2})?$/, { message: 'language must be an ISO 639-1 code such as "en" or "pt-BR"' })
  language?: string;
}
