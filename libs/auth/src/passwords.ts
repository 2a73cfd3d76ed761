import * as argon2 from 'argon2';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1024;

/**
 * argon2id with OWASP's first recommended configuration (Password Storage Cheat Sheet):
 * 19 MiB of memory, 2 iterations, 1 lane. The encoded hash carries these and its salt,
 * so raising them later still verifies older hashes.
 */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * Why a password cannot be used, or null when it can. Length counts characters (code
 * points), not bytes; the upper bound keeps one sign-in from costing a megabyte of hashing.
 */
export function passwordProblem(password: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `The password must have at least ${PASSWORD_MIN_LENGTH} characters (it has ${length})`;
  if (length > PASSWORD_MAX_LENGTH) return `The password must have at most ${PASSWORD_MAX_LENGTH} characters (it has ${length})`;
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

/** Whether `password` matches `hash`; false (never an error) for a hash that cannot be read. */
export async function passwordMatches(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Whether a stored hash was made with other parameters (older, weaker): it is replaced at the next successful sign-in. */
export function passwordNeedsRehash(hash: string): boolean {
  const { memoryCost, timeCost, parallelism } = ARGON2_OPTIONS;
  try {
    return !hash.startsWith('$argon2id$') || argon2.needsRehash(hash, { memoryCost, timeCost, parallelism });
  } catch {
    return true;
  }
}

let dummyHash: Promise<string> | null = null;

/**
 * Spends the time of one verification when there is no hash to check (an unknown name,
 * a user without a password), so the answer's timing does not tell which names exist.
 */
export async function verifyNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword('factdesk: no such user, no such password');
  await passwordMatches(await dummyHash, password);
  return false;
}
