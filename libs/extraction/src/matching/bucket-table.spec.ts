import { BucketTable } from './bucket-table';

const docsOf = (table: BucketTable, key: number): number[] => {
  const docs: number[] = [];
  table.forEachDoc(key, (doc) => docs.push(doc));
  return docs.sort((a, b) => a - b);
};

describe('BucketTable', () => {
  it('files documents under keys, several per key', () => {
    const table = new BucketTable();
    table.add(0xdeadbeef, 1);
    table.add(0xdeadbeef, 2);
    table.add(7, 3);
    expect(docsOf(table, 0xdeadbeef)).toEqual([1, 2]);
    expect(docsOf(table, 7)).toEqual([3]);
    expect(docsOf(table, 8)).toEqual([]);
  });

  it('removes an entry from the head, middle or tail of its list, and reuses it', () => {
    const table = new BucketTable();
    const entries = [1, 2, 3, 4].map((doc) => table.add(5, doc)); // list order: 4 3 2 1
    table.removeEntry(entries[3]!); // head
    expect(docsOf(table, 5)).toEqual([1, 2, 3]);
    table.removeEntry(entries[1]!); // middle
    expect(docsOf(table, 5)).toEqual([1, 3]);
    table.removeEntry(entries[0]!); // tail
    expect(docsOf(table, 5)).toEqual([3]);
    table.removeEntry(entries[2]!); // last one
    expect(docsOf(table, 5)).toEqual([]);
    const bytes = table.byteLength;
    table.add(5, 9);
    expect(docsOf(table, 5)).toEqual([9]);
    expect(table.byteLength).toBe(bytes);
  });

  it('keeps every key and entry through growth, including keys that probe into each other', () => {
    const table = new BucketTable();
    const entries = new Map<number, number>();
    // Multiples of 2^16 share their low bits: they all start probing at the same slot.
    for (let i = 0; i < 5000; i++) entries.set(i, table.add((i * 0x10000) >>> 0, i));
    for (let i = 0; i < 5000; i++) table.add(0x80000000 + i, i);
    for (let i = 0; i < 5000; i += 97) {
      expect(docsOf(table, (i * 0x10000) >>> 0)).toEqual([i]);
      expect(docsOf(table, 0x80000000 + i)).toEqual([i]);
    }
    // Entries made before the table grew still come out (their links to moved slots were updated).
    for (let i = 0; i < 5000; i += 2) table.removeEntry(entries.get(i)!);
    expect(docsOf(table, 0)).toEqual([]);
    expect(docsOf(table, 0x10000)).toEqual([1]);
  });

  it('drops keys without documents when it rehashes', () => {
    const table = new BucketTable();
    const entries = Array.from({ length: 1000 }, (_, i) => table.add(i, i));
    for (const entry of entries) table.removeEntry(entry);
    for (let i = 1000; i < 3000; i++) table.add(i, i);
    expect(docsOf(table, 10)).toEqual([]);
    expect(docsOf(table, 2999)).toEqual([2999]);
  });
});
