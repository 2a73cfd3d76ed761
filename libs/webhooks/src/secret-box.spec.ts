import { randomBytes } from 'node:crypto';
import { SecretBox } from './secret-box';

describe('SecretBox', () => {
  const key = randomBytes(32).toString('base64');
  const box = new SecretBox(key);

  it('seals to a versioned text that does not contain the secret, and opens it again', () => {
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    const sealed = box.seal(secret);
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/);
    expect(sealed).not.toContain(secret.slice(6, 20));
    expect(box.open(sealed)).toBe(secret);
  });

  it('uses a fresh IV each time', () => {
    expect(box.seal('same')).not.toBe(box.seal('same'));
  });

  it('refuses an altered value, another key, and an unknown format', () => {
    const sealed = box.seal('whsec_abc');
    const parts = sealed.split('.');
    const flipped = Buffer.from(parts[2]!, 'base64url');
    flipped[0]! ^= 1;
    parts[2] = flipped.toString('base64url');
    expect(() => box.open(parts.join('.'))).toThrow(/does not open/);
    expect(() => new SecretBox(randomBytes(32).toString('base64')).open(sealed)).toThrow(/does not open/);
    expect(() => box.open(`v2.${sealed.slice(3)}`)).toThrow(/unknown format/);
    expect(() => box.open('whsec_plaintext')).toThrow(/unknown format/);
  });

  it('accepts only base64 of exactly 32 bytes as key', () => {
    expect(() => new SecretBox(randomBytes(16).toString('base64'))).toThrow(/32 random bytes/);
    expect(() => new SecretBox('correct horse battery staple')).toThrow(/32 random bytes/);
  });
});
