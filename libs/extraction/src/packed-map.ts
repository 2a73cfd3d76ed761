/**
 * `items.map(f)`, as an array of the same shape whichever tier of V8 runs it. V8's optimised
 * Array.prototype.map makes a holey array where the interpreter's is packed: code optimised while
 * it saw one shape is thrown away (deoptimised, then compiled again) when the other reaches it,
 * which happened to the conflict and attribution steps article after article during warm-up.
 * For arrays that hot code reads; a map whose result is only joined or spread needs none of this. Its call of `f` is
 * shared by every caller and is not inlined: an array of each word of each claim is built by a loop of its own.
 */
export function packedMap<T, R>(items: readonly T[], f: (item: T, index: number) => R): R[] {
  const mapped: R[] = [];
  for (let i = 0; i < items.length; i++) mapped.push(f(items[i] as T, i));
  return mapped;
}
