import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@factdesk/audit';
import { ArticleEntity, ArticleRevisionEntity, ClaimEntity, ClaimSpanEntity, ClaimState, OutboxEventType } from '@factdesk/database';
import { OutboxService } from '@factdesk/outbox';
import { ReviewQueueService } from '@factdesk/review-queue';
import { matchClaimsByText } from './claim-revision-match';

/** What storing one revision's claims does to the claims the article already had. */
export interface RevisionPlan {
  revision: ArticleRevisionEntity;
  /** The revision the article's live claims were in before; null on a first extraction. */
  previousRevision: number | null;
  /** Claims of this revision to insert (new or changed text), in article order. */
  inserted: ClaimEntity[];
  /** Indexes (into the engine's claims) of the inserted ones. */
  insertedIndexes: ReadonlySet<number>;
  carried: ClaimEntity[];
  withdrawn: Array<{ id: string; publishedVerdict: boolean }>;
}

/**
 * A new revision of an article meets the claims it already had. Claims whose text is
 * unchanged (normalised, see claim-revision-match.ts) carry over: the same row, so the
 * same id, state, lease, evidence and verdicts, with its text and offsets moved to the
 * new body. Claims the new revision no longer has are withdrawn: never deleted, out of
 * the queue, any open lease ended, and flagged to leads when they had a published
 * verdict. The rest are new and are inserted and queued as on a first extraction.
 * Every call runs inside the extraction's transaction, which holds the article's row lock.
 */
@Injectable()
export class ClaimCarryOverService {
  constructor(
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly reviewQueue: ReviewQueueService,
  ) {}

  /**
   * Sorts the engine's claims (`claims`, in article order, not yet stored) into carried and
   * new, writes the carried and withdrawn ones, and replaces each carried entry of `claims`
   * with the stored claim, so that `claims[i].id` is right for whatever the caller links to it.
   */
  async prepare(manager: EntityManager, article: ArticleEntity, claims: ClaimEntity[]): Promise<RevisionPlan> {
    const revision = await this.ensureRevision(manager, article);
    // Claims first, then their leases (ReviewQueueService's lock order); in id order, so two writers never cross.
    const previous = (await manager
      .createQueryBuilder(ClaimEntity, 'claim')
      .setLock('pessimistic_write')
      .where('claim.article_id = :articleId AND claim.state <> :withdrawn', { articleId: article.id, withdrawn: ClaimState.Withdrawn })
      .orderBy('claim.id')
      .getMany()) as ClaimEntity[];
    if (previous.length === 0) {
      return {
        revision,
        previousRevision: article.revision > 1 ? article.revision - 1 : null,
        inserted: claims,
        insertedIndexes: new Set(claims.keys()),
        carried: [],
        withdrawn: [],
      };
    }
    previous.sort((a, b) => a.revision - b.revision || a.ordinal - b.ordinal);
    const previousRevision = Math.max(...previous.map((claim) => claim.revision));
    const match = matchClaimsByText(
      previous,
      claims.map((claim) => claim.text),
    );
    const carried = match.carried.map(({ previous: stored, index }) => {
      const fresh = claims[index]!;
      Object.assign(stored, {
        text: fresh.text,
        start: fresh.start,
        end: fresh.end,
        ordinal: fresh.ordinal,
        sentenceIndex: fresh.sentenceIndex,
        quoteId: fresh.quoteId,
        entities: fresh.entities,
        quantities: fresh.quantities,
        revision: article.revision,
      });
      claims[index] = stored;
      return stored;
    });
    await this.moveCarried(manager, carried, article.revision);
    const withdrawn = await this.withdraw(manager, article, match.withdrawn);
    await this.audit.record(
      manager,
      ...carried.map((claim) => ({
        actorId: null,
        action: 'claim.carried_over',
        entityType: 'claim',
        entityId: claim.id,
        details: { articleId: article.id, revision: article.revision, start: claim.start, end: claim.end },
      })),
    );
    return {
      revision,
      previousRevision,
      inserted: match.added.map((index) => claims[index]!),
      insertedIndexes: new Set(match.added),
      carried,
      withdrawn,
    };
  }

