import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { loadEnvironmentOrExit } from '@factdesk/config';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const env = loadEnvironmentOrExit();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(env), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // SIGTERM/SIGINT: stop taking jobs, let in-flight ones finish, then exit.
  app.enableShutdownHooks();
  await app.init();
}

void bootstrap();
