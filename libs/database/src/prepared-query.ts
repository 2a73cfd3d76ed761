import { createHash } from 'node:crypto';
import type { Pool, PoolClient, QueryResultRow } from 'pg';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';

const statementNames = new Map<string, string>();

/** One name per statement text, the same in every process (pg refuses one name for two texts). */
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (!name) {
    name = `fd_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    statementNames.set(sql, name);
  }
  return name;
}

/**
 * Runs a statement as a named prepared statement: each pooled connection has
 * PostgreSQL parse and plan it once, then only binds and executes it. TypeORM sends
 * every query unnamed, so PostgreSQL plans it on each call; on the review cycle's
 * statements that planning was about a third of PostgreSQL's work. For the statements
 * the hot paths send over and over, with fixed text; inside a transaction, pass its
 * manager. Errors come back as TypeORM's QueryFailedError, as from manager.query.
 */
export async function preparedQuery<T extends QueryResultRow>(
  target: DataSource | EntityManager,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  const manager = target instanceof DataSource ? target.manager : target;
  const client = (
    manager.queryRunner ? await manager.queryRunner.connect() : (manager.connection.driver as unknown as { master: Pool }).master
  ) as Pool | PoolClient;
  try {
    return (await client.query<T>({ name: statementName(sql), text: sql, values: params })).rows;
  } catch (error) {
    throw new QueryFailedError(sql, params, error as Error);
  }
}
