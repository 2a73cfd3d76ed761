// Data source for the TypeORM CLI (`npm run migration:run`, `migration:generate`).
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadEnvironmentOrExit } from '@factdesk/config';
import { buildDataSourceOptions } from './data-source-options';

export default new DataSource(buildDataSourceOptions(loadEnvironmentOrExit().DATABASE_URL));
