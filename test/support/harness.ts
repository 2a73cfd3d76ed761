import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { ApiModule } from '../../apps/api/src/api.module';
import { configureApi } from '../../apps/api/src/configure-api';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { UsersService } from '@factdesk/auth';
import { EnvironmentVariables, validateEnvironment } from '@factdesk/config';
import { ArticleEntity, ArticleStatus, Role } from '@factdesk/database';
import { QueueName, REVIEW_QUEUE } from '@factdesk/jobs';
import { createDatabase, databaseUrl, dropDatabase, TEST_REDIS_URL, uniqueName } from './test-database';

/**
 * One isolated Factdesk per test file: its own database (cloned from the migrated
 * template) and its own BullMQ prefix on the real Redis, so runs never collide.
 */
export class TestStack {
  api?: NestExpressApplication;
  worker?: INestApplicationContext;
  private readonly redisClients: Redis[] = [];
  private readonly otherApis: NestExpressApplication[] = [];

  private constructor(
    readonly env: EnvironmentVariables,
    readonly database: string,
  ) {}

  /** `route` may point the stack's connections elsewhere (a test's TCP proxy in front of the real servers). */
  static async create(
    overrides: Record<string, string> = {},
    route: { database?: (url: string) => string; redis?: (url: string) => string } = {},
  ): Promise<TestStack> {
    const template = process.env.FACTDESK_TEST_TEMPLATE_DB;
    if (!template) throw new Error('FACTDESK_TEST_TEMPLATE_DB is not set: run the e2e tests through jest (global setup)');
    const database = uniqueName('factdesk_e2e');
    await createDatabase(database, template);
    const env = validateEnvironment({
      NODE_ENV: 'test',
      DATABASE_URL: (route.database ?? String)(databaseUrl(database)),
      REDIS_URL: (route.redis ?? String)(TEST_REDIS_URL),
      QUEUE_PREFIX: uniqueName('fdtest'),
      LOG_LEVEL: process.env.FACTDESK_TEST_LOG_LEVEL ?? 'silent',
      MIGRATIONS_RUN: 'false',
      RECONCILE_INTERVAL_MS: '1000',
      EXTRACTION_BACKOFF_MS: '50',
      WEBHOOK_SECRET_KEY: randomBytes(32).toString('base64'),
      ...overrides,
    });
    return new TestStack(env, database);
  }

  /** Environment for a child process (the CLI, a worker) pointed at this stack. */
  get processEnv(): NodeJS.ProcessEnv {
    const entries = Object.entries(this.env)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, String(value)]);
    return { PATH: process.env.PATH, HOME: process.env.HOME, ...Object.fromEntries(entries) };
  }

  async startApi(): Promise<NestExpressApplication> {
    this.api = await this.createApi();
    return this.api;
  }

  /** Another API process on the same database and Redis, with its own key cache and rate limits; destroy() closes it. */
  async startAnotherApi(): Promise<NestExpressApplication> {
    const app = await this.createApi();
    this.otherApis.push(app);
    return app;
  }

  private async createApi(): Promise<NestExpressApplication> {
    const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(this.env), {
      bufferLogs: true,
      bodyParser: false,
      logger: false,
    });
    configureApi(app, this.env);
    await app.init();
    return app;
  }

  async startWorker(): Promise<INestApplicationContext> {
    if (this.worker) throw new Error('a worker is already running: stopWorker() first');
    const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(this.env), { logger: false });
    await worker.init();
    this.worker = worker;
    return worker;
  }

  async stopWorker(): Promise<void> {
    await this.worker?.close();
    this.worker = undefined;
  }

  get http() {
    if (!this.api) throw new Error('startApi() first');
    return this.api.getHttpServer();
  }

  dataSource(): DataSource {
    const app: INestApplication | INestApplicationContext | undefined = this.api ?? this.worker;
    if (!app) throw new Error('start the API or the worker first');
    return app.get(DataSource);
  }

  async createUser(role: Role, name = `${role}-${Math.random().toString(36).slice(2, 8)}`): Promise<{ id: string; key: string }> {
    const app = this.api ?? this.worker;
    if (!app) throw new Error('start the API first');
    const { user, apiKey } = await app.get(UsersService).createUser({ name, role }, null);
    return { id: user.id, key: apiKey };
  }

  queue(name: QueueName | typeof REVIEW_QUEUE): Queue {
    return new Queue(name, { connection: { url: this.env.REDIS_URL }, prefix: this.env.QUEUE_PREFIX });
  }

  redis(): Redis {
    const client = new Redis(this.env.REDIS_URL);
    this.redisClients.push(client);
    return client;
  }

  /** Polls until the article reaches the status (or fails the test with what it saw). */
  async waitForArticle(id: string, status: ArticleStatus, timeoutMs = 20_000): Promise<ArticleEntity> {
    const started = Date.now();
    let last: ArticleEntity | null = null;
    while (Date.now() - started < timeoutMs) {
      last = await this.dataSource().getRepository(ArticleEntity).findOneBy({ id });
      if (last?.status === status) return last;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`article ${id} did not reach "${status}" in ${timeoutMs} ms (last: ${last?.status ?? 'missing'})`);
  }

  async destroy(): Promise<void> {
    await this.worker?.close();
    await this.api?.close();
    for (const app of this.otherApis) await app.close();
    for (const client of this.redisClients) client.disconnect();
    // A stack may point at an unreachable Redis on purpose: then there is nothing to clean.
    const cleaner = new Redis(this.env.REDIS_URL, { maxRetriesPerRequest: 0, lazyConnect: true });
    try {
      await cleaner.connect();
      const keys = await cleaner.keys(`${this.env.QUEUE_PREFIX}:*`);
      if (keys.length > 0) await cleaner.del(...keys);
    } catch {
      // unreachable
    } finally {
      cleaner.disconnect();
    }
    await dropDatabase(this.database);
  }
}
