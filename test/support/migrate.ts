import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@factdesk/database';
import { databaseUrl } from './test-database';

/**
 * `database` migrated through `migrations` (the first N of MIGRATIONS, to store rows as an older
 * schema held them; then all of them, to see what an upgrade does to those rows).
 */
export async function migrateDatabase(database: string, migrations: Function[]): Promise<DataSource> {
  const dataSource = new DataSource({ ...buildDataSourceOptions(databaseUrl(database), 2), migrations });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'all' });
  return dataSource;
}
