import { Role } from '@factdesk/database';
import { VerifiedKeyCache } from './verified-key-cache';

const user = (id: string, apiKeyId: string) => ({ id, name: id, role: Role.Reviewer, apiKeyId });

describe('VerifiedKeyCache', () => {
  let now = 0;
  const clock = () => now;

  beforeEach(() => (now = 1_000));

  it('remembers a verified key for its TTL, and no longer', () => {
    const cache = new VerifiedKeyCache(500, clock);
    cache.remember('fdk_a', user('u1', 'k1'));
    now += 499;
    expect(cache.get('fdk_a')?.apiKeyId).toBe('k1');
    now += 1;
    expect(cache.get('fdk_a')).toBeNull();
  });

  it('remembers nothing with a TTL of 0', () => {
    const cache = new VerifiedKeyCache(0, clock);
    cache.remember('fdk_a', user('u1', 'k1'));
    expect(cache.get('fdk_a')).toBeNull();
  });

  it('forgets one key at once, or every key of one user, and nothing else', () => {
    const cache = new VerifiedKeyCache(10_000, clock);
    cache.remember('fdk_a', user('u1', 'k1'));
    cache.remember('fdk_b', user('u1', 'k2'));
    cache.remember('fdk_c', user('u2', 'k3'));
    cache.forget({ apiKeyId: 'k1' });
    expect([cache.get('fdk_a'), cache.get('fdk_b')?.apiKeyId, cache.get('fdk_c')?.apiKeyId]).toEqual([null, 'k2', 'k3']);
    cache.forget({ userId: 'u1' });
    expect([cache.get('fdk_b'), cache.get('fdk_c')?.apiKeyId]).toEqual([null, 'k3']);
  });

  it('keeps an entry no longer than the credential lives (a session that expires sooner than the TTL)', () => {
    const cache = new VerifiedKeyCache(10_000, clock);
    cache.remember('session:t', { id: 'u1', name: 'u1', role: Role.Reviewer, sessionId: 's1' }, now + 300);
    now += 299;
    expect(cache.get('session:t')?.sessionId).toBe('s1');
    now += 1;
    expect(cache.get('session:t')).toBeNull();
    cache.remember('session:t', { id: 'u1', name: 'u1', role: Role.Reviewer, sessionId: 's1' }, now);
    expect(cache.get('session:t')).toBeNull();
  });

  it('forgets one session at once, and a user’s sessions with the user’s keys', () => {
    const cache = new VerifiedKeyCache(10_000, clock);
    cache.remember('session:a', { id: 'u1', name: 'u1', role: Role.Reviewer, sessionId: 's1' });
    cache.remember('session:b', { id: 'u1', name: 'u1', role: Role.Reviewer, sessionId: 's2' });
    cache.remember('fdk_a', user('u1', 'k1'));
    cache.forget({ sessionId: 's1' });
    expect([cache.get('session:a'), cache.get('session:b')?.sessionId, cache.get('fdk_a')?.apiKeyId]).toEqual([null, 's2', 'k1']);
    cache.forget({ userId: 'u1' });
    expect([cache.get('session:b'), cache.get('fdk_a')]).toEqual([null, null]);
  });
});
