import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import {
  ArrayNotEmpty,
  IsEnum,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  validateSync,
} from 'class-validator';

export enum NodeEnvironment {
  Development = 'development',
  Production = 'production',
  Test = 'test',
}

/** The verdict rating scale by name (the database's enum; a unit test in libs/verdicts keeps the two equal). */
export const VERDICT_RATING_NAMES = ['true', 'mostly-true', 'mixed', 'mostly-false', 'false', 'misleading', 'unverifiable'];

/** A comma-separated variable read as a list of its trimmed, non-empty parts. */
/** `integers`: each part as a number (NaN for one that is not digits alone, for the validator to name). */
function CommaSeparated(options: { lowerCase?: boolean; integers?: boolean } = {}): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const parts = value
      .split(',')
      .map((part) => (options.lowerCase ? part.trim().toLowerCase() : part.trim()))
      .filter(Boolean);
    return options.integers ? parts.map((part) => (/^\d+$/.test(part) ? Number(part) : Number.NaN)) : parts;
  });
}

/**
 * Every setting Factdesk reads from the environment, validated once at start-up.
 * Defaults here are the documented defaults in the README's configuration table.
 */
export class EnvironmentVariables {
  @IsEnum(NodeEnvironment)
  NODE_ENV: NodeEnvironment = NodeEnvironment.Development;

  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  @Matches(/^postgres(ql)?:\/\/[^\s/]+\/[^\s/?]+(\?\S*)?$/, {
    message: 'must be a PostgreSQL URL like postgres://user:password@host:5432/database',
  })
  DATABASE_URL!: string;

  /** Connections each process keeps to PostgreSQL; requests beyond it wait their turn. */
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE: number = 20;

  /** The longest a request waits for a PostgreSQL connection (a new one, or a free one from the pool) before answering 503. */
  @IsInt()
  @Min(100)
  @Max(60_000)
  DATABASE_CONNECT_TIMEOUT_MS: number = 3000;

  @Matches(/^rediss?:\/\/[^\s/]*(:\d+)?(\/\d{1,2})?$/, {
    message: 'must be a Redis URL like redis://host:6379 or redis://host:6379/0',
  })
  REDIS_URL!: string;

  /**
   * The longest a request waits for Redis (one BullMQ or ioredis call on a request path)
   * before going on without it, or answering 503 when it truly needs Redis.
   */
  @IsInt()
  @Min(100)
  @Max(60_000)
  REDIS_COMMAND_TIMEOUT_MS: number = 2000;

