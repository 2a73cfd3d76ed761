import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AuditService } from '@factdesk/audit';
import { OutboxService } from '@factdesk/outbox';
import { SourcesService } from '@factdesk/sources';
import { ConflictsService } from '@factdesk/conflicts';
import { EnvironmentVariables } from '@factdesk/config';
import {
  ArticleEntity,
  ArticleStatus,
  ClaimEntity,
  ClaimMatchEntity,
  ClaimMatchStatus,
  ClaimState,
  ClaimType,
  ConflictOrigin,
  OutboxEventType,
} from '@factdesk/database';
import { extract, MATCH_CONFIRM_THRESHOLD, signArticleClaims, signatureBandKeys, type ClaimSignature } from '@factdesk/extraction';
import type { EntityManager } from 'typeorm';
import { basePriority, ReviewQueueService } from '@factdesk/review-queue';
import { ClaimCarryOverService } from './claim-carry-over.service';
import { articleLanguage, initialClaimState, isLanguageSupported } from './claim-language';
import {
  CANDIDATES_PER_BAND,
  CANDIDATES_PER_STORY_KEY,
  findMatchCandidates,
  preparedRunner,
  rankCandidates,
  storeSignatures,
  type SignedClaim,
} from './claim-match-store';
import { classifyExtractionError } from './extraction-error';

/** Matches kept per claim, best first. */
const MATCHES_PER_CLAIM = 10;

export type ExtractionOutcome =
  | { outcome: 'extracted'; claims: number; checkWorthy: number; readyClaimIds: string[]; withdrawnClaimIds: string[] }
  | { outcome: 'already-extracted' }
  /** A newer revision of the article arrived: its own job extracts it. */
  | { outcome: 'superseded' }
  | { outcome: 'not-found' };

/**
 * Runs the pure extraction engine on a stored article and stores its claims.
 * Safe to run twice, or in two workers at once: the claims and the "extracted"
 * status commit in one transaction that holds the article's row lock, and a run
 * that finds the article already extracted does nothing.
 */
@Injectable()
export class ArticleExtractionService {
  private readonly logger = new Logger(ArticleExtractionService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly reviewQueue: ReviewQueueService,
    private readonly outbox: OutboxService,
    private readonly sources: SourcesService,
    private readonly conflicts: ConflictsService,
    private readonly carryOver: ClaimCarryOverService,
    private readonly env: EnvironmentVariables,
  ) {}

  /**
   * Extracts, then puts the check-worthy claims in the review queue (after the commit: PostgreSQL first).
   * `revision`: the article revision the job was queued for; an older one than the article's is not extracted.
   */
  async extractArticle(articleId: string, revision?: number): Promise<ExtractionOutcome> {
    const outcome = await this.extractAndStore(articleId, revision);
    if (outcome.outcome === 'extracted') {
      await this.reviewQueue.afterCommit({ enqueue: outcome.readyClaimIds, remove: outcome.withdrawnClaimIds });
    }
    return outcome;
  }

