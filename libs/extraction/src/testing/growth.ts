/**
 * A hang guard for specs, not a benchmark (bench/ measures speed): how much longer
 * `work` takes on four times the input. Linear work takes about 4x, quadratic
 * work 16x. It counts this process's CPU time, not the wall clock, so time spent
 * waiting while other processes run on a loaded machine does not count; both
 * sizes run in the same test, where a fixed limit in milliseconds would fail at
 * random on a slower machine.
 * Each size runs five times, the sizes taking turns so that a burst of load falls
 * on both, and each size's fastest run counts (the first also warms the JIT; a
 * garbage collection or another process may stall any one run).
 */
export function growthOnFourfoldInput(work: (scale: number) => void, scale: number): number {
  const timed = (size: number): number => {
    const started = process.cpuUsage();
    work(size);
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000;
  };
  let small = Infinity;
  let large = Infinity;
  for (let round = 0; round < 5; round++) {
    small = Math.min(small, timed(scale));
    large = Math.min(large, timed(scale * 4));
  }
  // A floor of 5 ms keeps timer granularity from deciding on very fast work.
  return large / Math.max(small, 5);
}

/** Below this growth on a fourfold input, work counts as linear (about 4x; quadratic would be 16x). */
export const LINEAR_GROWTH_LIMIT = 10;
