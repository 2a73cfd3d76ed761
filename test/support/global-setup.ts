import 'reflect-metadata';
import { DataSource } from 'typeorm';
// Direct paths: jest's module mapper does not apply to global setup.
import { buildDataSourceOptions } from '../../libs/database/src/data-source-options';
import { runMigrations } from '../../libs/database/src/run-migrations';
import { createDatabase, databaseUrl, uniqueName } from './test-database';

/**
 * Once per `jest` run: a template database with every migration applied. Each test
 * file then clones it (CREATE DATABASE ... TEMPLATE), which takes milliseconds.
 */
export default async function globalSetup(): Promise<void> {
  const template = uniqueName('factdesk_tmpl');
  await createDatabase(template);
  const dataSource = new DataSource(buildDataSourceOptions(databaseUrl(template)));
  await dataSource.initialize();
  await runMigrations(dataSource);
  await dataSource.destroy();
  process.env.FACTDESK_TEST_TEMPLATE_DB = template;
}