  /** Key prefix for every BullMQ key, so several deployments or test runs can share one Redis. */
  @IsString()
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'may contain only letters, digits, "_" and "-"' })
  QUEUE_PREFIX: string = 'factdesk';

  @IsEnum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  /** Run pending migrations when a process starts (guarded by an advisory lock). */
  @IsEnum(['true', 'false'])
  MIGRATIONS_RUN: 'true' | 'false' = 'true';

  @IsInt()
  @Min(1)
  @Max(64)
  WORKER_CONCURRENCY: number = 4;

  @IsInt()
  @Min(1)
  @Max(20)
  EXTRACTION_ATTEMPTS: number = 3;

  @IsInt()
  @Min(10)
  EXTRACTION_BACKOFF_MS: number = 2000;

  /** How long a worker owns a job before BullMQ considers it stalled (the worker died). */
  @IsInt()
  @Min(500)
  JOB_LOCK_DURATION_MS: number = 30000;

  @IsInt()
  @Min(500)
  JOB_STALLED_INTERVAL_MS: number = 30000;

  /** How often the worker compares PostgreSQL with the queues and re-enqueues what is missing. */
  @IsInt()
  @Min(500)
  RECONCILE_INTERVAL_MS: number = 15000;

  /** How long a reviewer holds a claim without a heartbeat before it returns to the queue. */
  @IsInt()
  @Min(1000)
  LEASE_DURATION_MS: number = 15 * 60 * 1000;

  /** How many claims one reviewer may hold at once. */
  @IsInt()
  @Min(1)
  @Max(100)
  MAX_LEASES_PER_REVIEWER: number = 1;

  /** How long a skipped claim is kept from the reviewer who skipped it. */
  @IsInt()
  @Min(0)
  SKIP_COOLDOWN_MS: number = 60 * 60 * 1000;

  /** How often the worker ends expired leases and puts their claims back in the queue. */
  @IsInt()
  @Min(100)
  LEASE_SWEEP_INTERVAL_MS: number = 1000;

  /** Priority points a waiting claim gains per hour (capped), so old claims are not starved. */
  @IsNumber()
  @Min(0)
  QUEUE_AGE_POINTS_PER_HOUR: number = 1;

  /** Verdicts with these ratings need a second reviewer's approval before publishing (comma-separated). */
  @CommaSeparated()
  @IsIn(VERDICT_RATING_NAMES, { each: true, message: `must list ratings from: ${VERDICT_RATING_NAMES.join(', ')}` })
  SECOND_REVIEW_RATINGS: string[] = ['false', 'mostly-false', 'misleading'];

  /**
   * Languages (ISO 639-1, comma-separated) whose articles' claims are queued for review.
   * Claims of an article in another language are stored as `unsupported_language`, for a lead to route by hand.
   */
  @CommaSeparated({ lowerCase: true })
  @Matches(/^[a-z]{2}$/, { each: true, message: 'must list ISO 639-1 language codes such as "en,de"' })
  SUPPORTED_LANGUAGES: string[] = ['en'];

  /** Whether a claim with an open (proposed or confirmed) conflict needs a second reviewer too. */
  @IsEnum(['true', 'false'])
  SECOND_REVIEW_ON_OPEN_CONFLICT: 'true' | 'false' = 'true';

  /** The fact-checking organisation named as author in published ClaimReview markup (verdict events and reports). */
  @IsString()
  @Length(1, 200)
  FACTCHECK_ORG_NAME: string = 'Factdesk';

  /**
   * The fact-checking organisation's site: its `url` in ClaimReview markup, and the base of
   * each ClaimReview's own `url` (`<FACTCHECK_ORG_URL>/claims/<claim id>`).
   */
  @Matches(/^https?:\/\/[^\s/]+(\/\S*)?$/, { message: 'must be an http(s) URL like https://factcheck.example.org' })
  FACTCHECK_ORG_URL: string = 'https://factdesk.example';

  /** How long a process trusts a verified API key before looking it up again (0: every request). */
  @IsInt()
  @Min(0)
  @Max(300_000)
  AUTH_CACHE_TTL_MS: number = 10_000;

  /** Requests per minute per verified API key (or per address without one), across every route and the queue dashboard. */
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_MINUTE: number = 1200;

  /** Failed authentications (a wrong, revoked or malformed key) one address may make per minute; past it: 429, before any key lookup. */
  @IsInt()
  @Min(1)
  AUTH_FAILURES_PER_MINUTE: number = 30;

  /** A browser session ends after this long without a request (sliding); then the web app asks to sign in again. */
  @IsInt()
  @Min(1000)
  SESSION_IDLE_TIMEOUT_MS: number = 8 * 3_600_000;

  /** A browser session ends this long after sign-in, however active. */
  @IsInt()
  @Min(1000)
  SESSION_MAX_AGE_MS: number = 12 * 3_600_000;

  /**
   * Whether the session cookie is `Secure` (sent over HTTPS only). Unset: true, except
   * with NODE_ENV development or test (plain http://127.0.0.1); see sessionCookieSecure().
   */
  @IsOptional()
  @IsEnum(['true', 'false'])
  SESSION_COOKIE_SECURE?: 'true' | 'false';

  /** How often the worker moves new outbox events to webhook deliveries (one worker at a time does it, under an advisory lock). */
  @IsInt()
  @Min(10)
  WEBHOOK_RELAY_INTERVAL_MS: number = 1000;

  /** Bounds connecting to a webhook receiver, and then its whole answer. */
  @IsInt()
  @Min(50)
  @Max(120_000)
  WEBHOOK_TIMEOUT_MS: number = 10_000;

  /**
   * Waits before each attempt of a delivery (comma-separated milliseconds, the first for the first attempt):
   * the Standard Webhooks schedule, at once, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h; each wait ±10 % jitter.
   */
  @CommaSeparated({ integers: true })
  @ArrayNotEmpty()
  @IsInt({ each: true, message: 'must be comma-separated milliseconds such as "0,5000,300000"' })
  @Min(0, { each: true })
  WEBHOOK_RETRY_SCHEDULE_MS: number[] = [
    0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 50_400_000, 72_000_000, 86_400_000,
  ];

  /** The longest a receiver's `retry-after` (on 429 or 503) may hold its deliveries back. */
  @IsInt()
  @Min(0)
  WEBHOOK_RETRY_AFTER_MAX_MS: number = 24 * 3_600_000;

  /** An endpoint whose deliveries keep failing for longer than this is disabled, with the reason shown to admins. */
  @IsInt()
  @Min(1000)
  WEBHOOK_DISABLE_AFTER_MS: number = 5 * 24 * 3_600_000;

  /** How long an outbox event is kept after every subscription has it (relayed, its deliveries final); then it is deleted. */
  @IsInt()
  @Min(0)
  WEBHOOK_OUTBOX_RETENTION_MS: number = 7 * 24 * 3_600_000;

  /** How often the worker deletes outbox events past their retention (in batches). */
  @IsInt()
  @Min(100)
  WEBHOOK_TRIM_INTERVAL_MS: number = 3_600_000;

  /**
   * Endpoints one worker process delivers to at once. Each holds a PostgreSQL connection while it
   * drains (its endpoint's advisory lock): keep it plus WORKER_CONCURRENCY and 2 within DATABASE_POOL_SIZE.
   */
  @IsInt()
  @Min(1)
  @Max(256)
  WEBHOOK_CONCURRENCY: number = 8;

  @IsOptional()
  @IsString()
  CORS_ORIGIN?: string;

  /** Where workers write export files (created on demand; relative paths from the working directory). */
  @IsString()
  @Length(1, 1000)
  EXPORTS_DIR: string = './var/exports';

  /** The built web app (`npm run build` writes it) that the API serves at `/`; relative paths from the working directory. */
  @IsString()
  @Length(1, 1000)
  WEB_DIR: string = './dist/web';

  /** How long an export's file can be downloaded; then the expiry sweep removes it (the row stays, `expired`). */
  @IsInt()
  @Min(1000)
  EXPORT_RETENTION_MS: number = 7 * 24 * 3600 * 1000;

  /** How often the worker removes expired export files. */
  @IsInt()
  @Min(100)
  EXPORT_SWEEP_INTERVAL_MS: number = 60_000;

  /** Exports one worker process writes at once. */
  @IsInt()
  @Min(1)
  @Max(16)
  EXPORT_CONCURRENCY: number = 1;

  /** Tries per export (each rewrites the file from scratch) before it is marked `failed`. */
  @IsInt()
  @Min(1)
  @Max(20)
  EXPORT_ATTEMPTS: number = 3;

  /** First retry delay of a failed export; doubles on each retry. */
  @IsInt()
  @Min(10)
  EXPORT_BACKOFF_MS: number = 5000;
  /**
   * The key that encrypts webhook signing secrets at rest (AES-256-GCM): base64 of exactly
   * 32 random bytes (`openssl rand -base64 32`), used as is, never derived from a passphrase.
   * Required in every environment (there is no default: a default key would be a published key).
   * Changing it makes stored secrets unreadable: rotate every subscription's secret after.
   */
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'must be base64 of 32 random bytes (generate one with: openssl rand -base64 32)' })
  WEBHOOK_SECRET_KEY!: string;

  /** Allow `http://` webhook URLs (development and tests only); otherwise `https` only. */
  @IsEnum(['true', 'false'])
  WEBHOOK_ALLOW_HTTP: 'true' | 'false' = 'false';

  /**
   * Host names or addresses (comma-separated) webhooks may reach even though they resolve to
   * loopback, private or otherwise reserved addresses. Empty by default.
   */
  @CommaSeparated({ lowerCase: true })
  @IsString({ each: true })
  WEBHOOK_ALLOWED_HOSTS: string[] = [];

  /** After a secret rotation, how long deliveries are signed with both the old and the new secret. */
  @IsInt()
  @Min(0)
  WEBHOOK_ROTATION_WINDOW_MS: number = 24 * 60 * 60 * 1000;
}

