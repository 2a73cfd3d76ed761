import { apiKeyPrefixOf, generateApiKey, parseApiKey, presentedApiKey, secretMatches } from './api-key';

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

  it('reads a key from a Bearer header, and from Basic only where allowed', () => {
    const basic = `Basic ${Buffer.from('admin:fdk_abc_secret').toString('base64')}`;
    expect(presentedApiKey('Bearer fdk_abc_secret')).toBe('fdk_abc_secret');
    expect(presentedApiKey(basic)).toBeNull();
    expect(presentedApiKey(basic, { allowBasic: true })).toBe('fdk_abc_secret');
    expect(presentedApiKey(`Basic ${Buffer.from('admin:').toString('base64')}`, { allowBasic: true })).toBeNull();
    expect(presentedApiKey(undefined)).toBeNull();
  });

  it.each(['bearer K', 'BEARER K', 'Bearer  K', 'Bearer\tK', ' Bearer K '])(
    'reads the key from %j: the scheme is case-insensitive',
    (header) => {
      expect(presentedApiKey(header)).toBe('K');
    },
  );

  it('names a key by its prefix, fdk_ and prefix, or the whole key', () => {
    const { key, prefix } = generateApiKey();
    expect([apiKeyPrefixOf(prefix), apiKeyPrefixOf(`fdk_${prefix}`), apiKeyPrefixOf(key)]).toEqual([prefix, prefix, prefix]);
    expect(apiKeyPrefixOf('nope')).toBeNull();
  });
});
