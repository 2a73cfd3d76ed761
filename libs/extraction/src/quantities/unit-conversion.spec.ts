import { baseUnitOf, TIME_UNITS_DESCENDING } from './unit-conversion';
import { UNIT_WORDS } from './units';

describe('baseUnitOf', () => {
  it('puts units of one kind on one scale', () => {
    expect(baseUnitOf('week')).toEqual({ dimension: 'time', factor: 7, approximate: false });
    expect(baseUnitOf('mile')!.factor / baseUnitOf('km')!.factor).toBeCloseTo(1.609344, 6);
    expect(baseUnitOf('tonne')!.factor).toBe(1000 * baseUnitOf('kg')!.factor);
    expect(baseUnitOf('hectare')!.dimension).toBe(baseUnitOf('km2')!.dimension);
  });

  it('marks conventions as approximate and leaves currencies and percent alone', () => {
    expect(baseUnitOf('month')!.approximate).toBe(true);
    expect(baseUnitOf('ton')!.approximate).toBe(true);
    expect(baseUnitOf('USD')).toBeUndefined();
    expect(baseUnitOf('percent')).toBeUndefined();
  });

  it('knows every duration and measure unit the quantities module names (degrees apart)', () => {
    for (const info of UNIT_WORDS.values()) {
      if (info.kind === 'duration' || (info.kind === 'measure' && info.unit !== 'degree')) expect(baseUnitOf(info.unit)).toBeDefined();
    }
  });

  it('lists time units longest first, with their lengths in days', () => {
    const lengths = TIME_UNITS_DESCENDING.map(([, days]) => days);
    expect([...lengths].sort((a, b) => b - a)).toEqual(lengths);
    for (const [unit, days] of TIME_UNITS_DESCENDING) expect(baseUnitOf(unit)!.factor).toBeCloseTo(days, 9);
  });

  it('scales the metric masses by their SI prefix', () => {
    expect(baseUnitOf('kilotonne')!.factor).toBe(1000 * baseUnitOf('tonne')!.factor);
    expect(baseUnitOf('megatonne')!.factor).toBe(1000 * baseUnitOf('kilotonne')!.factor);
    expect(baseUnitOf('gigatonne')!.factor).toBe(1000 * baseUnitOf('megatonne')!.factor);
  });
});
