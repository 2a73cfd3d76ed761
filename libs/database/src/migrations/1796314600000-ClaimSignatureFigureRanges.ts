import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `claim_signatures.figure_ranges`: the figures the engine compares (figuresConflict), as int8ranges on one
 * axis of measure and value (libs/articles/src/figure-ranges.ts), so that a lookup leaves out in SQL the
 * candidates whose figures conflict with the asking claim's. Null when a claim has none.
 *
 * Existing rows are filled here from `packed` (the engine's rankedClaimToBytes: figure values from byte 5 on,
 * float64 big-endian, (measure, low, high) triples), in integer arithmetic on the bytes, nothing computed in
 * floating point, as figureRangesLiteral computes them: the measure's integer, the value's bits in their
 * order (-0 as 0), the top 32 of them, the low bound rounded down and the high one up. Triples of when and of
 * what a count counts or a claim is about are not compared (the engine's hashes of 'when', 'counted:own',
 * 'counted:broader', 'subject:own', 'subject:broader'); a NaN, a low above its high or a measure that is no
 * 32-bit integer leaves the claim's ranges null, as in figureRangesLiteral. The column is added, then filled
 * by one ALTER COLUMN … TYPE … USING, so the table is rewritten once, without a dead version of every row.
 * Any signature version: the figures' layout in `packed` is the same in all of them.
 */
export class ClaimSignatureFigureRanges1796314600000 implements MigrationInterface {
  name = 'ClaimSignatureFigureRanges1796314600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE FUNCTION "pg_temp"."claim_figure_ranges"(packed bytea) RETURNS int8range[] LANGUAGE sql IMMUTABLE STRICT AS $$
              WITH triple AS (
                SELECT i,
                       ('x' || encode(substring(packed FROM 6 + 24 * i FOR 8), 'hex'))::bit(64)::bigint AS m_bits,
                       ('x' || encode(substring(packed FROM 14 + 24 * i FOR 8), 'hex'))::bit(64)::bigint AS low_bits,
                       ('x' || encode(substring(packed FROM 22 + 24 * i FOR 8), 'hex'))::bit(64)::bigint AS high_bits
                  FROM generate_series(0, (get_byte(packed, 1) * 256 + get_byte(packed, 2)) / 3 - 1) AS i
              ), decoded AS (
                SELECT i, low_bits, high_bits,
                       ((m_bits >> 52) & 2047)::int AS exponent,
                       m_bits & 4503599627370495 AS mantissa,
                       m_bits & 9223372036854775807 = 0 AS zero,
                       m_bits >= 0 AS positive,
                       CASE WHEN low_bits < 0 THEN -(low_bits & 9223372036854775807) ELSE low_bits END AS low,
                       CASE WHEN high_bits < 0 THEN -(high_bits & 9223372036854775807) ELSE high_bits END AS high
                  FROM triple
              ), figure AS (
                SELECT i, low, high,
                       CASE WHEN zero THEN 0
                            WHEN m_bits_ok THEN (mantissa | 4503599627370496) >> (1075 - exponent) END AS measure,
                       ((low_bits >> 52) & 2047 = 2047 AND low_bits & 4503599627370495 <> 0)
                         OR ((high_bits >> 52) & 2047 = 2047 AND high_bits & 4503599627370495 <> 0) AS nan
                  FROM decoded,
                       LATERAL (SELECT positive AND exponent BETWEEN 1023 AND 1054
                                   AND mantissa & ((1::bigint << (1075 - LEAST(GREATEST(exponent, 1023), 1075))) - 1) = 0 AS m_bits_ok) ok
              )
              SELECT CASE WHEN bool_or(measure IS NULL OR nan OR low > high) THEN NULL
                          -- Built for every figure (an aggregate runs whatever the CASE), so only where the range exists.
                          ELSE array_agg(CASE WHEN measure IS NOT NULL AND low <= high THEN
                                 int8range((measure - 2147483648) * 4294967296 + 2147483648 + (low >> 32),
                                           (measure - 2147483648) * 4294967296 + 2147483648 - ((-high) >> 32), '[]') END ORDER BY i) END
                FROM figure
               WHERE measure IS NULL OR measure NOT IN (1785623059, 1859223461, 2724402512, 2633949763, 3449543791)
            $$`);
    await queryRunner.query(`ALTER TABLE "claim_signatures" ADD "figure_ranges" int8range array`);
    await queryRunner.query(
      `ALTER TABLE "claim_signatures" ALTER COLUMN "figure_ranges" TYPE int8range array USING "pg_temp"."claim_figure_ranges"("packed")`,
    );
    await queryRunner.query(`DROP FUNCTION "pg_temp"."claim_figure_ranges"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "claim_signatures" DROP COLUMN "figure_ranges"`);
  }
}
