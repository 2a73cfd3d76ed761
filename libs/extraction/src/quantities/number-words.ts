// Spelled-out numbers and the words that scale them. Lower case.

function table(entries: string): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  for (const entry of entries.trim().split(/\s+/)) {
    const [word, value] = entry.split('=') as [string, string];
    map.set(word, Number(value));
  }
  return map;
}

/** Cardinals below a hundred; "twenty-one" is read as twenty + one. */
export const CARDINALS = table(`
  zero=0 one=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10
  eleven=11 twelve=12 thirteen=13 fourteen=14 fifteen=15 sixteen=16 seventeen=17 eighteen=18 nineteen=19
  twenty=20 thirty=30 forty=40 fifty=50 sixty=60 seventy=70 eighty=80 ninety=90
`);

/** The one-word cardinals as a regular expression's alternatives ("one|two|…|ninety"), for figures written in words. */
export const CARDINAL_WORD_ALTERNATIVES = [...CARDINALS.keys()].filter((word) => !/\s/.test(word)).join('|');

/** Words that multiply the number before them, as powers of ten ("2.5 million", "two hundred"). */
export const SCALE_POWERS = table(`
  hundred=2 thousand=3 million=6 billion=9 trillion=12
  bn=9 mn=6 mln=6 bln=9 tn=12 trn=12
`);

/** Suffixes glued to digits in news copy: "£5m", "$1.2bn", "3k", and tabloid "€2.3million". */
export const SUFFIX_POWERS: ReadonlyMap<string, number> = new Map([
  ...table(`k=3 m=6 b=9`),
  ...[...SCALE_POWERS].filter(([word]) => word !== 'hundred'),
]);

/**
 * Plural amount words that name an order of magnitude without a number:
 * "tens of thousands", "hundreds", "dozens of". Read as 2–9 × the magnitude.
 */
export const PLURAL_MAGNITUDES = table(`
  tens=10 dozens=12 scores=20 hundreds=100 thousands=1000 millions=1000000 billions=1000000000 trillions=1000000000000
`);

/** Plural magnitudes that state an amount on their own; the others need "of" ("tens of", "scores of"). */
export const STANDALONE_PLURAL_MAGNITUDES = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'billions', 'trillions']);

/** Vague quantifiers before a magnitude: "several thousand" → 3000–9000, "a few hundred" → 200–500. */
export const VAGUE_MULTIPLIERS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['several', [3, 9]],
  ['few', [2, 5]],
  ['couple', [2, 2]],
]);

/** Range used for "tens of thousands", "hundreds", "dozens": 2–9 × the magnitude. */
export const PLURAL_RANGE: readonly [number, number] = [2, 9];

/**
 * Ordinals. "first" and "second" are left out: in news they are mostly
 * adverbs ("first reported") or the time unit.
 */
export const ORDINALS = table(`
  third=3 fourth=4 fifth=5 sixth=6 seventh=7 eighth=8 ninth=9 tenth=10 eleventh=11 twelfth=12
  thirteenth=13 fourteenth=14 fifteenth=15 sixteenth=16 seventeenth=17 eighteenth=18 nineteenth=19
  twentieth=20 thirtieth=30 fortieth=40 fiftieth=50 sixtieth=60 seventieth=70 eightieth=80 ninetieth=90
  hundredth=100 thousandth=1000
`);

/** Ordinals that may end a compound ordinal ("twenty-first"), including first and second. */
export const ORDINAL_ENDINGS = new Map([...ORDINALS, ['first', 1], ['second', 2]]);

/** Denominators: "a third of", "two-thirds", "three quarters". */
export const FRACTION_WORDS = table(`
  half=2 halves=2 third=3 thirds=3 quarter=4 quarters=4 fifth=5 fifths=5 sixth=6 sixths=6
  seventh=7 sevenths=7 eighth=8 eighths=8 ninth=9 ninths=9 tenth=10 tenths=10
`);

/** Numeric ordinal suffixes: 1st, 2nd, 3rd, 4th. */
export const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

/** Value of a spelled cardinal below a hundred: "seven", "twenty-one"; undefined otherwise. */
export function cardinalValue(word: string): number | undefined {
  const direct = CARDINALS.get(word);
  if (direct !== undefined) return direct;
  const dash = word.indexOf('-');
  if (dash < 0) return undefined;
  const tens = CARDINALS.get(word.slice(0, dash));
  const ones = CARDINALS.get(word.slice(dash + 1));
  if (tens === undefined || ones === undefined || tens < 20 || tens % 10 !== 0 || ones < 1 || ones > 9) return undefined;
  return tens + ones;
}

/** Value of a spelled ordinal: "third", "twenty-first"; undefined otherwise (and for bare "first"/"second"). */
export function ordinalValue(word: string): number | undefined {
  const direct = ORDINALS.get(word);
  if (direct !== undefined) return direct;
  const dash = word.indexOf('-');
  if (dash < 0) return undefined;
  const tens = CARDINALS.get(word.slice(0, dash));
  const ones = ORDINAL_ENDINGS.get(word.slice(dash + 1));
  if (tens === undefined || ones === undefined || tens < 20 || tens % 10 !== 0 || ones > 9) return undefined;
  return tens + ones;
}

/**
 * `value` × 10^power without binary rounding noise: 1.2 × 10^9 is
 * 1200000000, not 1199999999.9999998.
 */
export function scaleByPowerOfTen(value: number, power: number): number {
  const written = String(value);
  if (written.includes('e')) return value * 10 ** power;
  return Number(`${written}e${power}`);
}
