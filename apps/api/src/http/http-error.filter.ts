import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { isDatabaseUnavailable } from '@factdesk/database';
import { DomainError, DomainErrorKind } from '@factdesk/errors';
import { RedisUnavailableError } from '@factdesk/jobs';

const STATUS_OF_KIND: Record<DomainErrorKind, number> = {
  invalid: HttpStatus.BAD_REQUEST,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  forbidden: HttpStatus.FORBIDDEN,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
  gone: HttpStatus.GONE,
};

/** Errors from body-parser (before any controller runs) carry a `type` and a `status`. */
interface BodyParserError {
  type: string;
  status: number;
  limit?: number;
}

/** Seconds a client is asked to wait (`Retry-After`) before trying again after a 503. */
export const RETRY_AFTER_SECONDS = 5;

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  code?: string;
  errors?: unknown;
}

/**
 * The one place errors become HTTP: always JSON with a status, a short error name and
 * a message a person can act on; never a stack trace. Unexpected errors are logged once here.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode === HttpStatus.SERVICE_UNAVAILABLE) {
      // An outage is logged as what it is, without a stack; the client is told when to come back.
      this.logger.warn(`${body.message} (${exception instanceof Error ? exception.message : String(exception)})`);
      if (!response.headersSent) response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    } else if (body.statusCode >= 500) {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    if (!response.headersSent) response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainError) {
      const statusCode = STATUS_OF_KIND[exception.kind];
      return {
        statusCode,
        error: reasonPhrase(statusCode),
        message: exception.message,
        code: exception.code,
        ...(exception.details ? { errors: exception.details } : {}),
      };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const payload = exception.getResponse();
      if (typeof payload === 'string') return { statusCode, error: reasonPhrase(statusCode), message: payload };
      const { message, errors, code } = payload as { message?: unknown; errors?: unknown; code?: string };
      return {
        statusCode,
        error: reasonPhrase(statusCode),
        message: Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : exception.message,
        ...(code ? { code } : {}),
        ...(errors ? { errors } : {}),
      };
    }
    if (isBodyParserError(exception)) {
      if (exception.type === 'entity.too.large') {
        return {
          statusCode: 413,
          error: reasonPhrase(413),
          message: `Request body is larger than the limit of ${formatBytes(exception.limit)}`,
        };
      }
      if (exception.type === 'entity.parse.failed') {
        return { statusCode: 400, error: reasonPhrase(400), message: 'Request body is not valid JSON' };
      }
      return {
        statusCode: exception.status,
        error: reasonPhrase(exception.status),
        message: `Request body could not be read (${exception.type})`,
      };
    }
    if (exception instanceof RedisUnavailableError) {
      return unavailable('service.redis_unavailable', 'The job queue (Redis) is unavailable; try again shortly');
    }
    if (isDatabaseUnavailable(exception)) {
      return unavailable('service.database_unavailable', 'The database is unavailable; try again shortly');
    }
    return { statusCode: 500, error: reasonPhrase(500), message: 'Internal server error' };
  }
}

function unavailable(code: string, message: string): ErrorBody {
  return { statusCode: HttpStatus.SERVICE_UNAVAILABLE, error: reasonPhrase(HttpStatus.SERVICE_UNAVAILABLE), message, code };
}

function isBodyParserError(value: unknown): value is BodyParserError {
  const candidate = value as Partial<BodyParserError> | null;
  return typeof candidate?.type === 'string' && typeof candidate.status === 'number' && candidate.status >= 400 && candidate.status < 500;
}

function reasonPhrase(status: number): string {
  const name = HttpStatus[status];
  return name
    ? name
        .toLowerCase()
        .split('_')
        .map((word) => word[0]!.toUpperCase() + word.slice(1))
        .join(' ')
    : 'Error';
}

function formatBytes(bytes: number | undefined): string {
  if (!bytes) return 'the allowed size';
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(0)} MB` : `${Math.round(bytes / 1024)} KB`;
}