  /**
   * Once every claim of the revision has its id: each claim's span in this revision, the
   * revision marked extracted, and for a revision after the first, `article.revised`.
   */
  async complete(manager: EntityManager, article: ArticleEntity, plan: RevisionPlan, claims: ClaimEntity[]): Promise<void> {
    for (let i = 0; i < claims.length; i += 1000) {
      await manager.insert(
        ClaimSpanEntity,
        claims.slice(i, i + 1000).map((claim) => ({
          revisionId: plan.revision.id,
          claimId: claim.id,
          ordinal: claim.ordinal,
          text: claim.text,
          start: claim.start,
          end: claim.end,
        })),
      );
    }
    await manager.update(ArticleRevisionEntity, { id: plan.revision.id }, { extractedAt: new Date() });
    if (article.revision === 1) return;
    const counts = { carried: plan.carried.length, new: plan.inserted.length, withdrawn: plan.withdrawn.length };
    const details = {
      revision: article.revision,
      previousRevision: plan.previousRevision,
      claims: counts,
      withdrawnClaimIds: plan.withdrawn.map((claim) => claim.id),
      publishedVerdictWithdrawnClaimIds: plan.withdrawn.filter((claim) => claim.publishedVerdict).map((claim) => claim.id),
    };
    await this.audit.record(manager, {
      actorId: null,
      action: 'article.revision_extracted',
      entityType: 'article',
      entityId: article.id,
      details,
    });
    await this.outbox.record(manager, {
      type: OutboxEventType.ArticleRevised,
      aggregateType: 'article',
      aggregateId: article.id,
      payload: { articleId: article.id, ...details },
    });
  }

  /** The stored row of the article's current revision (written now for an article stored before revisions existed). */
  private async ensureRevision(manager: EntityManager, article: ArticleEntity): Promise<ArticleRevisionEntity> {
    const found = await manager.findOneBy(ArticleRevisionEntity, { articleId: article.id, revision: article.revision });
    if (found) return found;
    const revision = manager.create(ArticleRevisionEntity, {
      articleId: article.id,
      revision: article.revision,
      title: article.title,
      body: article.body,
      contentHash: article.contentHash,
      url: article.url,
      receivedAt: article.createdAt,
      submittedById: article.submittedById,
      extractedAt: null,
    });
    await manager.insert(ArticleRevisionEntity, revision);
    return revision;
  }

  /** One statement for every carried claim: its wording, offsets and analysis spans in the new body. */
  private async moveCarried(manager: EntityManager, carried: ClaimEntity[], revision: number): Promise<void> {
    if (carried.length === 0) return;
    await manager.query(
      `UPDATE claims c
          SET text = u.text, span_start = u.start, span_end = u."end", ordinal = u.ordinal, sentence_index = u.sentence_index,
              quote_id = u.quote_id, entities = u.entities, quantities = u.quantities, revision = $2
         FROM jsonb_to_recordset($1::jsonb) AS u(id uuid, text text, start int, "end" int, ordinal int, sentence_index int,
                                                 quote_id int, entities jsonb, quantities jsonb)
        WHERE c.id = u.id`,
      [
        JSON.stringify(
          carried.map((claim) => ({
            id: claim.id,
            text: claim.text,
            start: claim.start,
            end: claim.end,
            ordinal: claim.ordinal,
            sentence_index: claim.sentenceIndex,
            quote_id: claim.quoteId,
            entities: claim.entities,
            quantities: claim.quantities,
          })),
        ),
        revision,
      ],
    );
  }

  /** Withdraws claims the new revision no longer has (their rows are already locked). */
  private async withdraw(
    manager: EntityManager,
    article: ArticleEntity,
    claims: ClaimEntity[],
  ): Promise<Array<{ id: string; publishedVerdict: boolean }>> {
    if (claims.length === 0) return [];
    const rows = (await manager.query(
      `UPDATE claims c
          SET state = 'withdrawn', withdrawn_in_revision = $2, reserved_for_id = NULL,
              published_verdict_withdrawn = EXISTS (SELECT 1 FROM verdicts v WHERE v.claim_id = c.id AND v.state = 'published')
        WHERE c.id = ANY($1::uuid[])
        RETURNING c.id, c.published_verdict_withdrawn`,
      [claims.map((claim) => claim.id), article.revision],
    )) as [Array<{ id: string; published_verdict_withdrawn: boolean }>, number];
    const withdrawn = rows[0].map((row) => ({ id: row.id, publishedVerdict: row.published_verdict_withdrawn }));
    const because = `claim withdrawn: revision ${article.revision} of its article no longer has it`;
    for (const claim of claims) {
      const lease = await this.reviewQueue.lockOpenLease(manager, claim.id);
      if (lease) await this.reviewQueue.revokeLease(manager, lease, null, { because, articleId: article.id });
    }
    await this.audit.record(
      manager,
      ...claims.map((claim) => ({
        actorId: null,
        action: 'claim.withdrawn',
        entityType: 'claim',
        entityId: claim.id,
        details: {
          articleId: article.id,
          revision: article.revision,
          previousState: claim.state,
          publishedVerdict: withdrawn.find((row) => row.id === claim.id)?.publishedVerdict ?? false,
        },
      })),
    );
    return withdrawn;
  }
}
