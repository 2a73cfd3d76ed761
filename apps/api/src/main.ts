import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadEnvironmentOrExit } from '@factdesk/config';
import { ApiModule } from './api.module';
import { configureApi } from './configure-api';

async function bootstrap(): Promise<void> {
  const env = loadEnvironmentOrExit();
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(env), { bufferLogs: true, bodyParser: false });
  configureApi(app, env);
  await app.listen(env.PORT);
}

void bootstrap();
