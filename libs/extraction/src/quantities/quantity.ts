/**
 * What kind of amount a quantity states:
 * - `count`: a number of things ("2,480 people", "tens of thousands of voters", "a dozen").
 * - `percent`: a share in percent or percentage points ("12%", "one percent").
 * - `fraction`: a share as a fraction ("half of", "two-thirds", "one in five").
 * - `money`: an amount in a currency ("$1.2bn", "5 million euros").
 * - `duration`: a span of time ("24 hours", "three weeks").
 * - `age`: "a 12-year-old", "12 years old".
 * - `measure`: a physical measure ("1.5 km", "35 tonnes").
 * - `range`: an explicit range ("between 200 and 300 people", "5-7%"); `unit` keeps what it measures.
 * - `ordinal`: "21st", "third".
 * - `date`: a calendar date or part of one ("in 2016", "Dec. 7", "mid-October"); never a count.
 */
export type QuantityKind = 'count' | 'percent' | 'fraction' | 'money' | 'duration' | 'age' | 'measure' | 'range' | 'ordinal' | 'date';

/**
 * How the stated number relates to the true one: "over 65,000", "at least",
 * "more than" → `at-least`; "under", "less than", "up to", "as little as" →
 * `at-most`; "about", "around", "nearly", "some" → `about`.
 */
export type QuantityBound = 'at-least' | 'at-most' | 'about';

/** Which part of a month or year: "early 2016", "mid-October", "late December". */
export type DatePart = 'early' | 'mid' | 'late';

/** The parts of a calendar date that the text states; missing parts are absent, not guessed. */
export interface PartialDate {
  year?: number;
  /** 1–12. */
  month?: number;
  /** 1–31. */
  day?: number;
  part?: DatePart;
  /** "the 1990s": `year` is the decade's first year. */
  decade?: boolean;
}

/**
 * An amount, date or ordinal found in a text, normalised.
 *
 * Conventions:
 * - `value` is the number stated, scaled ("2.5 million" → 2500000, "$1.2bn" →
 *   1200000000, "12%" → 12, "half" → 0.5). It is null when the text gives only
 *   a range (then `low`/`high` are set) and for dates.
 * - Vague plural amounts get the range 2–9 × their magnitude: "tens of
 *   thousands" → 20000–90000, "hundreds" → 200–900, "dozens" → 24–108,
 *   "several thousand" → 3000–9000, "a few hundred" → 200–500, "a handful of" →
 *   2–9. `value` is null and `approximate` true.
 * - A bound sets `low` (at-least) or `high` (at-most) to `value` as well.
 * - `approximate` is true when the text hedges the amount (a bound, a vague
 *   amount) or the date (a part such as "mid-", a decade).
 * - `counted` is the noun phrase of what is counted, as written ("people",
 *   "premature infants", "Chileans"); for a percent or fraction it is what follows
 *   "of" ("one percent of the budget" → "the budget"), which is not part of the span.
 * - `unit` is a canonical name: 'percent', 'percentage-point', 'hour', 'day',
 *   'year', …, ISO 4217 codes for money ('USD', 'EUR', 'GBP', 'RUB'), and
 *   short symbols for measures ('km', 'kg', 'tonne', 'km2', 'mile').
 * - Offsets are UTF-16 indices into the text passed in, plus the offset given.
 */
export interface Quantity {
  text: string;
  start: number;
  end: number;
  kind: QuantityKind;
  value: number | null;
  low?: number;
  high?: number;
  unit: string | null;
  counted: string | null;
  approximate: boolean;
  bound: QuantityBound | null;
  /** Only for kind `date`. */
  date?: PartialDate;
}
