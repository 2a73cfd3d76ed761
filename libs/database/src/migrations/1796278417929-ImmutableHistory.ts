import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * History cannot be rewritten (issue 12): no foreign key cascades a delete into claims,
 * verdicts, their transitions, evidence, conflicts, sides, leases, skips or matches
 * (claim_signatures, derived from the claim's text, still go with their claim); evidence
 * is versioned (root_id, version, superseded_at) instead of edited in place; conflicts
 * and sides say when evidence they rested on was withdrawn. Written by hand after
 * `migration:generate`: the triggers (TypeORM cannot generate them) refuse any DELETE of
 * a verdict, its transitions or evidence, any change to a verdict version's content, and
 * any state change not in VERDICT_TRANSITIONS (libs/database verdict.entity.ts).
 */
export class ImmutableHistory1796278417929 implements MigrationInterface {
  name = 'ImmutableHistory1796278417929';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "claims" DROP CONSTRAINT "FK_ff3bdbf055a3814b14ac5bfc6b8"
        `);
    await queryRunner.query(`
            ALTER TABLE "claim_matches" DROP CONSTRAINT "FK_e69009accb115799fe64fcb8e25"
        `);
    await queryRunner.query(`
            ALTER TABLE "claim_matches" DROP CONSTRAINT "FK_7e54b2e961412d7dcf3c5f839b2"
        `);
    await queryRunner.query(`
            ALTER TABLE "conflicts" DROP CONSTRAINT "FK_7eb22cb9e89ce151b0e194f5c9e"
        `);
    await queryRunner.query(`
            ALTER TABLE "conflicts" DROP CONSTRAINT "FK_c57e6948fb74542f5008728e93e"
        `);
    await queryRunner.query(`
            ALTER TABLE "conflict_sides" DROP CONSTRAINT "FK_4a3d83fa2d2dcfbe55991e5f273"
        `);
    await queryRunner.query(`
            ALTER TABLE "conflict_sides" DROP CONSTRAINT "FK_61ecf168a210fdb546fe67cb61e"
        `);
    await queryRunner.query(`
            ALTER TABLE "conflict_sides" DROP CONSTRAINT "FK_dffb41370d671dbf910147decd3"
        `);
    await queryRunner.query(`
            ALTER TABLE "claim_leases" DROP CONSTRAINT "FK_8e69f6618ada0c8fabf9e78cced"
        `);
    await queryRunner.query(`
            ALTER TABLE "claim_skips" DROP CONSTRAINT "FK_daf6bc64c14acb8cd48daea79ee"
        `);
    await queryRunner.query(`
            ALTER TABLE "verdicts" DROP CONSTRAINT "FK_3a5f2aa3bd8837ca015d80066c9"
        `);
    await queryRunner.query(`
            ALTER TABLE "verdict_transitions" DROP CONSTRAINT "FK_c4d104f2023509537fef19fd179"
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence" DROP CONSTRAINT "FK_f3159733eca165f3abf9bec5dd7"
        `);
    await queryRunner.query(`
            ALTER TABLE "conflicts"
            ADD "evidence_withdrawn" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            ALTER TABLE "conflicts"
            ADD "recheck_note" text
        `);
    await queryRunner.query(`
            ALTER TABLE "conflict_sides"
            ADD "evidence_withdrawn" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence"
            ADD "root_id" uuid
        `);
    await queryRunner.query(`UPDATE "evidence" SET "root_id" = "id"`);
    await queryRunner.query(`ALTER TABLE "evidence" ALTER COLUMN "root_id" SET NOT NULL`);

    await queryRunner.query(`
            ALTER TABLE "evidence"
            ADD "version" integer NOT NULL DEFAULT '1'
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence"
            ADD "superseded_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence"
            ADD "superseded_by_id" uuid
        `);
    await queryRunner.query(`DROP INDEX "public"."uq_evidence_claim_url"`);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_evidence_claim_url" ON "evidence" ("claim_id", "url")
            WHERE deleted_at IS NULL AND superseded_at IS NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_verdicts_created_at_id" ON "verdicts" ("created_at", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_conflict_sides_evidence" ON "conflict_sides" ("evidence_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence"
            ADD CONSTRAINT "uq_evidence_root_version" UNIQUE ("root_id", "version")
        `);
    await queryRunner.query(`
            ALTER TABLE "claims"
            ADD CONSTRAINT "FK_ff3bdbf055a3814b14ac5bfc6b8" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "claim_matches"
            ADD CONSTRAINT "FK_e69009accb115799fe64fcb8e25" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "claim_matches"
            ADD CONSTRAINT "FK_7e54b2e961412d7dcf3c5f839b2" FOREIGN KEY ("matched_claim_id") REFERENCES "claims"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "conflicts"
            ADD CONSTRAINT "FK_7eb22cb9e89ce151b0e194f5c9e" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "conflicts"
            ADD CONSTRAINT "FK_c57e6948fb74542f5008728e93e" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "conflict_sides"
            ADD CONSTRAINT "FK_4a3d83fa2d2dcfbe55991e5f273" FOREIGN KEY ("conflict_id") REFERENCES "conflicts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "conflict_sides"
            ADD CONSTRAINT "FK_61ecf168a210fdb546fe67cb61e" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "conflict_sides"
            ADD CONSTRAINT "FK_dffb41370d671dbf910147decd3" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "claim_leases"
            ADD CONSTRAINT "FK_8e69f6618ada0c8fabf9e78cced" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "claim_skips"
            ADD CONSTRAINT "FK_daf6bc64c14acb8cd48daea79ee" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "verdicts"
            ADD CONSTRAINT "FK_3a5f2aa3bd8837ca015d80066c9" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "verdict_transitions"
            ADD CONSTRAINT "FK_c4d104f2023509537fef19fd179" FOREIGN KEY ("verdict_id") REFERENCES "verdicts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence"
            ADD CONSTRAINT "FK_f3159733eca165f3abf9bec5dd7" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence"
            ADD CONSTRAINT "FK_d7a64fd69199dffe6f40ef61294" FOREIGN KEY ("root_id") REFERENCES "evidence"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);

    await queryRunner.query(`
            CREATE FUNCTION history_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION '% keeps its history: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$`);
    await queryRunner.query(`
            CREATE TRIGGER verdict_transitions_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "verdict_transitions"
            FOR EACH STATEMENT EXECUTE FUNCTION history_refuse_change()`);
    await queryRunner.query(`
            CREATE TRIGGER evidence_soft_delete_only BEFORE DELETE OR TRUNCATE ON "evidence"
            FOR EACH STATEMENT EXECUTE FUNCTION history_refuse_change()`);
    await queryRunner.query(`
            CREATE TRIGGER verdicts_no_truncate BEFORE TRUNCATE ON "verdicts"
            FOR EACH STATEMENT EXECUTE FUNCTION history_refuse_change()`);
    // The lifecycle's steps, as VERDICT_TRANSITIONS lists them; test/immutable-records walks both.
    await queryRunner.query(`
            CREATE FUNCTION verdicts_guard() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP = 'DELETE' THEN
                RAISE EXCEPTION 'verdicts keep their history: DELETE of verdict % refused', OLD.id
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF (NEW.id, NEW.claim_id, NEW.version, NEW.author_id, NEW.rating, NEW.rationale, NEW.evidence_ids,
                  NEW.supersedes_id, NEW.correction_note, NEW.created_at)
                 IS DISTINCT FROM
                 (OLD.id, OLD.claim_id, OLD.version, OLD.author_id, OLD.rating, OLD.rationale, OLD.evidence_ids,
                  OLD.supersedes_id, OLD.correction_note, OLD.created_at) THEN
                RAISE EXCEPTION 'verdict % (%) cannot be rewritten: a revision or correction is a new version', OLD.id, OLD.state
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF NEW.state = OLD.state THEN
                IF (NEW.needs_second_review, NEW.submitted_at, NEW.published_at)
                   IS DISTINCT FROM (OLD.needs_second_review, OLD.submitted_at, OLD.published_at) THEN
                  RAISE EXCEPTION 'verdict % (%) cannot be rewritten outside a step of its lifecycle', OLD.id, OLD.state
                    USING ERRCODE = 'insufficient_privilege';
                END IF;
                RETURN NEW;
              END IF;
              IF (OLD.state::text, NEW.state::text) NOT IN (
                   ('draft', 'submitted'), ('draft', 'superseded'), ('submitted', 'approved'),
                   ('submitted', 'rejected'), ('approved', 'published'), ('published', 'superseded')) THEN
                RAISE EXCEPTION 'verdict %: % to % is not a step of the verdict lifecycle', OLD.id, OLD.state, NEW.state
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF (NEW.needs_second_review IS DISTINCT FROM OLD.needs_second_review OR NEW.submitted_at IS DISTINCT FROM OLD.submitted_at)
                 AND NOT (OLD.state = 'draft' AND OLD.submitted_at IS NULL) THEN
                RAISE EXCEPTION 'verdict %: only submitting sets needs_second_review and submitted_at', OLD.id
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF NEW.published_at IS DISTINCT FROM OLD.published_at AND NOT (OLD.state = 'approved' AND OLD.published_at IS NULL) THEN
                RAISE EXCEPTION 'verdict %: only publishing sets published_at', OLD.id USING ERRCODE = 'insufficient_privilege';
              END IF;
              RETURN NEW;
            END $$`);
    await queryRunner.query(`
            CREATE TRIGGER verdicts_guard BEFORE UPDATE OR DELETE ON "verdicts"
            FOR EACH ROW EXECUTE FUNCTION verdicts_guard()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER verdicts_guard ON "verdicts"`);
    await queryRunner.query(`DROP FUNCTION verdicts_guard()`);
    await queryRunner.query(`DROP TRIGGER verdicts_no_truncate ON "verdicts"`);
    await queryRunner.query(`DROP TRIGGER evidence_soft_delete_only ON "evidence"`);
    await queryRunner.query(`DROP TRIGGER verdict_transitions_append_only ON "verdict_transitions"`);
    await queryRunner.query(`DROP FUNCTION history_refuse_change()`);
    await queryRunner.query(`DROP INDEX "public"."uq_evidence_claim_url"`);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_evidence_claim_url" ON "evidence" ("claim_id", "url") WHERE deleted_at IS NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence" DROP CONSTRAINT "FK_d7a64fd69199dffe6f40ef61294"
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence" DROP CONSTRAINT "FK_f3159733eca165f3abf9bec5dd7"
        `);
    await queryRunner.query(`
            ALTER TABLE "verdict_transitions" DROP CONSTRAINT "FK_c4d104f2023509537fef19fd179"
        `);
    await queryRunner.query(`
            ALTER TABLE "verdicts" DROP CONSTRAINT "FK_3a5f2aa3bd8837ca015d80066c9"
        `);
    await queryRunner.query(`
            ALTER TABLE "claim_skips" DROP CONSTRAINT "FK_daf6bc64c14acb8cd48daea79ee"
        `);
    await queryRunner.query(`
            ALTER TABLE "claim_leases" DROP CONSTRAINT "FK_8e69f6618ada0c8fabf9e78cced"
        `);
    await queryRunner.query(`
            ALTER TABLE "conflict_sides" DROP CONSTRAINT "FK_dffb41370d671dbf910147decd3"
        `);
    await queryRunner.query(`
            ALTER TABLE "conflict_sides" DROP CONSTRAINT "FK_61ecf168a210fdb546fe67cb61e"
        `);
    await queryRunner.query(`
            ALTER TABLE "conflict_sides" DROP CONSTRAINT "FK_4a3d83fa2d2dcfbe55991e5f273"
        `);
    await queryRunner.query(`
            ALTER TABLE "conflicts" DROP CONSTRAINT "FK_c57e6948fb74542f5008728e93e"
        `);
    await queryRunner.query(`
            ALTER TABLE "conflicts" DROP CONSTRAINT "FK_7eb22cb9e89ce151b0e194f5c9e"
        `);
    await queryRunner.query(`
            ALTER TABLE "claim_matches" DROP CONSTRAINT "FK_7e54b2e961412d7dcf3c5f839b2"
        `);
    await queryRunner.query(`
            ALTER TABLE "claim_matches" DROP CONSTRAINT "FK_e69009accb115799fe64fcb8e25"
        `);
    await queryRunner.query(`
            ALTER TABLE "claims" DROP CONSTRAINT "FK_ff3bdbf055a3814b14ac5bfc6b8"
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence" DROP CONSTRAINT "uq_evidence_root_version"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_conflict_sides_evidence"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_verdicts_created_at_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence" DROP COLUMN "superseded_by_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence" DROP COLUMN "superseded_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence" DROP COLUMN "version"
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence" DROP COLUMN "root_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "conflict_sides" DROP COLUMN "evidence_withdrawn"
        `);
    await queryRunner.query(`
            ALTER TABLE "conflicts" DROP COLUMN "recheck_note"
        `);
    await queryRunner.query(`
            ALTER TABLE "conflicts" DROP COLUMN "evidence_withdrawn"
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence"
            ADD CONSTRAINT "FK_f3159733eca165f3abf9bec5dd7" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "verdict_transitions"
            ADD CONSTRAINT "FK_c4d104f2023509537fef19fd179" FOREIGN KEY ("verdict_id") REFERENCES "verdicts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "verdicts"
            ADD CONSTRAINT "FK_3a5f2aa3bd8837ca015d80066c9" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "claim_skips"
            ADD CONSTRAINT "FK_daf6bc64c14acb8cd48daea79ee" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "claim_leases"
            ADD CONSTRAINT "FK_8e69f6618ada0c8fabf9e78cced" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "conflict_sides"
            ADD CONSTRAINT "FK_dffb41370d671dbf910147decd3" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "conflict_sides"
            ADD CONSTRAINT "FK_61ecf168a210fdb546fe67cb61e" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "conflict_sides"
            ADD CONSTRAINT "FK_4a3d83fa2d2dcfbe55991e5f273" FOREIGN KEY ("conflict_id") REFERENCES "conflicts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "conflicts"
            ADD CONSTRAINT "FK_c57e6948fb74542f5008728e93e" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "conflicts"
            ADD CONSTRAINT "FK_7eb22cb9e89ce151b0e194f5c9e" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "claim_matches"
            ADD CONSTRAINT "FK_7e54b2e961412d7dcf3c5f839b2" FOREIGN KEY ("matched_claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "claim_matches"
            ADD CONSTRAINT "FK_e69009accb115799fe64fcb8e25" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "claims"
            ADD CONSTRAINT "FK_ff3bdbf055a3814b14ac5bfc6b8" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }
}
