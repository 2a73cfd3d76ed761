/**
 * Where a pair of claims left conflict detection, for measuring the rules (eval:extraction) and
 * for tests: production passes none. The gates in the order a pair meets them:
 *
 * - `src`: a side has no source, or both sides are of one source;
 * - `pair`: the two claims were never compared (no shared measure, subject word or nearness);
 * - `meas`: compared, but their figures measure different things;
 * - `comp`: the figures are compatible;
 * - `evt`: the claims are about different events;
 * - `ties`: too little ties them (shared words, nearness, pointing back);
 * - `kept`: found, but another candidate of the same sources and measure or passage was kept instead.
 */
export const CONFLICT_GATES = ['src', 'pair', 'meas', 'comp', 'evt', 'ties', 'kept'] as const;
export type ConflictGate = (typeof CONFLICT_GATES)[number];

export interface ConflictTrace {
  /** The furthest gate each compared pair of claim indexes reached, by `traceKey`. */
  gates: Map<string, ConflictGate>;
  /** Claims that take part in no conflict: no source, a headline, or a note that someone did not comment. */
  unsourced: Set<number>;
}

export function createConflictTrace(): ConflictTrace {
  return { gates: new Map(), unsourced: new Set() };
}

function traceKey(x: number, y: number): string {
  return x < y ? `${x}|${y}` : `${y}|${x}`;
}

/** Records that the pair reached `gate`; a pair compared several times (per measure, per rule) keeps its furthest. */
export function noteGate(trace: ConflictTrace | undefined, x: number, y: number, gate: ConflictGate): void {
  if (!trace) return;
  const key = traceKey(x, y);
  const previous = trace.gates.get(key);
  if (previous === undefined || CONFLICT_GATES.indexOf(gate) > CONFLICT_GATES.indexOf(previous)) trace.gates.set(key, gate);
}

/**
 * The furthest gate any pair of claims of the two sides reached (claim indexes of each side): where a
 * conflict that was not proposed was lost.
 */
export function missedAt(trace: ConflictTrace, xs: readonly number[], ys: readonly number[]): ConflictGate {
  let furthest = -1;
  let sourced = false;
  for (const x of xs) {
    for (const y of ys) {
      if (x === y) continue;
      const gate = trace.gates.get(traceKey(x, y));
      if (gate !== undefined) furthest = Math.max(furthest, CONFLICT_GATES.indexOf(gate));
      if (!trace.unsourced.has(x) && !trace.unsourced.has(y)) sourced = true;
    }
  }
  if (furthest >= 0) return CONFLICT_GATES[furthest]!;
  return sourced ? 'pair' : 'src';
}
