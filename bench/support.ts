import type { ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { Redis } from 'ioredis';
import { dropDatabase, TEST_REDIS_URL } from '../test/support/test-database';

/** The example article from the design brief (shared/ sits beside the checkout). */
export const FIXTURE_PATH = resolve(__dirname, '../../shared/fixtures/aleppo-2016-12.txt');

export interface Rate {
  perSecond: number;
  msEach: number;
}

/**
 * Runs `work` repeatedly for about `ms` and returns the rate. Callers alternate the
 * things they compare, round after round, and take medians: the machine is shared
 * and noisy, so only figures measured side by side mean anything.
 */
export function measure(work: () => void, ms: number): Rate {
  let count = 0;
  const started = process.hrtime.bigint();
  const budget = BigInt(ms) * 1_000_000n;
  while (process.hrtime.bigint() - started < budget) {
    work();
    count += 1;
  }
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  return { perSecond: (count * 1000) / elapsedMs, msEach: elapsedMs / count };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The nearest-rank percentile `p` (0–100) of values already sorted in ascending order. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function fmt(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** Stops a process this benchmark started (SIGTERM, so it shuts down as in production) and waits for it to exit. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

/** Removes what a run left behind: its BullMQ keys and its database (null: a database kept for the next run). */
export async function dropRunState(prefix: string, database: string | null): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL);
  const leftovers = await redis.keys(`${prefix}:*`);
  if (leftovers.length > 0) await redis.del(...leftovers);
  redis.disconnect();
  if (database !== null) await dropDatabase(database);
}
