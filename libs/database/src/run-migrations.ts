import type { DataSource } from 'typeorm';

/** Any fixed number: the API and every worker process take the same lock. */
const MIGRATION_LOCK_KEY = 7_421_113;

/**
 * Runs pending migrations once even when the API and several workers start together:
 * a PostgreSQL advisory lock makes the others wait, then find nothing left to do.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'all' });
      return applied.map((migration) => migration.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}
