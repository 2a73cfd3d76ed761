import { figuresConflict, signArticleClaims, splitMix32 } from '@factdesk/extraction';
import { conflictTests, figureAxisPoint, figureAxisRanges, figureRangesLiteral, TERMS_PER_CLAIM } from './figure-ranges';

/** An int8range or int8multirange literal's ranges as closed integer intervals (null: unbounded). */
function intervals(literal: string): Array<[bigint | null, bigint | null]> {
  return [...literal.matchAll(/([[(])(-?\d*),(-?\d*)([\])])/g)].map(([, open, low, high, close]) => [
    low === '' ? null : BigInt(low!) + (open === '(' ? 1n : 0n),
    high === '' ? null : BigInt(high!) - (close === ')' ? 1n : 0n),
  ]);
}

const overlap = ([a, b]: [bigint | null, bigint | null], [c, d]: [bigint | null, bigint | null]): boolean =>
  (a === null || d === null || a <= d) && (c === null || b === null || c <= b);

/** What LOOKUP_SQL's figure tests answer for a candidate stored with `stored` (figureRangesLiteral) and a claim's `tests`. */
function sqlConflict(tests: ReturnType<typeof conflictTests>, stored: string | null): boolean {
  if (stored === null) return false;
  const ranges = intervals(stored);
  return tests.some(({ value, others }) => {
    const [asked] = intervals(value);
    const rest = intervals(others);
    return !ranges.some((range) => overlap(asked!, range)) && !ranges.every((range) => rest.some((other) => overlap(other, range)));
  });
}

