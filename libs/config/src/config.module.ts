import { DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { EnvironmentVariables } from './environment';

/**
 * Entry points validate the environment first (loadEnvironmentOrExit) and hand the
 * typed result here; services inject `EnvironmentVariables` and read typed fields.
 * @nestjs/config's ConfigService sees the same values for libraries that expect it.
 */
@Global()
@Module({})
export class AppConfigModule {
  static forRoot(env: EnvironmentVariables): DynamicModule {
    return {
      module: AppConfigModule,
      imports: [ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, ignoreEnvVars: true, load: [() => ({ ...env })] })],
      providers: [{ provide: EnvironmentVariables, useValue: env }],
      exports: [EnvironmentVariables],
    };
  }
}
