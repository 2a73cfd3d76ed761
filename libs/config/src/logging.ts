import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { EnvironmentVariables } from './environment';

/**
 * JSON logs, one line per event, request ids, and no API keys, session cookies, CSRF tokens or webhook secrets in the output
 * (request and response bodies are not logged; a `secret` field in anything logged is redacted).
 */
export function createLoggerModule(env: EnvironmentVariables, service: 'api' | 'worker') {
  return LoggerModule.forRoot({
    pinoHttp: {
      level: env.LOG_LEVEL,
      base: { service },
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'req.headers["x-csrf-token"]',
          'res.headers["set-cookie"]',
          'secret',
          '*.secret',
          '*.*.secret',
          'req.body',
          'res.body',
        ],
        censor: '[redacted]',
      },
      genReqId: (request: IncomingMessage) => (request.headers['x-request-id'] as string | undefined) ?? randomUUID(),
      autoLogging: { ignore: (request: IncomingMessage) => request.url === '/health' },
      customLogLevel: (_request, response, error) =>
        error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
    },
  });
}
