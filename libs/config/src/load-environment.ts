import { existsSync } from 'node:fs';
import { ConfigurationError, EnvironmentVariables, validateEnvironment } from './environment';

/**
 * For entry points: reads .env (if any), validates, and on a bad setting stops the
 * process with one clear line instead of a stack trace.
 */
export function loadEnvironmentOrExit(): EnvironmentVariables {
  if (existsSync('.env')) process.loadEnvFile('.env');
  try {
    return validateEnvironment(process.env);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      process.stderr.write(`factdesk: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