describe('figure ranges', () => {
  const count = 101;
  const share = 202;

  it('keeps the order of values on one measure, -0 as 0, and never mixes two measures', () => {
    const values = [-Infinity, -1e300, -2.5, -5e-324, -0, 0, 5e-324, 1e-9, 0.5, 1, 2012, 2013, 1.7976931348623157e308, Infinity];
    for (let i = 1; i < values.length; i++) {
      const [a, b] = [values[i - 1]!, values[i]!];
      expect(figureAxisPoint(count, a, false) <= figureAxisPoint(count, b, false)).toBe(true);
      expect(figureAxisPoint(count, a, true) <= figureAxisPoint(count, b, true)).toBe(true);
    }
    expect(figureAxisPoint(count, -0, false)).toBe(figureAxisPoint(count, 0, false));
    // Rounded outwards: a low bound never above its high.
    for (const value of values) expect(figureAxisPoint(count, value, false) <= figureAxisPoint(count, value, true)).toBe(true);
    // Every value of a measure lies below every value of the next one.
    expect(figureAxisPoint(count, Infinity, true) < figureAxisPoint(count + 1, -Infinity, false)).toBe(true);
    expect(figureAxisPoint(0xffffffff, Infinity, true) < 2n ** 63n - 1n).toBe(true);
    expect(figureAxisPoint(0, -Infinity, false) > -(2n ** 63n)).toBe(true);
  });

  it('holds only what figuresConflict compares, and nothing for figures the axis cannot hold', () => {
    const [signed] = signArticleClaims(['More than 400 residents have fled since March, 12 percent of them children.']);
    expect(figureAxisRanges(signed!.figures)?.length).toBe(2); // "more than 400" and "12 percent"; not "since March"
    expect(figureRangesLiteral(new Float64Array(0))).toBeNull();
    expect(figureRangesLiteral(Float64Array.of(count, Number.NaN, 1))).toBeNull();
    expect(figureRangesLiteral(Float64Array.of(count, 2, 1))).toBeNull();
    expect(figureRangesLiteral(Float64Array.of(count, 1, 1))).toMatch(/^\{"\[-?\d+,-?\d+\]"\}$/);
  });

  it('finds in SQL the conflicts figuresConflict finds, and no other, for claims of up to TERMS_PER_CLAIM figures', () => {
    const next = splitMix32(20261205);
    const measures = [count, share, 303];
    const claim = (): Float64Array => {
      const figures: number[] = [];
      for (let n = 1 + (next() % TERMS_PER_CLAIM); n > 0; n--) {
        const low = (next() % 12) * (next() % 2 === 0 ? 1 : -1);
        const width = [0, 0, 1, 3, Infinity][next() % 5]!;
        figures.push(measures[next() % measures.length]!, low, low + width);
      }
      return Float64Array.from(figures);
    };
    let conflicts = 0;
    for (let pair = 0; pair < 4000; pair++) {
      const [asked, stored] = [claim(), claim()];
      const expected = figuresConflict(asked, stored);
      expect([pair, sqlConflict(conflictTests(asked), figureRangesLiteral(stored))]).toEqual([pair, expected]);
      if (expected) conflicts++;
    }
    expect(conflicts).toBeGreaterThan(1000);
  });

  it('tests each measure before any measure twice, and never a figure whose range holds a narrower one of its measure', () => {
    // More years than tests (one of them "a year", any year), then a share: the share is tested, the wide year is not.
    const years = 404;
    const stated = Array.from({ length: TERMS_PER_CLAIM + 1 }, (_, i) => [years, 2008 + i, 2008 + i]).flat();
    const claim = Float64Array.from([...stated, years, 1900, 2100, share, 10, 10]);
    const tests = conflictTests(claim);
    expect(tests).toHaveLength(TERMS_PER_CLAIM);
    const tested = (measure: number, low: number, high: number) => {
      const [[, from, to]] = figureAxisRanges(Float64Array.of(measure, low, high))!;
      return tests.some(({ value }) => value === `[${from},${to}]`);
    };
    expect(tested(share, 10, 10)).toBe(true);
    expect(tested(years, 1900, 2100)).toBe(false);
    expect(figuresConflict(claim, Float64Array.of(share, 20, 20))).toBe(true);
    expect(sqlConflict(tests, figureRangesLiteral(Float64Array.of(share, 20, 20)))).toBe(true);
  });

  it('finds only conflicts figuresConflict finds when a claim has more measures than it tests, or values closer than the axis tells apart', () => {
    const measures = Array.from({ length: TERMS_PER_CLAIM + 1 }, (_, i) => 101 + i);
    const many = Float64Array.from(measures.flatMap((measure, i) => [measure, i, i]));
    const last = measures.at(-1)!;
    expect(conflictTests(many)).toHaveLength(TERMS_PER_CLAIM);
    expect(figuresConflict(many, Float64Array.of(last, 20, 20))).toBe(true);
    expect(sqlConflict(conflictTests(many), figureRangesLiteral(Float64Array.of(last, 20, 20)))).toBe(false); // the last measure is not tested
    const close = Float64Array.of(share, 1, 1);
    const closer = Float64Array.of(share, 1 + 1e-9, 1 + 1e-9);
    expect(figuresConflict(close, closer)).toBe(true);
    expect(sqlConflict(conflictTests(close), figureRangesLiteral(closer))).toBe(false);
  });

  it('never finds a conflict figuresConflict does not, for claims of up to twice TERMS_PER_CLAIM figures', () => {
    const next = splitMix32(20261206);
    const claim = (): Float64Array => {
      const figures: number[] = [];
      for (let n = 1 + (next() % (2 * TERMS_PER_CLAIM)); n > 0; n--) {
        const low = (next() % 12) * (next() % 2 === 0 ? 1 : -1);
        figures.push([count, share, 303][next() % 3]!, low, low + [0, 0, 1, 3, Infinity][next() % 5]!);
      }
      return Float64Array.from(figures);
    };
    let found = 0;
    for (let pair = 0; pair < 4000; pair++) {
      const [asked, stored] = [claim(), claim()];
      const inSql = sqlConflict(conflictTests(asked), figureRangesLiteral(stored));
      if (inSql) expect([pair, figuresConflict(asked, stored)]).toEqual([pair, true]);
      if (inSql) found++;
    }
    expect(found).toBeGreaterThan(1000);
  });
});