  private async extractAndStore(articleId: string, jobRevision?: number): Promise<ExtractionOutcome> {
    const started = await this.dataSource
      .createQueryBuilder()
      .update(ArticleEntity)
      .set({ status: ArticleStatus.Extracting, extractionAttempts: () => 'extraction_attempts + 1' })
      .where({
        id: articleId,
        status: In([ArticleStatus.Received, ArticleStatus.Extracting, ArticleStatus.Failed]),
        ...(jobRevision === undefined ? {} : { revision: jobRevision }),
      })
      .returning(['body', 'revision'])
      .execute();
    const { body, revision } = (started.raw as Array<{ body: string; revision: number }>)[0] ?? {};
    if (body === undefined) return this.notExtractable(articleId, jobRevision);

    // The engine is pure and runs outside the transaction: no lock is held while it thinks.
    const result = extract(body);

    return this.dataSource.transaction(async (manager) => {
      const article = await manager.findOne(ArticleEntity, { where: { id: articleId }, lock: { mode: 'pessimistic_write' } });
      if (!article) return { outcome: 'not-found' } as const;
      if (article.status === ArticleStatus.Extracted) return { outcome: 'already-extracted' } as const;
      // The body extracted above is this revision's: a newer one arrived meanwhile, and its job stores its claims.
      if (article.revision !== revision) return { outcome: 'superseded' } as const;

      const queuedAt = new Date();
      const languageSupported = this.queuesLanguage(article, result.language);
      const sourceIds = await this.sources.ensure(
        manager,
        result.claims.flatMap((claim) => [claim.attribution.source, claim.attribution.outletSource]),
      );
      const claims = result.claims.map((claim, ordinal) =>
        manager.create(ClaimEntity, {
          articleId,
          ordinal,
          text: claim.text,
          start: claim.start,
          end: claim.end,
          sentenceIndex: claim.sentenceIndex,
          checkworthiness: claim.checkworthiness,
          checkWorthy: claim.checkWorthy,
          type: claim.type as ClaimType,
          state: initialClaimState(claim.checkWorthy, languageSupported),
          quoteId: claim.quoteId ?? null,
          attribution: claim.attribution,
          sourceId: claim.attribution.source ? (sourceIds.get(claim.attribution.source.id) ?? null) : null,
          outletSourceId: claim.attribution.outletSource ? (sourceIds.get(claim.attribution.outletSource.id) ?? null) : null,
          entities: claim.entities,
          quantities: claim.quantities,
          revision: article.revision,
          desk: article.desk,
          language: article.language ?? result.language ?? null,
          priorityBase: basePriority(claim.checkworthiness, article.reach),
          queuedAt: claim.checkWorthy && languageSupported ? queuedAt : null,
        }),
      );
      // A later revision keeps the claims whose text is unchanged; only the others are inserted.
      const plan = await this.carryOver.prepare(manager, article, claims);
      const inserted = plan.inserted;
      // Chunked: PostgreSQL allows at most 65535 bind parameters per statement.
      for (let i = 0; i < inserted.length; i += 500) await manager.insert(ClaimEntity, inserted.slice(i, i + 500));
      const checkWorthy = claims.filter((claim) => claim.checkWorthy).length;
      const matches = await this.storeSignaturesAndMatches(manager, articleId, claims, inserted);
      await this.carryOver.complete(manager, article, plan, claims);
      const proposedConflicts: string[] = [];
      for (const conflict of result.conflicts.filter((found) => touchesInserted(found, plan.insertedIndexes))) {
        proposedConflicts.push(
          await this.conflicts.propose(manager, {
            claimId: null,
            articleId,
            origin: ConflictOrigin.Extraction,
            description: conflict.reason,
            openedBy: null,
            sides: conflict.sides.flatMap((side) =>
              side.claimIndexes.map((index) => ({
                sourceId: sourceIds.get(side.sourceId) ?? null,
                sourceName: side.sourceName,
                claimId: claims[index]!.id,
                position: side.position,
              })),
            ),
          }),
        );
      }
      await manager.update(
        ArticleEntity,
        { id: articleId },
        { status: ArticleStatus.Extracted, extractedAt: new Date(), extractionError: null, detectedLanguage: result.language },
      );
      await this.audit.record(manager, {
        actorId: null,
        action: 'article.extracted',
        entityType: 'article',
        entityId: articleId,
        details: {
          claims: claims.length,
          checkWorthy,
          conflicts: result.conflicts.length,
          matches,
          language: result.language,
          languageSupported,
        },
      });
      const readyClaimIds = inserted.filter((claim) => claim.state === ClaimState.Ready).map((claim) => claim.id);
      await this.outbox.record(
        manager,
        {
          type: OutboxEventType.ArticleExtracted,
          aggregateType: 'article',
          aggregateId: articleId,
          payload: { articleId, claims: claims.length, checkWorthy, conflicts: proposedConflicts.length },
        },
        ...readyClaimIds.map((claimId) => ({
          type: OutboxEventType.ClaimReady,
          aggregateType: 'claim',
          aggregateId: claimId,
          payload: { claimId, articleId },
        })),
      );
      return {
        outcome: 'extracted',
        claims: claims.length,
        checkWorthy,
        conflicts: result.conflicts.length,
        matches,
        readyClaimIds,
        withdrawnClaimIds: plan.withdrawn.map((claim) => claim.id),
      } as const;
    });
  }

