import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApiModule } from '../apps/api/src/api.module';
import { validateEnvironment } from '@factdesk/config';
import { createDatabase, databaseExists, databaseUrl, TEST_REDIS_URL, uniqueName } from '../test/support/test-database';
import { dropRunState, stopProcess } from './support';

const API_BUILD = 'dist/apps/api/apps/api/src/main.js';
/** The API's V8 heap limit, as in its start command (Dockerfile, docker-compose.yml, npm run start:api). */
export const API_HEAP_LIMIT = '--max-old-space-size=256';

/** A benchmark's own Factdesk: a fresh database and queue prefix, the API as deployed in its own process. */
export interface BenchDeployment {
  settings: Record<string, string>;
  /** This process's own view of the database and queue: for seeding and checking results. */
  app: INestApplicationContext;
  api: { child: ChildProcess; baseUrl: string; pid: number };
  /** Stops the API, closes `app` (if still open), removes the queue keys and drops the database. */
  close(): Promise<void>;
}

/**
 * A database and queue prefix, and the settings a benchmark's Factdesk processes run with. The database is a
 * fresh one unless `database` names one to use (created when missing; migrations bring it up to date).
 */
export async function benchEnvironment(
  extra: Record<string, string> = {},
  database?: string,
): Promise<{ database: string; prefix: string; settings: Record<string, string> }> {
  if (database === undefined) {
    database = uniqueName('factdesk_bench');
    await createDatabase(database);
  } else if (!(await databaseExists(database))) {
    await createDatabase(database);
  }
  const prefix = uniqueName('fdbench');
  const settings = {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl(database),
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: prefix,
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '1000000',
    MIGRATIONS_RUN: 'true', // the fresh database is migrated on start-up
    WEBHOOK_SECRET_KEY: randomBytes(32).toString('base64'),
    ...extra,
  };
  return { database, prefix, settings };
}

/**
 * Deploys a benchmark's Factdesk. With `keepDatabase`, that database is used (created when missing) and kept at
 * `close()`, so a benchmark can reuse what it seeded in an earlier run; otherwise a fresh one is made and dropped.
 * `extra` settings override the defaults of benchEnvironment.
 */
export async function deploy(keepDatabase?: string, extra: Record<string, string> = {}): Promise<BenchDeployment> {
  const { database, prefix, settings } = await benchEnvironment(extra, keepDatabase);
  const app = await NestFactory.createApplicationContext(ApiModule.forRoot(validateEnvironment(settings)), { logger: ['warn', 'error'] });
  let appClosed = false;
  const close = app.close.bind(app);
  app.close = async () => {
    appClosed = true;
    await close();
  };
  let api: BenchDeployment['api'];
  try {
    api = await startApi(settings);
  } catch (error) {
    // A failed start leaves nothing behind either: the context closed, the keys and the fresh database gone.
    await app.close();
    await dropRunState(prefix, keepDatabase === undefined ? database : null);
    throw error;
  }
  return {
    settings,
    app,
    api,
    close: async () => {
      await stopProcess(api.child);
      if (!appClosed) await app.close();
      await dropRunState(prefix, keepDatabase === undefined ? database : null);
    },
  };
}

/** Starts the API's real entry point in its own process and waits until it answers /health. */
async function startApi(env: Record<string, string>): Promise<{ child: ChildProcess; baseUrl: string; pid: number }> {
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
  // BENCH_API=dist runs the build (`npm run build` first), as the Dockerfile does; otherwise the sources through swc.
  // Either way with the API's V8 heap limit of its start command (Dockerfile, docker-compose.yml, npm run start:api).
  const entry = [
    API_HEAP_LIMIT,
    ...(process.env.BENCH_API === 'dist' ? ['--enable-source-maps', API_BUILD] : ['-r', '@swc-node/register', 'apps/api/src/main.ts']),
  ];
  const child = spawn(process.execPath, entry, {
    env: { ...process.env, ...env, PORT: String(port), NODE_OPTIONS: process.env.BENCH_API_NODE_OPTIONS ?? '' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the API exited (${child.exitCode ?? child.signalCode})`);
    const ready = await fetch(`${baseUrl}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { child, baseUrl, pid: child.pid! };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error('the API did not become healthy within 30 s');
}
