import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** The one place that says how Factdesk talks to PostgreSQL (used by the apps and the CLI). */
/**
 * `connectTimeoutMs` bounds how long a query waits for a connection, a new one or a
 * free one from the pool: with PostgreSQL unreachable a request fails fast (503)
 * instead of hanging.
 */
export function buildDataSourceOptions(databaseUrl: string, poolSize = 20, connectTimeoutMs = 3000): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    // The schema only ever changes through committed migrations.
    synchronize: false,
    migrationsRun: false,
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension needs installing.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    applicationName: 'factdesk',
    extra: { max: poolSize, connectionTimeoutMillis: connectTimeoutMs },
  };
}