  /** Why a job found nothing to extract: done already, overtaken by a newer revision, or no such article. */
  private async notExtractable(articleId: string, jobRevision: number | undefined): Promise<ExtractionOutcome> {
    const article = await this.dataSource
      .getRepository(ArticleEntity)
      .findOne({ select: { id: true, revision: true }, where: { id: articleId } });
    if (!article) return { outcome: 'not-found' };
    return jobRevision !== undefined && article.revision !== jobRevision ? { outcome: 'superseded' } : { outcome: 'already-extracted' };
  }

  /** Whether the article's claims go to the review queue: its language (detected, else declared) is in SUPPORTED_LANGUAGES. */
  private queuesLanguage(article: ArticleEntity, detected: string | null): boolean {
    return isLanguageSupported(articleLanguage(article.language, detected), this.env.SUPPORTED_LANGUAGES);
  }

  /**
   * Stores each claim's signature (`claims`: those inserted; `revisionClaims`: all of the
   * revision, whose names make the story fingerprint) and links it to earlier claims of other
   * articles that say the same thing. Every claim is signed, check-worthy or not: a restatement is the
   * same claim whichever side the model queued (DESIGN: a claim links to the same claim seen
   * in other articles); one without checkable content (boilerplate, a few words) gets an
   * empty signature, stored so it is not signed again, and is never matched. One statement
   * probes every band key of the article's claims in `claim_band_keys` (an index range scan
   * per key, newest first, at most CANDIDATES_PER_BAND each (CANDIDATES_PER_STORY_KEY for a story key); what a cap leaves out is
   * logged), one fetches the candidates' signatures, leaving out those whose figures conflict
   * with those of every claim that asked for one of their keys; each claim then scores only the candidates that share one of its
   * own keys, with the engine's similarity (0 when their figures differ).
   */
  private async storeSignaturesAndMatches(
    manager: EntityManager,
    articleId: string,
    revisionClaims: readonly ClaimEntity[],
    claims: readonly ClaimEntity[],
  ): Promise<number> {
    // Signed with the story fingerprint all of the revision's claims make, kept or new.
    const signatures = signArticleClaims(revisionClaims.map((claim) => claim.text));
    const signatureOf = new Map(revisionClaims.map((claim, i) => [claim, signatures[i] as ClaimSignature]));
    const signed = claims.map((claim) => ({ claim, signature: signatureOf.get(claim) as ClaimSignature }));
    if (signed.length === 0) return 0;
    const matchable = signed.filter(({ signature }) => signature.shingles.length > 0);
    const query = preparedRunner(manager);

    const asking = matchable.map(({ signature }) => ({ bandKeys: signatureBandKeys(signature), figures: signature.figures }));
    const lookup = await findMatchCandidates(
      query,
      asking.flatMap((claim) => claim.bandKeys),
      articleId,
      CANDIDATES_PER_BAND,
      asking,
    );
    if (lookup.leftOut > 0) {
      this.logger.log(
        `Matching article ${articleId}: ${lookup.cappedBands} of ${lookup.probes} band buckets held more than their cap (${CANDIDATES_PER_BAND}, ${CANDIDATES_PER_STORY_KEY} for a story key); ` +
          `${lookup.leftOut}${lookup.leftOutExact ? '' : ' or more'} older entries were left out`,
      );
    }
    let matches = 0;
    for (const { claim, signature } of matchable) {
      const found = rankCandidates(signature, lookup, MATCHES_PER_CLAIM);
      if (found.length === 0) continue;
      await manager.insert(
        ClaimMatchEntity,
        found.map(({ candidate, similarity }) => ({
          claimId: claim.id,
          matchedClaimId: candidate.claimId,
          similarity,
          status: similarity >= MATCH_CONFIRM_THRESHOLD ? ClaimMatchStatus.Confirmed : ClaimMatchStatus.Suggested,
        })),
      );
      matches += found.length;
    }
    await storeSignatures(
      query,
      signed.map(({ claim, signature }) => ({ claimId: claim.id, articleId, signature })),
    );
    return matches;
  }

