import { packedMap } from './packed-map';

describe('packedMap', () => {
  it('maps like Array.prototype.map, with each item and its index', () => {
    expect(packedMap(['a', 'b', 'c'], (item, index) => `${item}${index}`)).toEqual(['a0', 'b1', 'c2']);
  });

  it('maps an empty array to a new empty array', () => {
    const empty: number[] = [];
    const mapped = packedMap(empty, (n) => n + 1);
    expect(mapped).toEqual([]);
    expect(mapped).not.toBe(empty);
  });

  it('keeps undefined results as items, as map does', () => {
    expect(packedMap([1, 2], () => undefined)).toEqual([undefined, undefined]);
  });
});
