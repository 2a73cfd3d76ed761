import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@factdesk/audit';
import { ClaimEntity, ClaimMatchEntity, ClaimMatchStatus, VerdictRating } from '@factdesk/database';
import { DomainError } from '@factdesk/errors';
import { ClaimMatchView } from './claim-match.view';

export interface MatchDecider {
  id: string;
}

/**
 * The matches of a claim in both directions (claim_matches holds one row per pair, the
 * newer claim pointing at the earlier one), and a reviewer's decision on one of them.
 */
@Injectable()
export class ClaimMatchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Confirmed first, then suggested, then dismissed; most similar first within each. Two index probes (claim_id, matched_claim_id). */
  async forClaim(claimId: string): Promise<ClaimMatchView[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT m.id, m.similarity, m.status, m.decided_by, m.decided_at, m.claim_id = $1 AS earlier,
              o.id AS other_id, o.text, o.article_id, a.title,
              v.id AS verdict_id, v.rating, v.version, v.published_at
         FROM claim_matches m
         JOIN claims o ON o.id = CASE WHEN m.claim_id = $1 THEN m.matched_claim_id ELSE m.claim_id END
         JOIN articles a ON a.id = o.article_id
         LEFT JOIN LATERAL (
           SELECT id, rating, version, published_at FROM verdicts
            WHERE claim_id = o.id AND state = 'published' ORDER BY version DESC LIMIT 1
         ) v ON true
        WHERE m.claim_id = $1 OR m.matched_claim_id = $1
        ORDER BY array_position(ARRAY['confirmed', 'suggested', 'dismissed']::claim_match_status[], m.status),
                 m.similarity DESC, m.id`,
      [claimId],
    );
    return rows.map((row) => ({
      id: row.id as string,
      claimId: row.other_id as string,
      articleId: row.article_id as string,
      articleTitle: row.title as string,
      text: row.text as string,
      similarity: Number(row.similarity),
      status: row.status as ClaimMatchStatus,
      direction: row.earlier ? 'earlier' : 'later',
      decidedBy: (row.decided_by as string | null) ?? null,
      decidedAt: (row.decided_at as Date | null) ?? null,
      publishedVerdict:
        row.verdict_id === null
          ? null
          : {
              id: row.verdict_id as string,
              rating: row.rating as VerdictRating,
              version: Number(row.version),
              publishedAt: row.published_at as Date,
            },
    }));
  }

  /**
   * A reviewer confirms (the same claim) or dismisses (not the same claim) one of the
   * claim's matches, in either direction; audited as `claim_match.confirmed` or
   * `claim_match.dismissed` in the same transaction. A person decides once: 409 when a
   * reviewer already did; a match the engine confirmed on its own can still be
   * confirmed (now by a person) or dismissed.
   */
  async decide(
    claimId: string,
    matchId: string,
    to: ClaimMatchStatus.Confirmed | ClaimMatchStatus.Dismissed,
    actor: MatchDecider,
    note?: string,
  ): Promise<ClaimMatchView> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await manager.exists(ClaimEntity, { where: { id: claimId } }))) throw DomainError.notFound('claim', claimId);
      const match = await manager.findOne(ClaimMatchEntity, { where: { id: matchId }, lock: { mode: 'pessimistic_write' } });
      if (!match || (match.claimId !== claimId && match.matchedClaimId !== claimId)) throw DomainError.notFound('match', matchId);
      if (match.decidedBy !== null) {
        throw new DomainError(
          'conflict',
          'match.already_decided',
          `Match ${matchId} was already ${match.status} by a reviewer; a person decides a match once`,
        );
      }
      await manager.update(ClaimMatchEntity, { id: matchId }, { status: to, decidedBy: actor.id, decidedAt: new Date() });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: `claim_match.${to}`,
        entityType: 'claim_match',
        entityId: matchId,
        details: {
          claimId: match.claimId,
          matchedClaimId: match.matchedClaimId,
          similarity: match.similarity,
          from: match.status,
          note: note?.trim() || null,
        },
      });
    });
    const view = (await this.forClaim(claimId)).find((match) => match.id === matchId);
    if (!view) throw DomainError.notFound('match', matchId);
    return view;
  }
}
