import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { hashSecret } from './api-key';

export const SESSION_COOKIE = 'factdesk_session';
export const CSRF_HEADER = 'x-csrf-token';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** 256 random bits, base64url: like an API key's secret, a fast hash is enough to store it. */
export function generateSessionToken(): { token: string; tokenHash: Buffer } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashSecret(token) };
}

/** The stored hash of a cookie's token; null for a value that cannot be a token (not looked up). */
export function sessionTokenHash(token: string | undefined): Buffer | null {
  return token && TOKEN_PATTERN.test(token) ? hashSecret(token) : null;
}

/**
 * The session's CSRF token, derived from the cookie's token (HMAC under a fixed label),
 * so it is never stored: whoever reads the database cannot forge it, and a page that
 * cannot read the HttpOnly cookie can only learn it from `GET /api/session`, which a
 * cross-site page cannot read.
 */
export function csrfTokenOf(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('factdesk csrf token').digest('base64url');
}

/** Constant-time comparison of a presented `X-CSRF-Token` with the session's. */
export function csrfTokenMatches(sessionToken: string, presented: string | undefined): boolean {
  if (!presented) return false;
  const expected = Buffer.from(csrfTokenOf(sessionToken));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Methods that change state: a session must prove them with its CSRF token. */
export function isStateChanging(method: string): boolean {
  return !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());
}
