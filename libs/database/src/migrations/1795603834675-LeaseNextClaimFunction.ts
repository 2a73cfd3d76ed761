import { MigrationInterface, QueryRunner } from 'typeorm';

/** Whether claim `c` is open to the reviewer under the request's filters (one definition for the three lookups below). */
const OPEN_TO_REVIEWER = `c.excluded_reviewer_id IS DISTINCT FROM p_reviewer
             AND (p_desk IS NULL OR c.desk = p_desk)
             AND (p_language IS NULL OR c.language = p_language OR c.language LIKE p_language || '-%')
             AND NOT EXISTS (SELECT 1 FROM claim_skips s WHERE s.claim_id = c.id AND s.reviewer_id = p_reviewer AND s.until > now())`;

/**
 * Written by hand: the review queue's lease as one database function, so taking a claim
 * costs one round trip instead of six (begin, per-reviewer lock, lease count, pick,
 * audit, commit). The rules are the ones ReviewQueueService documents:
 *
 * - one lease request per reviewer at a time (a transaction-scoped advisory lock), so
 *   the count of open leases cannot be raced past `p_max_leases`; at the limit the
 *   function raises SQLSTATE FD001 with the count in DETAIL, and nothing changes;
 * - a claim a lead reserved for the reviewer comes first; then, among `p_candidates`
 *   in their given order (BullMQ's priority order), or, when that is NULL (Redis
 *   unreachable), in PostgreSQL's own priority order, the first claim that is
 *   `ready`, matches the desk and language filters, is not reserved for someone else,
 *   not excluded for this reviewer (second review) and not skipped by them within
 *   their cooldown;
 * - SKIP LOCKED lets concurrent reviewers pass each other instead of waiting on the
 *   same row; the partial unique index on open leases stays the last word;
 * - a partial index on claims.reserved_for_id keeps the first lookup cheap;
 * - the claim becomes `leased`, the lease row is written, and `lease.acquired` goes
 *   into the audit log, all in the same statement's transaction.
 *
 * Each statement of a VOLATILE plpgsql function takes a fresh snapshot, so the count
 * after the lock sees any lease the same reviewer's previous request just committed.
 */
export class LeaseNextClaimFunction1795603834675 implements MigrationInterface {
  name = 'LeaseNextClaimFunction1795603834675';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "idx_claims_reserved_for" ON "claims" ("reserved_for_id") WHERE reserved_for_id IS NOT NULL`);
    await queryRunner.query(`
      CREATE FUNCTION lease_next_claim(
        p_reviewer uuid,
        p_desk text,
        p_language text,
        p_candidates uuid[],
        p_lease_ms double precision,
        p_max_leases integer
      ) RETURNS SETOF claim_leases
      LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        open_leases integer;
        picked uuid;
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended(p_reviewer::text, 0));
        SELECT count(*)::int INTO open_leases FROM claim_leases l
         WHERE l.reviewer_id = p_reviewer AND l.ended_at IS NULL AND l.expires_at > now();
        IF open_leases >= p_max_leases THEN
          RAISE EXCEPTION 'lease limit reached' USING ERRCODE = 'FD001', DETAIL = open_leases::text;
        END IF;

        -- First a claim a lead reserved for this reviewer (found by its partial index), then the
        -- candidates in their order (each found by primary key: the cost follows the page, not the
        -- queue's length), or PostgreSQL's own order when there are no candidates.
        SELECT c.id INTO picked FROM claims c
         WHERE c.reserved_for_id = p_reviewer AND c.state = 'ready' AND ${OPEN_TO_REVIEWER}
         ORDER BY c.priority_base + c.priority_boost DESC, c.queued_at
         LIMIT 1
         FOR UPDATE OF c SKIP LOCKED;
        IF picked IS NULL AND p_candidates IS NOT NULL THEN
          SELECT c.id INTO picked
            FROM unnest(p_candidates) WITH ORDINALITY AS candidate(id, position)
            JOIN claims c ON c.id = candidate.id
           WHERE c.state = 'ready' AND c.reserved_for_id IS NULL AND ${OPEN_TO_REVIEWER}
           ORDER BY candidate.position
           LIMIT 1
           FOR UPDATE OF c SKIP LOCKED;
        ELSIF picked IS NULL THEN
          SELECT c.id INTO picked FROM claims c
           WHERE c.state = 'ready' AND c.reserved_for_id IS NULL AND ${OPEN_TO_REVIEWER}
           ORDER BY c.priority_base + c.priority_boost DESC, c.queued_at
           LIMIT 1
           FOR UPDATE OF c SKIP LOCKED;
        END IF;
        IF picked IS NULL THEN
          RETURN;
        END IF;

        RETURN QUERY
          WITH claimed AS (
            UPDATE claims c SET state = 'leased', reserved_for_id = NULL WHERE c.id = picked
            RETURNING c.id, c.review_stage
          ), opened AS (
            INSERT INTO claim_leases (claim_id, reviewer_id, stage, acquired_at, expires_at)
            SELECT claimed.id, p_reviewer, claimed.review_stage, now(), now() + make_interval(secs => p_lease_ms / 1000)
              FROM claimed
            RETURNING *
          ), audited AS (
            INSERT INTO audit_log (actor_id, action, entity_type, entity_id, details)
            SELECT p_reviewer, 'lease.acquired', 'claim', opened.claim_id::text,
                   jsonb_build_object(
                     'leaseId', opened.id,
                     'stage', opened.stage,
                     'expiresAt', to_char(opened.expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
                   )
              FROM opened
          )
          SELECT * FROM opened;
      END
      $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION lease_next_claim(uuid, text, text, uuid[], double precision, integer)`);
    await queryRunner.query(`DROP INDEX "idx_claims_reserved_for"`);
  }
}
