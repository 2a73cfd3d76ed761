/**
 * Memoise a pure function of one string. Words and names repeat within an article and across
 * articles, so their per-word analysis is worth keeping; the map is cleared when it reaches
 * `capacity` entries, so memory stays flat however many articles pass through a long-lived worker.
 * Only for functions whose result depends on the argument alone and is never mutated by callers.
 */
export function boundedMemo<R>(fn: (key: string) => R, capacity = 4096): (key: string) => R {
  // An undefined result is kept as UNDEFINED: one lookup answers every call, where `get` then `has` took two for it.
  const memo = new Map<string, R | typeof UNDEFINED>();
  return (key: string): R => {
    const known = memo.get(key);
    if (known !== undefined) return (known === UNDEFINED ? undefined : known) as R;
    const value = fn(key);
    if (memo.size >= capacity) memo.clear();
    memo.set(key, value === undefined ? UNDEFINED : value);
    return value;
  };
}

const UNDEFINED: unique symbol = Symbol('undefined');
