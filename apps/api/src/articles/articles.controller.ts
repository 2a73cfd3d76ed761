import { Body, Controller, Get, HttpStatus, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ArticlePageView, ArticlesService, ArticleSummaryView, ArticleView, ListArticlesQuery, SubmitArticleDto } from '@factdesk/articles';
import { AuthenticatedUser, CurrentUser, Roles } from '@factdesk/auth';
import { Role } from '@factdesk/database';
import { UuidParam } from '../http/uuid-param';

@ApiTags('articles')
@ApiBearerAuth()
@Controller('api/articles')
export class ArticlesController {
  constructor(private readonly articles: ArticlesService) {}

  @Post()
  @Roles(Role.Reviewer)
  @ApiResponse({
    status: 201,
    type: ArticleView,
    description: "Stored; extraction is queued (by the worker's reconciliation if Redis is down)",
  })
  @ApiResponse({ status: 200, type: ArticleView, description: 'The same content or URL was already submitted: the existing article' })
  @ApiResponse({ status: 400, description: 'A field is invalid, or holds a NUL character (the field is named)' })
  @ApiResponse({ status: 413, description: 'Request body over 1 MB' })
  @ApiResponse({ status: 422, description: 'The body is binary or an encoded file, not text (the message says why)' })
  async submit(
    @Body() dto: SubmitArticleDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ArticleView> {
    const { article, created } = await this.articles.submit(dto, user.id);
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return ArticleView.of(article);
  }

  @Get()
  @Roles(Role.Reviewer)
  @ApiOkResponse({ type: ArticlePageView })
  async list(@Query() query: ListArticlesQuery): Promise<ArticlePageView> {
    const page = await this.articles.list(query);
    return { items: page.items.map(ArticleSummaryView.of), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @Roles(Role.Reviewer)
  @ApiOkResponse({ type: ArticleView, description: 'The article with its claims in article order' })
  async get(@UuidParam() id: string): Promise<ArticleView> {
    const { article, claims, conflicts } = await this.articles.get(id);
    return ArticleView.of(article, claims, conflicts);
  }
}
