import { DynamicModule, Module } from '@nestjs/common';
import { ArticlesModule } from '@factdesk/articles';
import { AuthModule } from '@factdesk/auth';
import { AppConfigModule, EnvironmentVariables } from '@factdesk/config';
import { DatabaseModule } from '@factdesk/database';
import { JobsModule, RedisModule } from '@factdesk/jobs';

/** What the operator commands need: the database, the queues, users and articles. */
@Module({})
export class CliModule {
  static forRoot(env: EnvironmentVariables): DynamicModule {
    return {
      module: CliModule,
      imports: [AppConfigModule.forRoot(env), DatabaseModule, RedisModule, JobsModule, AuthModule, ArticlesModule],
    };
  }
}
