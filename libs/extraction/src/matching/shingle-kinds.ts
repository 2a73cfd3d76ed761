// What a shingle is decides how much it weighs: distinctive numbers and names
// say which claim it is; other words ("people were killed in …", "in 2016")
// are shared by thousands of claims. Weights were chosen by
// bench/claim-matching/tune.ts (rewordings vs claims that only share phrasing).

export const ShingleKind = {
  /** An ordinary word or a pair of neighbouring words. */
  word: 0,
  /** A word written with a capital letter: a person, place or organisation (or a sentence's first word). */
  name: 1,
  /** A year (1900–2100), a small whole number (≤ 31: days, hours, "two", "three"), a span of time, a round share (40 percent): shared by many claims. */
  commonNumber: 2,
  /** Any other number: 2480, 4.1, 890000 — an amount that identifies a claim. */
  distinctiveNumber: 3,
} as const;
export type ShingleKind = (typeof ShingleKind)[keyof typeof ShingleKind];

/**
 * How many times a shingle of each kind counts (weighted Jaccard: as if it
 * were repeated that many times), indexed by ShingleKind.
 */
export const SHINGLE_WEIGHTS: readonly number[] = [1, 3, 2, 6];

export function isNumberKind(kind: number): boolean {
  return kind === ShingleKind.commonNumber || kind === ShingleKind.distinctiveNumber;
}

const FIGURE_TOKEN = /^(\d+(?:\.\d+)?)([a-z%:/0-9A-Z-]*)$/;
const TIME_UNIT_SUFFIX = /^(?:second|minute|hour|day|week|month|year|decade|century)$/;

/**
 * Round shares, whole multiples of five percent (half, a quarter, 20, 30, 40, 90 percent): the
 * shares claims state far more often than any other. In the ClaimBuster sentences, "half" or
 * "50 percent" 166 times, 30 percent 27, 25 percent 26, 95 percent 21, 90, 10, 20 and 40 percent
 * 15 to 18 each, while 33, 6.8 or 67 percent occur a few times at most. Shared by many unrelated
 * claims ("exports grew 30 percent", "the reservoir is 30 percent full"), they say little
 * about which claim it is.
 */
function isRoundShare(value: string): boolean {
  return /^\d+$/.test(value) && Number(value) % 5 === 0 && Number(value) <= 100;
}

/**
 * Years, small whole numbers, spans of time and round shares, which many
 * unrelated claims share: "2016", "12", "3week" (a figure's token, see figures.ts),
 * "1day", "50%", "40%".
 */
/** A span of time as figures.ts writes it ("11hour", "2decade"; not a rate's or a clock's token alone). */
export function isSpanOfTime(text: string): boolean {
  const match = FIGURE_TOKEN.exec(text);
  return match !== null && TIME_UNIT_SUFFIX.test(match[2] as string);
}

/** The largest whole number shared by many claims (days of a month, hours, "two", "three"): no distinctive figure. */
export const MAX_COMMON_NUMBER = 31;

export function isCommonNumber(text: string): boolean {
  const match = FIGURE_TOKEN.exec(text);
  if (!match) return false;
  const unit = match[2] as string;
  if (TIME_UNIT_SUFFIX.test(unit)) return true;
  if (unit === 'clock') return true; // a time of day ("21:00" as 900clock): noon or nine o'clock is told of many events
  if (unit === '%') return isRoundShare(match[1] as string);
  if (unit !== '' || !/^\d+$/.test(match[1] as string)) return false;
  const value = Number(match[1]);
  return value <= MAX_COMMON_NUMBER || (value >= 1900 && value <= 2100);
}

/**
 * A shingle is stored as one 32-bit value: a 30-bit hash of the text, then its
 * kind in the low 2 bits, so a claim's shingles are one sorted Uint32Array.
 * Two shingles are the same text when their `shingleIdentity` is equal (the
 * same word may be a name in one claim and a plain word in another).
 */
export function packShingle(hash: number, kind: ShingleKind): number {
  return ((hash & ~3) | kind) >>> 0;
}

export function shingleIdentity(packed: number): number {
  return packed >>> 2;
}

export function shingleKind(packed: number): ShingleKind {
  return (packed & 3) as ShingleKind;
}

export function shingleWeight(packed: number): number {
  return SHINGLE_WEIGHTS[packed & 3] as number;
}
