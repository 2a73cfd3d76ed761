import type { EnvironmentVariables } from '@factdesk/config';
import { BoundedRedis, RedisUnavailableError } from './bounded-redis';

describe('BoundedRedis', () => {
  const bounded = new BoundedRedis({ REDIS_COMMAND_TIMEOUT_MS: 50 } as EnvironmentVariables);

  it('passes a prompt answer through', async () => {
    await expect(bounded.call('a ping', async () => 'PONG')).resolves.toBe('PONG');
  });

  it('gives up on a call that never settles, naming it and the bound', async () => {
    const started = Date.now();
    await expect(bounded.call('the queue order', () => new Promise(() => undefined))).rejects.toThrow(
      new RedisUnavailableError('Redis did not answer the queue order within 50 ms'),
    );
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("turns a failure, thrown or rejected, into RedisUnavailableError keeping the driver's message", async () => {
    const failure = bounded.call('an enqueue', () => Promise.reject(new Error("Stream isn't writeable")));
    await expect(failure).rejects.toBeInstanceOf(RedisUnavailableError);
    await expect(failure).rejects.toThrow("Redis failed an enqueue: Stream isn't writeable");
    await expect(
      bounded.call('a ping', () => {
        throw new Error('Connection is closed.');
      }),
    ).rejects.toThrow('Redis failed a ping: Connection is closed.');
  });
});
