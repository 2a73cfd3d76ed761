import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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

/** Starts the API's real entry point in its own process and waits until it answers /health. */
export async function startApi(env: Record<string, string>): Promise<{ child: ChildProcess; baseUrl: string; pid: number }> {
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    env: { ...process.env, ...env, PORT: String(port), NODE_OPTIONS: process.env.BENCH_API_NODE_OPTIONS ?? '' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the API exited (${child.exitCode ?? child.signalCode})`);
    const ready = await fetch(`${baseUrl}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { child, baseUrl, pid: child.pid! };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error('the API did not become healthy within 30 s');
}
