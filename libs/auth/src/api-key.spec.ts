import { generateApiKey, parseApiKey, secretMatches } from './api-key';

describe('API keys', () => {
  it('round-trips: a generated key parses and its secret matches the stored hash', () => {
    const { key, prefix, secretHash } = generateApiKey();
    const parsed = parseApiKey(key);
    expect(parsed?.prefix).toBe(prefix);
    expect(secretMatches(parsed!.secret, secretHash)).toBe(true);
  });

  it('never stores the key: the hash is not the secret', () => {
    const { key, secretHash } = generateApiKey();
    expect(key).not.toContain(secretHash.toString('base64url'));
  });

  it('rejects another key with the same prefix', () => {
    const first = generateApiKey();
    const second = generateApiKey();
    expect(secretMatches(parseApiKey(second.key)!.secret, first.secretHash)).toBe(false);
  });

  it('generates distinct keys', () => {
    const keys = new Set(Array.from({ length: 200 }, () => generateApiKey().key));
    expect(keys.size).toBe(200);
  });

  it.each(['', 'wrong', 'fdk_short_x', `fdk_${'a'.repeat(12)}_${'b'.repeat(42)}`])('does not parse %j', (value) => {
    expect(parseApiKey(value)).toBeNull();
  });
});
