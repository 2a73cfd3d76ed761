import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ConflictView } from '@factdesk/conflicts';
import { ArticleEntity, ArticleStatus, ClaimEntity, ClaimState, ClaimType, ConflictEntity } from '@factdesk/database';

/** Copies the named fields only, so nothing the entity gains later leaks into a response by accident. */
function pick<T, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const key of keys) picked[key] = source[key];
  return picked;
}

export class ClaimView {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'Position of the claim in its article' }) ordinal!: number;
  @ApiProperty() text!: string;
  @ApiProperty({ description: 'UTF-16 offset where the claim starts: body.slice(start, end) === text' }) start!: number;
  @ApiProperty() end!: number;
  @ApiProperty() sentenceIndex!: number;
  @ApiProperty({ minimum: 0, maximum: 1 }) checkworthiness!: number;
  @ApiProperty() checkWorthy!: boolean;
  @ApiProperty({ enum: ClaimType }) type!: ClaimType;
  @ApiProperty({ enum: ClaimState }) state!: ClaimState;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Shared by the sentences of one direct quote' }) quoteId!:
    number | null;
  @ApiPropertyOptional({
    type: Object,
    nullable: true,
    description: 'speaker, role, title, organisation, outlet, source {id, name, kind, country}, outletSource, coSpeakers, method',
  })
  attribution!: Record<string, unknown> | null;
  @ApiProperty({ type: [Object], description: 'People, organisations and places: {text, start, end, type, sourceId?, country?}' })
  entities!: Array<Record<string, unknown>>;
  @ApiProperty({
    type: [Object],
    description: 'Normalised quantities: {text, start, end, kind, value, low?, high?, unit, counted, approximate, bound}',
  })
  quantities!: Array<Record<string, unknown>>;

  static of(claim: ClaimEntity): ClaimView {
    return pick(claim, [
      'id',
      'ordinal',
      'text',
      'start',
      'end',
      'sentenceIndex',
      'checkworthiness',
      'checkWorthy',
      'type',
      'state',
      'quoteId',
      'attribution',
      'entities',
      'quantities',
    ]);
  }
}

const ARTICLE_VIEW_FIELDS = [
  'id',
  'title',
  'body',
  'url',
  'publisher',
  'language',
  'publishedAt',
  'contentHash',
  'status',
  'extractionError',
  'createdAt',
  'updatedAt',
  'extractedAt',
  'detectedLanguage',
  'desk',
  'reach',
] as const satisfies readonly (keyof ArticleEntity)[];

export class ArticleView {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() body!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) url!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) publisher!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) language!: string | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) publishedAt!: Date | null;
  @ApiProperty() contentHash!: string;
  @ApiProperty({ enum: ArticleStatus }) status!: ArticleStatus;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description:
      'Why extraction failed after its retries, as a class: timeout, database_unavailable, redis_unavailable, worker_stalled, database_error: <SQLSTATE> or engine_error: <short reason>',
  })
  extractionError!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
  @ApiPropertyOptional({ type: Date, nullable: true }) extractedAt!: Date | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The language the engine detected' }) detectedLanguage!: string | null;
  @ApiProperty({ description: 'The desk that reviews its claims' }) desk!: string;
  @ApiProperty({ description: "The publisher's reach, 0..1" }) reach!: number;
  @ApiPropertyOptional({ type: [ClaimView] }) claims?: ClaimView[];
  @ApiPropertyOptional({ type: [ConflictView], description: 'Conflicting sources proposed from the claims' }) conflicts?: ConflictView[];

  static of(article: ArticleEntity, claims?: ClaimEntity[], conflicts?: ConflictEntity[]): ArticleView {
    const view: ArticleView = pick(article, ARTICLE_VIEW_FIELDS);
    if (claims) view.claims = claims.map(ClaimView.of);
    if (conflicts) view.conflicts = conflicts.map(ConflictView.of);
    return view;
  }
}

export class ArticleSummaryView {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) url!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) publisher!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'As the submitter declared it' }) language!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The language the engine detected' }) detectedLanguage!: string | null;
  @ApiProperty({ enum: ArticleStatus }) status!: ArticleStatus;
  @ApiProperty() createdAt!: Date;

  static of(article: ArticleEntity): ArticleSummaryView {
    return pick(article, ['id', 'title', 'url', 'publisher', 'language', 'detectedLanguage', 'status', 'createdAt']);
  }
}

export class ArticlePageView {
  @ApiProperty({ type: [ArticleSummaryView] }) items!: ArticleSummaryView[];
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Pass as ?cursor= to get the next page; null on the last page' })
  nextCursor!: string | null;
}
