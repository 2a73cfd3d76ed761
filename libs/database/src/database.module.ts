import { Logger, Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EnvironmentVariables } from '@factdesk/config';
import { buildDataSourceOptions } from './data-source-options';
import { runMigrations } from './run-migrations';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [EnvironmentVariables],
      useFactory: (env: EnvironmentVariables) =>
        buildDataSourceOptions(env.DATABASE_URL, env.DATABASE_POOL_SIZE, env.DATABASE_CONNECT_TIMEOUT_MS),
    }),
  ],
})
export class DatabaseModule implements OnModuleInit {
  private readonly logger = new Logger(DatabaseModule.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly env: EnvironmentVariables,
  ) {}

  /** Runs before any module's onApplicationBootstrap, so workers never see an old schema. */
  async onModuleInit(): Promise<void> {
    if (this.env.MIGRATIONS_RUN !== 'true') return;
    const applied = await runMigrations(this.dataSource);
    if (applied.length > 0) this.logger.log(`Applied migrations: ${applied.join(', ')}`);
  }
}
