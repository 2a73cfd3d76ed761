import * as argon2 from 'argon2';
import { hashPassword, passwordMatches, passwordNeedsRehash, passwordProblem, verifyNothing } from './passwords';

describe('passwordProblem', () => {
  it('takes 12 to 1024 characters and says what is wrong otherwise', () => {
    expect(passwordProblem('a'.repeat(12))).toBeNull();
    expect(passwordProblem('a'.repeat(1024))).toBeNull();
    expect(passwordProblem('a'.repeat(11))).toBe('The password must have at least 12 characters (it has 11)');
    expect(passwordProblem('')).toBe('The password must have at least 12 characters (it has 0)');
    expect(passwordProblem('a'.repeat(1025))).toBe('The password must have at most 1024 characters (it has 1025)');
  });

  it('counts characters, not UTF-16 units: six emoji are six characters', () => {
    expect(passwordProblem('🔑'.repeat(6))).toMatch(/it has 6\)/);
    expect(passwordProblem('🔑'.repeat(12))).toBeNull();
  });
});

describe('hashPassword and passwordMatches', () => {
  it('hashes with argon2id and a fresh salt, and verifies only the same password', async () => {
    const [first, second] = await Promise.all([hashPassword('a long passphrase'), hashPassword('a long passphrase')]);
    expect(first).toMatch(/^\$argon2id\$/);
    expect(first).not.toBe(second);
    await expect(passwordMatches(first, 'a long passphrase')).resolves.toBe(true);
    await expect(passwordMatches(first, 'a long passphrasE')).resolves.toBe(false);
  });

  it('answers false, never throws, for a stored value that is not a hash', async () => {
    await expect(passwordMatches('not a hash', 'anything at all')).resolves.toBe(false);
  });

  it('verifyNothing spends a verification and is always false', async () => {
    await expect(verifyNothing('factdesk: no such user, no such password')).resolves.toBe(false);
  });
});

describe('passwordNeedsRehash', () => {
  it('asks for a new hash when the stored one was made with other parameters or another variant', async () => {
    expect(passwordNeedsRehash(await hashPassword('a long passphrase'))).toBe(false);
    const weaker = await argon2.hash('a long passphrase', { type: argon2.argon2id, memoryCost: 8192, timeCost: 1, parallelism: 1 });
    expect(passwordNeedsRehash(weaker)).toBe(true);
    const otherVariant = await argon2.hash('a long passphrase', { type: argon2.argon2i, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    expect(passwordNeedsRehash(otherVariant)).toBe(true);
    expect(passwordNeedsRehash('not a hash')).toBe(true);
  });
});
