import { Body, Controller, Get, HttpStatus, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  ArticlePageView,
  ArticleRevisionView,
  ArticlesService,
  ArticleSummaryView,
  ArticleView,
  ListArticlesQuery,
  SubmitArticleDto,
  SubmittedArticleView,
} from '@factdesk/articles';
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
    type: SubmittedArticleView,
    description:
      "Something new was recorded (extraction queued, by the worker's reconciliation if Redis is down): a new article, a new revision (same URL, other text or title: same id, `revision` the new number, extraction queued) or a new appearance (the same text at another URL or publisher)",
  })
  @ApiResponse({
    status: 200,
    type: SubmittedArticleView,
    description: 'Nothing new: the same text was already recorded with this URL and publisher',
  })
  @ApiResponse({ status: 400, description: 'A field is invalid, or holds a NUL character (the field is named)' })
  @ApiResponse({ status: 413, description: 'Request body over 1 MB' })
  @ApiResponse({ status: 422, description: 'The body is binary or an encoded file, not text (the message says why)' })
  async submit(
    @Body() dto: SubmitArticleDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SubmittedArticleView> {
    const submitted = await this.articles.submit(dto, user.id);
    response.status(submitted.outcome === 'unchanged' ? HttpStatus.OK : HttpStatus.CREATED);
    return { ...ArticleView.of(submitted), outcome: submitted.outcome };
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
  @ApiOkResponse({
    type: ArticleView,
    description: 'The current revision with its claims in article order, the claims earlier revisions lost, every revision and appearance',
  })
  async get(@UuidParam() id: string): Promise<ArticleView> {
    const found = await this.articles.get(id);
    return ArticleView.of(found, found);
  }

  @Get(':id/revisions/:revision')
  @Roles(Role.Reviewer)
  @ApiParam({ name: 'revision', type: Number, description: '1 is the original' })
  @ApiOkResponse({
    type: ArticleRevisionView,
    description: "One revision's title and body with the claims it had, at their offsets in that body",
  })
  @ApiResponse({ status: 404, description: 'No such article or revision' })
  async getRevision(
    @UuidParam() id: string,
    @Param('revision', new ParseIntPipe({ errorHttpStatusCode: HttpStatus.NOT_FOUND })) revision: number,
  ): Promise<ArticleRevisionView> {
    const found = await this.articles.getRevision(id, revision);
    return ArticleRevisionView.withClaims(found.article, found.revision, found.claims);
  }
}
