/**
 * A hang guard for specs, not a benchmark (bench/ measures speed): how much longer
 * `work` takes on four times the input. Linear work takes about 4x, quadratic
 * work 16x. Both sizes run in the same test, so a machine loaded by other work
 * slows both sides, where a fixed limit in milliseconds fails at random there.
 * Each size runs twice and its faster run counts (the first also warms the JIT; a
 * garbage collection or another process may stall either).
 */
export function growthOnFourfoldInput(work: (scale: number) => void, scale: number): number {
  const timed = (size: number): number => {
    const started = performance.now();
    work(size);
    return performance.now() - started;
  };
  const small = Math.min(timed(scale), timed(scale));
  const large = Math.min(timed(scale * 4), timed(scale * 4));
  // A floor of 5 ms keeps timer granularity from deciding on very fast work.
  return large / Math.max(small, 5);
}

/** Below this growth on a fourfold input, work counts as linear (about 4x; quadratic would be 16x). */
export const LINEAR_GROWTH_LIMIT = 10;
