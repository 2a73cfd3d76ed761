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
 */
export function conflictTests(figures: Float64Array): Array<{ value: string; others: string }> {
  const ranges = figureAxisRanges(figures);
  if (!ranges) return [];
  const tests: Array<{ value: string; others: string }> = [];
  const seen = new Set<string>();
  for (const [measure, low, high] of ranges) {
    const value = `[${low},${high}]`;
    if (seen.has(value)) continue;
    seen.add(value);
    const [spanLow, spanHigh] = measureSpan(measure);
    const same = ranges.filter(([other]) => other === measure).map(([, l, h]) => `[${l},${h}]`);
    tests.push({ value, others: `{${[`(,${spanLow})`, ...same, ...(spanHigh === null ? [] : [`[${spanHigh},)`])].join(',')}}` });
    if (tests.length === TERMS_PER_CLAIM) break;
  }
  return tests;
}

/**
 * Tests per asking claim in the lookup's statement (a fixed number, so one prepared statement serves
 * every claim): bench:matching's claims compare 1 to 6 figures, most 2 to 4. A claim with more is
 * tested on its first four: a conflict on another figure leaves the candidate to the engine.
 */
export const TERMS_PER_CLAIM = 4;
