import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const KEY_PATTERN = /^fdk_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

export interface GeneratedApiKey {
  /** The full key, shown to its owner once and never stored. */
  key: string;
  prefix: string;
  secretHash: Buffer;
}

/**
 * Keys carry 256 random bits, so a fast hash (SHA-256) is enough: there is nothing
 * to brute-force that a slow password hash would protect.
 */
export function generateApiKey(): GeneratedApiKey {
  const prefix = randomBytes(9).toString('base64url').replace(/[-_]/g, 'x').slice(0, 12);
  const secret = randomBytes(32).toString('base64url');
  return { key: `fdk_${prefix}_${secret}`, prefix, secretHash: hashSecret(secret) };
}

export function parseApiKey(key: string): { prefix: string; secret: string } | null {
  const match = KEY_PATTERN.exec(key);
  return match ? { prefix: match[1]!, secret: match[2]! } : null;
}

export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

/** Constant-time comparison of a presented secret with a stored hash. */
export function secretMatches(secret: string, storedHash: Buffer): boolean {
  const presented = hashSecret(secret);
  return presented.length === storedHash.length && timingSafeEqual(presented, storedHash);
}

/**
 * The API key in an Authorization header: `Bearer <key>`, or (where a browser must
 * prompt for it, as on the queue dashboard) HTTP Basic with the key as the password.
 * The scheme is case-insensitive and may be followed by any run of spaces (RFC 9110
 * §11.1), so `bearer K`, `BEARER K` and `Bearer  K` all present the key K.
 */
export function presentedApiKey(header: string | undefined, options: { allowBasic?: boolean } = {}): string | null {
  const bearer = /^\s*Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (bearer) return bearer[1]!;
  const basic = options.allowBasic ? /^\s*Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '') : null;
  if (!basic) return null;
  const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
  const password = decoded.slice(decoded.indexOf(':') + 1);
  return password.length > 0 ? password : null;
}

/**
 * The prefix an operator means by `fdk_<prefix>`, `<prefix>` or a whole key (as the
 * command line takes them); null when it cannot be one.
 */
export function apiKeyPrefixOf(input: string): string | null {
  const match = /^(?:fdk_)?([A-Za-z0-9]{12})(?:_[A-Za-z0-9_-]*)?$/.exec(input.trim());
  return match ? match[1]! : null;
}
