import { hashPassword, passwordMatches, passwordProblem, verifyNothing } from './passwords';

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
