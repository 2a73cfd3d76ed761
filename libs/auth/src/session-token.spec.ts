import { hashSecret } from './api-key';
import { csrfTokenMatches, csrfTokenOf, generateSessionToken, isStateChanging, sessionTokenHash } from './session-token';

describe('session tokens', () => {
  it('are 256 random bits in base64url, stored as their SHA-256 only', () => {
    const { token, tokenHash } = generateSessionToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokenHash.equals(hashSecret(token))).toBe(true);
    expect(generateSessionToken().token).not.toBe(token);
    expect(sessionTokenHash(token)?.equals(tokenHash)).toBe(true);
  });

  it('looks nothing up for a cookie that cannot be a token', () => {
    expect(sessionTokenHash(undefined)).toBeNull();
    expect(sessionTokenHash('')).toBeNull();
    expect(sessionTokenHash('a'.repeat(42))).toBeNull();
    expect(sessionTokenHash(`${'a'.repeat(42)}=`)).toBeNull();
  });
});

describe('CSRF tokens', () => {
  it('are derived from the session token: the same for one session, different for another, never the token itself', () => {
    const { token } = generateSessionToken();
    const other = generateSessionToken().token;
    expect(csrfTokenOf(token)).toBe(csrfTokenOf(token));
    expect(csrfTokenOf(token)).not.toBe(csrfTokenOf(other));
    expect(csrfTokenOf(token)).not.toBe(token);
    expect(csrfTokenOf(token)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('match only the session’s own token', () => {
    const { token } = generateSessionToken();
    const csrf = csrfTokenOf(token);
    expect(csrfTokenMatches(token, csrf)).toBe(true);
    expect(csrfTokenMatches(token, undefined)).toBe(false);
    expect(csrfTokenMatches(token, '')).toBe(false);
    expect(csrfTokenMatches(token, csrf.slice(1))).toBe(false);
    expect(csrfTokenMatches(token, `${csrf}x`)).toBe(false);
    expect(csrfTokenMatches(token, csrfTokenOf(generateSessionToken().token))).toBe(false);
    expect(csrfTokenMatches(token, token)).toBe(false);
  });

  it('are needed on POST, PUT, PATCH and DELETE, not on GET, HEAD or OPTIONS', () => {
    expect(['POST', 'PUT', 'PATCH', 'DELETE', 'post'].map(isStateChanging)).toEqual([true, true, true, true, true]);
    expect(['GET', 'HEAD', 'OPTIONS', 'get'].map(isStateChanging)).toEqual([false, false, false, false]);
  });
});
