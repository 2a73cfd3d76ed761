/** Slot that has never held a key. */
const EMPTY_SLOT = -2;
/** End of a list; as a slot's head: a key whose documents were all removed. */
const END = -1;
/** Entry fields. */
const DOC = 0;
const NEXT = 1;
/** The previous entry, or for the first entry of a list its slot, encoded by `slotLink` (always ≤ −2). */
const PREVIOUS = 2;
const ENTRY_FIELDS = 3;
const MIN_CAPACITY = 16;
/** Linear probing stays fast below this share of used slots (a rehash leaves at most half of them used). */
const MAX_LOAD = 0.75;

/**
 * The buckets of one LSH band: a hash multimap from 32-bit band keys to
 * document numbers, in typed arrays. Keys are open-addressed (linear probing;
 * they are already well-mixed hashes); each key's documents form a doubly
 * linked list in an entry pool, so removing a document is O(1) however many
 * share its key (a wire story stored ten thousand times). A slot is
 * [key, first entry] and an entry [document, next, previous], side by side, so
 * a lookup touches few cache lines. About 30 bytes per document, outside the
 * JavaScript heap: a million claims × 32 bands as Map<number, number[]> would
 * be 32 million small objects (and a Map holds at most 2²⁴ entries).
 */
export class BucketTable {
  private capacity = MIN_CAPACITY;
  /** Per slot: key (as int32 bits), then EMPTY_SLOT, END (a key without documents) or its first entry. */
  private slots = emptySlots(MIN_CAPACITY);
  private usedSlots = 0;
  /** Per entry: DOC, NEXT, PREVIOUS. */
  private entries = new Int32Array(MIN_CAPACITY * ENTRY_FIELDS);
  private entriesUsed = 0;
  /** Removed entries, linked through their next field, reused before the pool grows. */
  private freeEntries = END;

  /** Files `doc` under `key`; returns the entry, which `removeEntry` takes. */
  add(key: number, doc: number): number {
    let slot = this.findSlot(key);
    if (this.slots[slot + 1] === EMPTY_SLOT) {
      if (this.usedSlots + 1 > this.capacity * MAX_LOAD) {
        this.rehash();
        slot = this.findSlot(key);
      }
      this.slots[slot] = key | 0;
      this.slots[slot + 1] = END;
      this.usedSlots++;
    }
    const entry = this.allocateEntry();
    const first = this.slots[slot + 1] as number;
    this.entries[entry + DOC] = doc;
    this.entries[entry + NEXT] = first;
    this.entries[entry + PREVIOUS] = slotLink(slot);
    if (first >= 0) this.entries[first + PREVIOUS] = entry;
    this.slots[slot + 1] = entry;
    return entry;
  }

  /** Takes an entry that `add` returned out of its list. */
  removeEntry(entry: number): void {
    const next = this.entries[entry + NEXT] as number;
    const previous = this.entries[entry + PREVIOUS] as number;
    if (previous >= 0) this.entries[previous + NEXT] = next;
    else this.slots[slotOfLink(previous) + 1] = next;
    if (next >= 0) this.entries[next + PREVIOUS] = previous;
    this.entries[entry + DOC] = END;
    this.entries[entry + NEXT] = this.freeEntries;
    this.freeEntries = entry;
  }

  /** Calls `visit` with each document stored under `key`, most recently added first. */
  forEachDoc(key: number, visit: (doc: number) => void): void {
    const entries = this.entries;
    for (let entry = this.slots[this.findSlot(key) + 1] as number; entry >= 0; entry = entries[entry + NEXT] as number) {
      visit(entries[entry + DOC] as number);
    }
  }

  /** Bytes held by the typed arrays (for the benchmark's memory line). */
  get byteLength(): number {
    return this.slots.byteLength + this.entries.byteLength;
  }

  /** Index in `slots` of the key's slot, or of the empty slot where it would go. */
  private findSlot(key: number): number {
    const mask = this.capacity - 1;
    const bits = key | 0;
    let slot = key & mask;
    for (;;) {
      const at = slot * 2;
      if (this.slots[at + 1] === EMPTY_SLOT || this.slots[at] === bits) return at;
      slot = (slot + 1) & mask;
    }
  }

  /** Index in `entries` of a free entry. */
  private allocateEntry(): number {
    if (this.freeEntries !== END) {
      const entry = this.freeEntries;
      this.freeEntries = this.entries[entry + NEXT] as number;
      return entry;
    }
    if (this.entriesUsed * ENTRY_FIELDS === this.entries.length) {
      const bigger = new Int32Array(this.entries.length * 2);
      bigger.set(this.entries);
      this.entries = bigger;
    }
    return this.entriesUsed++ * ENTRY_FIELDS;
  }

  /** Re-inserts the keys that still have documents into a table with room to spare (it may shrink after removals). */
  private rehash(): void {
    const old = this.slots;
    let liveKeys = 0;
    for (let at = 0; at < old.length; at += 2) if ((old[at + 1] as number) >= 0) liveKeys++;
    let capacity = MIN_CAPACITY;
    while (liveKeys + 1 > capacity / 2) capacity *= 2;
    this.capacity = capacity;
    this.slots = emptySlots(capacity);
    this.usedSlots = liveKeys;
    for (let at = 0; at < old.length; at += 2) {
      const head = old[at + 1] as number;
      if (head < 0) continue;
      const target = this.findSlot(old[at] as number);
      this.slots[target] = old[at] as number;
      this.slots[target + 1] = head;
      this.entries[head + PREVIOUS] = slotLink(target);
    }
  }
}

/** A list's first entry points back at its slot (index in `slots`, ≥ 0) as −2 − slot, apart from entries (≥ 0) and END. */
function slotLink(slot: number): number {
  return -2 - slot;
}

function slotOfLink(link: number): number {
  return -2 - link;
}

function emptySlots(capacity: number): Int32Array {
  const slots = new Int32Array(capacity * 2);
  for (let at = 1; at < slots.length; at += 2) slots[at] = EMPTY_SLOT;
  return slots;
}
