import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ConflictView } from '@factdesk/conflicts';
import {
  ArticleAppearanceEntity,
  ArticleEntity,
  ArticleRevisionEntity,
  ArticleStatus,
  ClaimEntity,
  ClaimState,
  ClaimType,
  ConflictEntity,
} from '@factdesk/database';
import type { SubmissionOutcome } from '../article-submission';

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
  @ApiProperty({ description: 'UTF-16 offset where the claim starts: body.slice(start, end) === text, body being revision `revision`' })
  start!: number;
  @ApiProperty() end!: number;
  @ApiProperty({ description: 'The article revision whose body text, start and end refer to' }) revision!: number;
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
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'State `withdrawn`: the article revision that no longer has the claim',
  })
  withdrawnInRevision!: number | null;
  @ApiProperty({
    description:
      'Flag for leads: the claim was withdrawn by a revision while it had a published verdict (filter: GET /api/claims?publishedVerdictWithdrawn=true)',
  })
  publishedVerdictWithdrawn!: boolean;

  static of(claim: ClaimEntity): ClaimView {
    return pick(claim, [
      'id',
      'ordinal',
      'text',
      'start',
      'end',
      'revision',
      'sentenceIndex',
      'checkworthiness',
      'checkWorthy',
      'type',
      'state',
      'quoteId',
      'attribution',
      'entities',
      'quantities',
      'withdrawnInRevision',
      'publishedVerdictWithdrawn',
    ]);
  }
}

export class ArticleRevisionSummaryView {
  @ApiProperty({ description: '1 is the original submission' }) revision!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'SHA-256 of the normalised body' }) contentHash!: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The URL it was submitted with' }) url!: string | null;
  @ApiProperty() receivedAt!: Date;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid', description: 'The user who submitted it' }) submittedBy!:
    string | null;
  @ApiPropertyOptional({ type: Date, nullable: true, description: 'When its claims were stored; null until then' })
  extractedAt!: Date | null;

  static of(revision: ArticleRevisionEntity): ArticleRevisionSummaryView {
    return {
      revision: revision.revision,
      title: revision.title,
      contentHash: revision.contentHash,
      url: revision.url,
      receivedAt: revision.receivedAt,
      submittedBy: revision.submittedById,
      extractedAt: revision.extractedAt,
    };
  }
}

export class ArticleAppearanceView {
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Normalised URL' }) url!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) publisher!: string | null;
  @ApiProperty({ description: 'The title it carried there' }) title!: string;
  @ApiProperty({ description: 'The article revision when it was first seen there' }) revision!: number;
  @ApiProperty() firstSeenAt!: Date;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' }) submittedBy!: string | null;

  static of(appearance: ArticleAppearanceEntity): ArticleAppearanceView {
    return {
      url: appearance.url,
      publisher: appearance.publisher,
      title: appearance.title,
      revision: appearance.revision,
      firstSeenAt: appearance.firstSeenAt,
      submittedBy: appearance.submittedById,
    };
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
  'revision',
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
  @ApiProperty({ description: "SHA-256 of the current revision's normalised body" }) contentHash!: string;
  @ApiProperty({ description: 'The current revision: title, body and claims are its' }) revision!: number;
  @ApiProperty({ enum: ArticleStatus, description: "The current revision's extraction" }) status!: ArticleStatus;
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
  @ApiProperty({
    type: [ArticleRevisionSummaryView],
    description: 'Every revision, oldest first (GET /api/articles/:id/revisions/:n reads one)',
  })
  revisions!: ArticleRevisionSummaryView[];
  @ApiProperty({
    type: [ArticleAppearanceView],
    description: 'Every URL and publisher the text was submitted with; the first is the original',
  })
  appearances!: ArticleAppearanceView[];
  @ApiPropertyOptional({ type: [ClaimView], description: 'The current revision’s claims (empty until it is extracted)' })
  claims?: ClaimView[];
  @ApiPropertyOptional({
    type: [ClaimView],
    description: 'Claims of earlier revisions that the current one no longer has (state `withdrawn`; offsets into revision `revision`)',
  })
  withdrawnClaims?: ClaimView[];
  @ApiPropertyOptional({ type: [ConflictView], description: 'Conflicting sources proposed from the claims' }) conflicts?: ConflictView[];

  static of(
    record: { article: ArticleEntity; revisions: ArticleRevisionEntity[]; appearances: ArticleAppearanceEntity[] },
    claims?: { claims: ClaimEntity[]; withdrawnClaims: ClaimEntity[]; conflicts: ConflictEntity[] },
  ): ArticleView {
    const view: ArticleView = {
      ...pick(record.article, ARTICLE_VIEW_FIELDS),
      revisions: record.revisions.map(ArticleRevisionSummaryView.of),
      appearances: record.appearances.map(ArticleAppearanceView.of),
    };
    if (claims) {
      view.claims = claims.claims.map(ClaimView.of);
      view.withdrawnClaims = claims.withdrawnClaims.map(ClaimView.of);
      view.conflicts = claims.conflicts.map(ConflictView.of);
    }
    return view;
  }
}

export class SubmittedArticleView extends ArticleView {
  @ApiProperty({
    enum: ['created', 'revised', 'appeared', 'unchanged'],
    description: 'What the submission recorded: a new article (201), a new revision (201), a new appearance (201), or nothing (200)',
  })
  outcome!: SubmissionOutcome;
}

export class ArticleRevisionView extends ArticleRevisionSummaryView {
  @ApiProperty({ format: 'uuid' }) articleId!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ description: "Whether this is the article's current revision" }) current!: boolean;
  @ApiProperty({
    type: [ClaimView],
    description:
      "The claims this revision had, each worded and placed as in this body (body.slice(start, end) === text); state is the claim's state now",
  })
  claims!: ClaimView[];

  static withClaims(article: ArticleEntity, revision: ArticleRevisionEntity, claims: ClaimEntity[]): ArticleRevisionView {
    return {
      ...ArticleRevisionSummaryView.of(revision),
      articleId: article.id,
      body: revision.body,
      current: revision.revision === article.revision,
      claims: claims.map(ClaimView.of),
    };
  }
}

export class ArticleSummaryView {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) url!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) publisher!: string | null;
  @ApiProperty({ description: 'The current revision' }) revision!: number;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'As the submitter declared it' }) language!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The language the engine detected' }) detectedLanguage!: string | null;
  @ApiProperty({ enum: ArticleStatus }) status!: ArticleStatus;
  @ApiProperty() createdAt!: Date;

  static of(article: ArticleEntity): ArticleSummaryView {
    return pick(article, ['id', 'title', 'url', 'publisher', 'language', 'detectedLanguage', 'revision', 'status', 'createdAt']);
  }
}

export class ArticlePageView {
  @ApiProperty({ type: [ArticleSummaryView] }) items!: ArticleSummaryView[];
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Pass as ?cursor= to get the next page; null on the last page' })
  nextCursor!: string | null;
}
