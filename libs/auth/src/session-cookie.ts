import type { CookieOptions, Response } from 'express';
import { EnvironmentVariables, sessionCookieSecure } from '@factdesk/config';
import { CSRF_HEADER, SESSION_COOKIE } from './session-token';

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Lax (not sent on a
 * cross-site POST, nor on a cross-site page's fetches), Path=/, Secure outside
 * development and test unless SESSION_COOKIE_SECURE says otherwise.
 */
function cookieOptions(env: Pick<EnvironmentVariables, 'NODE_ENV' | 'SESSION_COOKIE_SECURE'>): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', path: '/', secure: sessionCookieSecure(env) };
}

/** Sets the cookie to last until the session's maximum age; the idle timeout is enforced by the server. */
export function setSessionCookie(response: Response, env: EnvironmentVariables, token: string, expiresAt: Date): void {
  response.cookie(SESSION_COOKIE, token, { ...cookieOptions(env), expires: expiresAt });
}

export function clearSessionCookie(response: Pick<Response, 'clearCookie'>, env: EnvironmentVariables): void {
  response.clearCookie(SESSION_COOKIE, cookieOptions(env));
}

/** The credentials a request carries besides `Authorization`: the session cookie (read by cookie-parser) and the CSRF header. */
export function sessionCredentials(request: {
  cookies?: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
}): {
  sessionToken?: string;
  csrfToken?: string;
} {
  const cookie = request.cookies?.[SESSION_COOKIE];
  const header = request.headers[CSRF_HEADER];
  return {
    sessionToken: typeof cookie === 'string' && cookie ? cookie : undefined,
    csrfToken: typeof header === 'string' ? header : undefined,
  };
}
