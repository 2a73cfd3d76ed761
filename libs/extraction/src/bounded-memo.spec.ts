import { boundedMemo } from './bounded-memo';

describe('boundedMemo', () => {
  it('computes each key once and returns the same value again', () => {
    const fn = jest.fn((key: string) => key.toUpperCase());
    const memo = boundedMemo(fn);
    expect(memo('a')).toBe('A');
    expect(memo('a')).toBe('A');
    expect(memo('b')).toBe('B');
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('remembers undefined and null results too', () => {
    const fn = jest.fn((key: string) => (key === 'x' ? null : undefined));
    const memo = boundedMemo<null | undefined>(fn);
    expect(memo('x')).toBeNull();
    expect(memo('x')).toBeNull();
    expect(memo('y')).toBeUndefined();
    expect(memo('y')).toBeUndefined();
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('forgets everything when full, so it never holds more than its capacity', () => {
    const fn = jest.fn((key: string) => key.length);
    const memo = boundedMemo(fn, 2);
    memo('a');
    memo('bb');
    memo('ccc'); // full: cleared, then 'ccc' kept
    expect(fn).toHaveBeenCalledTimes(3);
    memo('ccc');
    expect(fn).toHaveBeenCalledTimes(3);
    memo('a'); // forgotten, computed again
    expect(fn).toHaveBeenCalledTimes(4);
  });
});