/** The session cookie's `Secure` flag: SESSION_COOKIE_SECURE when set, else on outside development and test. */
export function sessionCookieSecure(env: Pick<EnvironmentVariables, 'NODE_ENV' | 'SESSION_COOKIE_SECURE'>): boolean {
  if (env.SESSION_COOKIE_SECURE) return env.SESSION_COOKIE_SECURE === 'true';
  return env.NODE_ENV !== NodeEnvironment.Development && env.NODE_ENV !== NodeEnvironment.Test;
}

export class ConfigurationError extends Error {}

/**
 * Validates raw environment variables into a typed object. Throws ConfigurationError
 * whose message is one line naming every bad variable and why.
 */
export function validateEnvironment(raw: Record<string, unknown>): EnvironmentVariables {
  const present = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined && value !== ''));
  const config = plainToInstance(EnvironmentVariables, present, { enableImplicitConversion: true });
  const errors = validateSync(config, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) {
    const problems = errors.map((error) => {
      const value = raw[error.property];
      const reason = Object.values(error.constraints ?? {})[0] ?? 'is invalid';
      const why = value === undefined || value === '' ? 'is missing' : reason.replace(`${error.property} `, '');
      return `${error.property} ${why}`;
    });
    throw new ConfigurationError(`Invalid configuration: ${problems.join('; ')}`);
  }
  return config;
}
