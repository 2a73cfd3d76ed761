/** Most addresses tracked at once; past it the counts start over (a bound on memory under a spray of addresses). */
const MAX_ADDRESSES = 100_000;

/**
 * Failed authentications per client address, in windows of `windowMs` opened by an
 * address's first failure. Once an address has used its budget, every request from it
 * is refused until the window ends, before any key is looked up. In memory, per
 * process: the throttler's storage cannot be read without counting a hit, and this
 * must be read on every request and counted only on a failure.
 */
export class FailedAuthLimiter {
  private readonly windows = new Map<string, { failures: number; endsAt: number }>();

  constructor(
    private readonly budget: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whole seconds until this address may try again; 0 when it may now. */
  retryAfterSeconds(address: string): number {
    const window = this.current(address);
    if (!window || window.failures < this.budget) return 0;
    return Math.max(1, Math.ceil((window.endsAt - this.now()) / 1000));
  }

  recordFailure(address: string): void {
    const window = this.current(address);
    if (window) {
      window.failures += 1;
      return;
    }
    if (this.windows.size >= MAX_ADDRESSES) this.windows.clear();
    this.windows.set(address, { failures: 1, endsAt: this.now() + this.windowMs });
  }

  private current(address: string): { failures: number; endsAt: number } | null {
    const window = this.windows.get(address);
    if (!window) return null;
    if (window.endsAt > this.now()) return window;
    this.windows.delete(address);
    return null;
  }
}
