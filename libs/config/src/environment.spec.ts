import { ConfigurationError, sessionCookieSecure, validateEnvironment } from './environment';

const valid = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/factdesk',
  REDIS_URL: 'redis://127.0.0.1:6379',
  WEBHOOK_SECRET_KEY: Buffer.alloc(32, 7).toString('base64'),
};

describe('validateEnvironment', () => {
  it('applies documented defaults and converts numbers', () => {
    const config = validateEnvironment({ ...valid, PORT: '4000' });
    expect(config.PORT).toBe(4000);
    expect(config.QUEUE_PREFIX).toBe('factdesk');
    expect(config.EXTRACTION_ATTEMPTS).toBe(3);
    expect(config.DATABASE_POOL_SIZE).toBe(20);
  });

  it('takes a database pool size from 1 to 200', () => {
    expect(validateEnvironment({ ...valid, DATABASE_POOL_SIZE: '40' }).DATABASE_POOL_SIZE).toBe(40);
    expect(() => validateEnvironment({ ...valid, DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE/);
  });

  it('names a missing DATABASE_URL', () => {
    expect(() => validateEnvironment({ REDIS_URL: valid.REDIS_URL, WEBHOOK_SECRET_KEY: valid.WEBHOOK_SECRET_KEY })).toThrow(
      new ConfigurationError('Invalid configuration: DATABASE_URL is missing'),
    );
  });

  it('names a malformed REDIS_URL and says what shape is expected', () => {
    expect(() => validateEnvironment({ ...valid, REDIS_URL: 'localhost:6379' })).toThrow(
      /^Invalid configuration: REDIS_URL must be a Redis URL like redis:\/\/host:6379/,
    );
  });

  it('rejects a DATABASE_URL of another scheme', () => {
    expect(() => validateEnvironment({ ...valid, DATABASE_URL: 'mysql://root@localhost/db' })).toThrow(
      /DATABASE_URL must be a PostgreSQL URL/,
    );
  });

  it('reports every bad variable on one line', () => {
    let message = '';
    try {
      validateEnvironment({ PORT: 'abc' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('DATABASE_URL is missing');
    expect(message).toContain('REDIS_URL is missing');
    expect(message).toContain('PORT');
    expect(message).not.toContain('\n');
  });

  it('reads the second-review ratings as a list, and refuses a rating that does not exist', () => {
    expect(validateEnvironment(valid).SECOND_REVIEW_RATINGS).toEqual(['false', 'mostly-false', 'misleading']);
    expect(validateEnvironment({ ...valid, SECOND_REVIEW_RATINGS: 'false, unverifiable' }).SECOND_REVIEW_RATINGS).toEqual([
      'false',
      'unverifiable',
    ]);
    expect(() => validateEnvironment({ ...valid, SECOND_REVIEW_RATINGS: 'false,wrong' })).toThrow(
      /SECOND_REVIEW_RATINGS must list ratings/,
    );
  });

  it('reads the supported languages as a list of ISO 639-1 codes, English by default', () => {
    expect(validateEnvironment(valid).SUPPORTED_LANGUAGES).toEqual(['en']);
    expect(validateEnvironment({ ...valid, SUPPORTED_LANGUAGES: 'en, DE' }).SUPPORTED_LANGUAGES).toEqual(['en', 'de']);
    expect(() => validateEnvironment({ ...valid, SUPPORTED_LANGUAGES: 'en,german' })).toThrow(/SUPPORTED_LANGUAGES must list ISO 639-1/);
  });

  it('bounds how long a request waits for Redis and for a PostgreSQL connection', () => {
    expect(validateEnvironment(valid)).toMatchObject({ REDIS_COMMAND_TIMEOUT_MS: 2000, DATABASE_CONNECT_TIMEOUT_MS: 3000 });
    expect(() => validateEnvironment({ ...valid, REDIS_COMMAND_TIMEOUT_MS: '0' })).toThrow(/REDIS_COMMAND_TIMEOUT_MS/);
  });

  it('requires WEBHOOK_SECRET_KEY in every environment, as base64 of 32 bytes, with no default', () => {
    const withoutKey = { DATABASE_URL: valid.DATABASE_URL, REDIS_URL: valid.REDIS_URL };
    for (const NODE_ENV of ['production', 'development', 'test']) {
      expect(() => validateEnvironment({ ...withoutKey, NODE_ENV })).toThrow(
        new ConfigurationError('Invalid configuration: WEBHOOK_SECRET_KEY is missing'),
      );
    }
    expect(() => validateEnvironment({ ...valid, WEBHOOK_SECRET_KEY: 'a passphrase' })).toThrow(
      /^Invalid configuration: WEBHOOK_SECRET_KEY must be base64 of 32 random bytes \(generate one with: openssl rand -base64 32\)$/,
    );
    expect(() => validateEnvironment({ ...valid, WEBHOOK_SECRET_KEY: Buffer.alloc(16).toString('base64') })).toThrow(/WEBHOOK_SECRET_KEY/);
  });

  it('reads the webhook settings with their defaults', () => {
    expect(validateEnvironment(valid)).toMatchObject({
      WEBHOOK_ALLOW_HTTP: 'false',
      WEBHOOK_ALLOWED_HOSTS: [],
      WEBHOOK_ROTATION_WINDOW_MS: 24 * 60 * 60 * 1000,
    });
    expect(validateEnvironment({ ...valid, WEBHOOK_ALLOWED_HOSTS: '127.0.0.1, Hooks.Local ,[::1]' }).WEBHOOK_ALLOWED_HOSTS).toEqual([
      '127.0.0.1',
      'hooks.local',
      '[::1]',
    ]);
    expect(() => validateEnvironment({ ...valid, WEBHOOK_ALLOW_HTTP: 'yes' })).toThrow(/WEBHOOK_ALLOW_HTTP/);
  });

  it('reads the session settings: a working day idle, 12 h at most, the cookie Secure except in development and test', () => {
    expect(validateEnvironment(valid)).toMatchObject({ SESSION_IDLE_TIMEOUT_MS: 8 * 3_600_000, SESSION_MAX_AGE_MS: 12 * 3_600_000 });
    expect(sessionCookieSecure(validateEnvironment({ ...valid, NODE_ENV: 'production' }))).toBe(true);
    expect(sessionCookieSecure(validateEnvironment({ ...valid, NODE_ENV: 'development' }))).toBe(false);
    expect(sessionCookieSecure(validateEnvironment({ ...valid, NODE_ENV: 'test' }))).toBe(false);
    expect(sessionCookieSecure(validateEnvironment({ ...valid, NODE_ENV: 'test', SESSION_COOKIE_SECURE: 'true' }))).toBe(true);
    expect(sessionCookieSecure(validateEnvironment({ ...valid, NODE_ENV: 'production', SESSION_COOKIE_SECURE: 'false' }))).toBe(false);
    expect(() => validateEnvironment({ ...valid, SESSION_COOKIE_SECURE: 'yes' })).toThrow(/SESSION_COOKIE_SECURE/);
    expect(() => validateEnvironment({ ...valid, SESSION_IDLE_TIMEOUT_MS: '10' })).toThrow(/SESSION_IDLE_TIMEOUT_MS/);
  });
});
