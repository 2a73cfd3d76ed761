import { resolve } from 'node:path';

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

export function fmt(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}
