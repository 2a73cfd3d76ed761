import type { MatchWord } from './match-word';
import { MAGNITUDE_VALUES, NUMBER_WORD_VALUES } from './matching-lexicon';

/** "2,480" "2480" "4.1" "1,5" (decimal comma), with an optional letter suffix: "1.6bn", "10km", "20th". */
const DIGITS = /^(\d{1,3}(?:,\d{3})+|\d+)(?:[.,](\d+))?([a-z]*)$/;
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th', 's']);
/** Magnitudes that may stand as their own word ("3 million"); "m", "b", "k" only count when glued to digits. */
const MAGNITUDE_WORDS = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'bn', 'mn', 'mln', 'bln', 'tn', 'trn']);

/** One spelling per value: integers plainly, fractions without binary noise (1.1 × 10⁶ is "1100000", not "1100000.0000000002"). */
export function canonicalNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/**
 * A token that starts with a digit, as words: "2,480" → ["2480"], "1.6bn" →
 * ["1600000000"], "10km" → ["10", "km"], "20th" and "1990s" stay one word.
 */
export function digitTokenWords(token: string): Array<{ text: string; isNumber: boolean }> {
  const match = DIGITS.exec(token);
  if (!match) return [{ text: token, isNumber: false }];
  const [, whole = '', fraction, suffix = ''] = match;
  if (ORDINAL_SUFFIXES.has(suffix)) return [{ text: token.replaceAll(',', ''), isNumber: false }];
  const value = Number(whole.replaceAll(',', '') + (fraction === undefined ? '' : `.${fraction}`));
  const magnitude = MAGNITUDE_VALUES.get(suffix);
  if (magnitude !== undefined) return [{ text: canonicalNumber(value * magnitude), isNumber: true }];
  const words = [{ text: canonicalNumber(value), isNumber: true }];
  if (suffix) words.push({ text: suffix, isNumber: false });
  return words;
}

/**
 * Spelled-out and scaled amounts as digits, so that "one percent" meets "1%",
 * "twenty-three" meets "23" and "3.2 million" meets "3,200,000". A lone "one"
 * stays a word ("one of the largest") unless a percent follows it. A number of two
 * or more hyphened to a word (`text`, the claim, tells the hyphen) is that count
 * alone, as the quantities module reads the digits ("a five-storey block" meets
 * "a 5-storey block", whose figure spans its noun); a unit so glued ("five-year")
 * is a figure already.
 */
export function spellOutNumbers(words: readonly MatchWord[], text = ''): MatchWord[] {
  const out: MatchWord[] = [];
  let i = 0;
  while (i < words.length) {
    const run = (words[i] as MatchWord).figure ? null : readNumberRun(words, i);
    if (run) {
      const first = words[i] as MatchWord;
      out.push({
        text: canonicalNumber(run.value),
        isNumber: true,
        capitalised: false,
        breakBefore: first.breakBefore,
        start: first.start,
      });
      i = run.end;
      if (run.value >= 2 && hyphenedNoun(words[i], text)) i++;
    } else {
      out.push(words[i] as MatchWord);
      i++;
    }
  }
  return out;
}

/** Whether `word` follows the word before it across a hyphen in `text` and is a word of letters ("storey" in "five-storey"). */
function hyphenedNoun(word: MatchWord | undefined, text: string): boolean {
  return word !== undefined && !word.isNumber && !word.figure && text.charCodeAt(word.start - 1) === 0x2d && /^[a-z]+$/.test(word.text);
}

interface NumberRun {
  value: number;
  /** Index after the run's last word. */
  end: number;
}

function readNumberRun(words: readonly MatchWord[], start: number): NumberRun | null {
  let total = 0;
  let current = 0;
  let parts = 0;
  let scaled = false;
  let i = start;
  const first = words[start] as MatchWord;
  if (first.text === 'a' && MAGNITUDE_WORDS.has(words[start + 1]?.text ?? '')) {
    current = 1; // "a million"
    parts++;
    i++;
  } else if (first.isNumber) {
    current = Number(first.text);
    parts++;
    i++;
  }
  for (; i < words.length; i++) {
    const word = words[i] as MatchWord;
    if (i > start && (word.breakBefore || word.figure)) break;
    const small = NUMBER_WORD_VALUES.get(word.text);
    const magnitude = MAGNITUDE_WORDS.has(word.text) ? MAGNITUDE_VALUES.get(word.text) : undefined;
    if (small !== undefined && (parts === 0 || !(words[start] as MatchWord).isNumber)) {
      current += small;
    } else if (magnitude !== undefined && parts > 0) {
      if (magnitude === 100) current *= 100;
      else {
        total += current * magnitude;
        current = 0;
      }
      scaled = true;
    } else if (word.text === 'and' && parts > 0 && NUMBER_WORD_VALUES.has(words[i + 1]?.text ?? '')) {
      continue; // "two hundred and fifty"
    } else {
      break;
    }
    parts++;
  }
  if (parts === 0) return null;
  if (parts === 1 && first.isNumber) return null; // already a number: nothing to merge
  if (parts === 1 && first.text === 'one' && !scaled && !isPercent(words[i])) return null;
  return { value: total + current, end: i };
}

function isPercent(word: MatchWord | undefined): boolean {
  return word !== undefined && (word.text === 'percent' || word.text === '%' || word.text === 'pct');
}

/** The decades spelled out: "the nineties" is "the 1990s". */
const DECADE_WORDS: ReadonlyMap<string, string> = new Map(
  ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].map((word, i) => [word, `19${i + 2}0s`]),
);

/**
 * A decade spelled out after "the" ("the nineties", "the late sixties") as its digits ("1990s",
 * "1960s"), so that it meets "the 1990s". Not after a possessive: "in her nineties" is an age.
 */
export function spellOutDecades(words: readonly MatchWord[]): MatchWord[] {
  return words.map((word, i) => {
    const decade = DECADE_WORDS.get(word.text);
    if (decade === undefined || word.breakBefore) return word;
    const before = words[i - 1]?.text;
    const article = before === 'early' || before === 'mid' || before === 'late' ? words[i - 2]?.text : before;
    return article === 'the' ? { ...word, text: decade } : word;
  });
}
