import { isComparedMeasure } from '@factdesk/extraction';

/**
 * A claim's figures as PostgreSQL can compare them, so that a lookup leaves out in SQL the candidates
 * whose figures conflict with the asking claim's (the engine's figuresConflict: claimSimilarity is 0 for
 * them, so they could link to nothing). bench:matching at 1M: four in five candidates were such.
 *
 * Each figure the engine compares (a measure's hash, low, high: figuresConflict's triples) becomes one
 * int8range on a single axis: the measure's 32 bits, then the top 32 bits of an order-preserving integer
 * of the float64 value (-0 as 0), the low bound rounded down and the high one up. Two figures of one
 * measure that overlap always overlap on that axis, and figures of two measures never do, so every
 * conflict the SQL finds is one the engine finds; values closer than about one part in a million may
 * overlap on the axis only, and those candidates cross the wire to be discarded by the engine as before.
 * A lookup's answers are the same with or without the filter.
 */

const HALF = 2n ** 31n;
const WORD = 2n ** 32n;
const bits = new DataView(new ArrayBuffer(8));

/** The float64's bits as an integer in the value's order: -0 and 0 alike. */
function orderedBits(value: number): bigint {
  bits.setFloat64(0, value);
  const raw = bits.getBigInt64(0);
  return raw < 0n ? -(raw & 0x7fffffffffffffffn) : raw;
}

/** A figure's bound on the axis: `up` rounds up (a high bound), else down. */
export function figureAxisPoint(measure: number, value: number, up: boolean): bigint {
  const ordered = orderedBits(value);
  const top = up ? -(-ordered >> 32n) : ordered >> 32n;
  return (BigInt(measure) - HALF) * WORD + HALF + top;
}

/** The axis's span of one measure: [low, high); high is null past the axis's end. */
function measureSpan(measure: number): [bigint, bigint | null] {
  const low = (BigInt(measure) - HALF) * WORD;
  return [low, measure === 0xffffffff ? null : low + WORD];
}

/** The compared figures as [measure, low, high] on the axis, or null when there are none, or one the axis cannot hold (NaN, low above high). */
export function figureAxisRanges(figures: Float64Array): Array<[measure: number, low: bigint, high: bigint]> | null {
  const ranges: Array<[number, bigint, bigint]> = [];
  for (let i = 0; i + 2 < figures.length; i += 3) {
    const measure = figures[i] as number;
    if (!isComparedMeasure(measure)) continue;
    const low = figures[i + 1] as number;
    const high = figures[i + 2] as number;
    if (!(low <= high) || !Number.isInteger(measure) || measure < 0 || measure > 0xffffffff) return null;
    ranges.push([measure, figureAxisPoint(measure, low, false), figureAxisPoint(measure, high, true)]);
  }
  return ranges.length > 0 ? ranges : null;
}

/** `claim_signatures.figure_ranges` for these figures: an int8range[] literal, or null (nothing to compare: never filtered). */
export function figureRangesLiteral(figures: Float64Array): string | null {
  const ranges = figureAxisRanges(figures);
  return ranges && `{${ranges.map(([, low, high]) => `"[${low},${high}]"`).join(',')}}`;
}

/**
 * The tests that find a conflict with a claim, at most TERMS_PER_CLAIM of them: one per compared figure,
 * its range (`value`) and, as an int8multirange, the claim's figures of the same measure with every other
 * measure's span (`others`). A candidate conflicts when, for some test, none of its ranges overlaps `value`
 * (the claim's figure is allowed by none of the candidate's for that measure) and one of its ranges overlaps
 * nothing of `others` (a figure of the candidate for that measure is allowed by none of the claim's): the
 * engine's two sides of figuresConflict for one measure. Fewer tests find fewer conflicts, never a false one.
 *
 * A figure whose range holds another of the same measure is not tested: whenever its test finds a conflict,
 * the narrower one's does (same `others`, and a candidate that overlaps nothing of the wider range overlaps
 * nothing of the narrower). The rest are taken one measure at a time, each measure's first figure before any
 * measure's second, so a claim with more figures than tests (a year stated three times, then a share) still
 * has each of its measures tested.
 */
export function conflictTests(figures: Float64Array): Array<{ value: string; others: string }> {
  const ranges = figureAxisRanges(figures);
  if (!ranges) return [];
  const byMeasure = new Map<number, Array<[low: bigint, high: bigint]>>();
  for (const [measure, low, high] of ranges) {
    const same = byMeasure.get(measure);
    if (!same) byMeasure.set(measure, [[low, high]]);
    else if (!same.some(([l, h]) => l === low && h === high)) same.push([low, high]);
  }
  const tested: Array<{ others: string; values: string[] }> = [];
  for (const [measure, same] of byMeasure) {
    const narrowest = same.filter(([low, high]) => !same.some(([l, h]) => low <= l && h <= high && (l !== low || h !== high)));
    const [spanLow, spanHigh] = measureSpan(measure);
    const all = same.map(([l, h]) => `[${l},${h}]`);
    const others = `{${[`(,${spanLow})`, ...all, ...(spanHigh === null ? [] : [`[${spanHigh},)`])].join(',')}}`;
    tested.push({ others, values: narrowest.map(([l, h]) => `[${l},${h}]`) });
  }
  const tests: Array<{ value: string; others: string }> = [];
  for (let round = 0; tests.length < TERMS_PER_CLAIM; round++) {
    const before = tests.length;
    for (const { others, values } of tested) {
      const value = values[round];
      if (value !== undefined && tests.length < TERMS_PER_CLAIM) tests.push({ value, others });
    }
    if (tests.length === before) break;
  }
  return tests;
}

/**
 * Tests per asking claim in the lookup's statement (a fixed number, so one prepared statement serves
 * every claim): bench:matching's claims compare 1 to 6 figures, most 2 to 4, and signatures v17 add a date's
 * day and the counts shares imply. With four, 0.2 candidates a lookup at 1M conflicted after the filter (a
 * claim's second year untested); with six, none. A claim with more is tested on six (see conflictTests): a
 * conflict on another figure leaves the candidate to the engine.
 */
export const TERMS_PER_CLAIM = 6;
