/**
 * Small integer ids for lower-case words, given once per token by the tokeniser (`Token.id`), so that what the
 * engine knows of a word is an array read by id where it was a lookup in a Map keyed by strings. Those lookups are
 * where the engine misses the data cache and mispredicts branches most (callgrind's cache and branch simulation,
 * branch speed9): each hashes or compares the token's own slice and probes a table, once per memoised function.
 *
 * The first `WORD_ID_CAPACITY` distinct words get ids, for the life of the process: an id never changes meaning, so
 * the arrays indexed by it never need clearing and memory stays flat. Frequent words come early; a word seen after
 * the table is full has no id (`NO_WORD_ID`) and takes the string path, as every word did before.
 */
export const WORD_ID_CAPACITY = 1 << 15;
export const NO_WORD_ID = -1;

/**
 * The table of ids: open addressing over twice `WORD_ID_CAPACITY` slots, each slot a word's hash and its id + 1 (0:
 * empty), side by side. A Map keyed by the word hashed each fresh slice in V8's runtime and then read the key's string
 * to compare; here the hash is a loop over the word's characters and a slot's stored hash rules out a different word
 * before its string is read. Words are never removed, so probing stops at the first empty slot.
 */
const SLOT_BITS = 16;
const SLOT_MASK = (1 << SLOT_BITS) - 1;
const slots = new Int32Array(2 << SLOT_BITS);
/** The words by id. */
const words: string[] = [];

/** FNV-1a over the word's UTF-16 code units, then mixed so that its low bits, which pick the slot, depend on every unit. */
function hashOf(word: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  return hash ^ (hash >>> 13);
}

/** The id of a lower-case word, given on first sight; `NO_WORD_ID` once the table is full. */
export function wordIdOf(lower: string): number {
  const hash = hashOf(lower);
  for (let slot = hash & SLOT_MASK; ; slot = (slot + 1) & SLOT_MASK) {
    const id = slots[2 * slot + 1]! - 1;
    if (id < 0) {
      if (words.length >= WORD_ID_CAPACITY) return NO_WORD_ID;
      const next = words.length;
      words.push(internalised(lower));
      slots[2 * slot] = hash;
      slots[2 * slot + 1] = next + 1;
      return next;
    }
    if (slots[2 * slot] === hash && words[id] === lower) return id;
  }
}

/**
 * The word an id stands for: one string per word for the life of the process, in place of each article's fresh slice of
 * it. V8 hashes a string once and keeps the hash in it, so Map and Set lookups by a word kept this way hash nothing
 * after the first article, where each fresh slice was hashed again; and a token's slice dies at once instead of living as
 * long as the token (less for each young-generation collection to copy).
 */
export function wordOf(id: number): string {
  return words[id]!;
}

/**
 * `word` as V8's internalised string (its one copy in the string table, a string of its own however `word` was cut):
 * the word lists' strings are literals, internalised too, so a Set or Map that holds the word finds it the same string
 * and one that does not tells it apart without comparing characters (callgrind counted a string comparison with
 * mispredicted branches for each such lookup by a fresh copy); and the words all have the same few string shapes where
 * slices, copies and literals gave property reads on them (`length`, `endsWith`) many.
 */
function internalised(word: string): string {
  // A property name is internalised; a name that is an array index ("2016") is kept as a number and comes back a fresh string.
  return Object.keys({ [word]: 0 })[0]!;
}

/** A word as the memoised functions read it: its lower case and its id (`NO_WORD_ID` when it has none). */
export interface WordRef {
  readonly lower: string;
  readonly id: number;
}

/** Marks an id whose value is not computed yet (a value may itself be undefined or null). */
const UNSET: unique symbol = Symbol('unset');

/**
 * Memoise a pure function of a lower-case word by the word's id: one array read per call. A word without an id is
 * passed to `fn` as a string: give a function memoised by string (`boundedMemo`) when its work is costly. Only for
 * functions whose result depends on the word alone and is never mutated by callers.
 */
export function wordMemo<R>(fn: (lower: string) => R): (word: WordRef) => R {
  const byId = idMemo(fn);
  return (word: WordRef): R => byId(word.id, word.lower);
}

/** `wordMemo` for words that are no token object: the id and the lower case apart (the model's own tokens). */
export function idMemo<R>(fn: (lower: string) => R): (id: number, lower: string) => R {
  let byId = unsetValues<R>(1024);
  return (id: number, lower: string): R => {
    if (id < 0) return fn(lower);
    if (id >= byId.length) byId = byId.concat(unsetValues<R>(Math.max(byId.length, id + 1 - byId.length)));
    const known = byId[id] as R | typeof UNSET;
    if (known !== UNSET) return known;
    const value = fn(lower);
    byId[id] = value;
    return value;
  };
}

/** `n` UNSETs, pushed one by one: a packed array (`new Array(n).fill` is holey, and every read then checks for holes). */
function unsetValues<R>(n: number): Array<R | typeof UNSET> {
  const values: Array<R | typeof UNSET> = [];
  for (let i = 0; i < n; i++) values.push(UNSET);
  return values;
}