  /**
   * Signs claims that have no signature (claims stored before the current
   * SIGNATURE_VERSION, whose signatures a migration dropped), oldest first, at most
   * `limit`; they become candidates for later articles again. Every claim gets a row, an
   * empty signature included, so none is picked again. A claim is signed with its article's
   * story fingerprint, which all the article's claims make (signArticleClaims), so each
   * article of the batch is read whole. Returns how many were signed: the worker calls it
   * until that is 0.
   */
  async signUnsigned(limit = 500): Promise<number> {
    const rows: Array<{ id: string; article_id: string }> = await this.dataSource.query(
      `SELECT c.id, c.article_id FROM claims c
       WHERE NOT EXISTS (SELECT 1 FROM claim_signatures s WHERE s.claim_id = c.id)
       ORDER BY c.created_at, c.id LIMIT $1`,
      [limit],
    );
    if (rows.length === 0) return 0;
    const unsigned = new Set(rows.map((row) => row.id));
    const articleClaims: Array<{ id: string; article_id: string; text: string }> = await this.dataSource.query(
      `SELECT c.id, c.article_id, c.text FROM claims c WHERE c.article_id = ANY($1::uuid[]) ORDER BY c.article_id, c.ordinal, c.id`,
      [[...new Set(rows.map((row) => row.article_id))]],
    );
    const byArticle = new Map<string, Array<{ id: string; text: string }>>();
    for (const claim of articleClaims) {
      const claims = byArticle.get(claim.article_id);
      if (claims) claims.push(claim);
      else byArticle.set(claim.article_id, [claim]);
    }
    const toStore: SignedClaim[] = [];
    for (const [articleId, claims] of byArticle) {
      const signatures = signArticleClaims(claims.map((claim) => claim.text));
      claims.forEach((claim, i) => {
        if (unsigned.has(claim.id)) toStore.push({ claimId: claim.id, articleId, signature: signatures[i] as ClaimSignature });
      });
    }
    await storeSignatures((sql, parameters) => this.dataSource.query(sql, parameters), toStore);
    return rows.length;
  }

  /**
   * After the last retry: the article shows "failed" with the class of error that
   * stopped it (see classifyExtractionError); the raw error is logged, never stored.
   * `error`: the Error, or the reason BullMQ kept.
   */
  /**
   * Records that extraction failed for good. `revision`: the revision the failed job was for; a job
   * overtaken by a newer revision marks nothing (the newer revision's own job decides).
   */
  async markFailed(articleId: string, raw: unknown, revision?: number): Promise<void> {
    const error = classifyExtractionError(raw);
    this.logger.warn(
      `Extraction of article ${articleId} failed (${error}): ${raw instanceof Error ? (raw.stack ?? raw.message) : String(raw)}`,
    );
    await this.dataSource.transaction(async (manager) => {
      const updated = await manager.update(
        ArticleEntity,
        {
          id: articleId,
          status: In([ArticleStatus.Received, ArticleStatus.Extracting]),
          ...(revision === undefined ? {} : { revision }),
        },
        { status: ArticleStatus.Failed, extractionError: error },
      );
      if (!updated.affected) return;
      await this.audit.record(manager, {
        actorId: null,
        action: 'article.extraction_failed',
        entityType: 'article',
        entityId: articleId,
        details: { error },
      });
    });
  }
}

/** A conflict the engine found is proposed again on a later revision only when one of its sides is a new claim. */
function touchesInserted(conflict: { sides: Array<{ claimIndexes: number[] }> }, inserted: ReadonlySet<number>): boolean {
  return conflict.sides.some((side) => side.claimIndexes.some((index) => inserted.has(index)));
}
