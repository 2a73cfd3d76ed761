import type { ClaimWords, ConflictWord } from './claim-words';
import type { Interval } from './measures';

/**
 * Times of day as a measure (branch conflicts17): "the music was switched off at 11pm" against "music had played until
 * 2am", "received the first call at 9.14pm" against "dialled 999 at 8.35pm", "the first crew arrived at 9.22pm" against
 * "did not reach the site until 9.50pm". The quantities stage reads no time of day; conflict detection reads them here,
 * from the claim's content words, as minutes after midnight.
 */
export interface ClockTime {
  /** When what the time is of happened, in minutes after midnight, as a range: "shortly before 7.30am" is [420, 450]. */
  interval: Interval;
  /**
   * What the time is of: `point` a happening ("arrived at 9.22pm"), `end` when something stopped ("until 2am", "switched
   * off at 11pm"), `start` when it began ("from 6am", "since noon"). Only times of one role are compared.
   */
  role: 'point' | 'end' | 'start';
  /** The time as written ("shortly before 7.30am"). */
  figure: string;
  /** Index of its first content word. */
  at: number;
  /** "did not reach the site until 9.50pm": said in a negated clause, and when it happened all the same. */
  notUntil?: boolean;
}

/** "9.14pm", "2am", "8" + "35pm": an hour, minutes and the half of the day in one token or split. */
const TWELVE_HOUR = /^(\d{1,2})(?:\.(\d{2}))?(am|pm|a\.m|p\.m)?$/;
const HALVES = new Set(['am', 'pm', 'a.m', 'p.m']);
const NAMED_TIMES: ReadonlyMap<string, number> = new Map([
  ['midnight', 0],
  ['noon', 12 * 60],
  ['midday', 12 * 60],
]);

/** How far a time given to the minute ("9.14pm"), to the hour ("9pm") or hedged ("about 9pm") may be from when it was. */
const MINUTE_SLACK = 5;
const HOUR_SLACK = 15;
const HEDGED_SLACK = 30;
/** "shortly before", "just after": within half an hour. */
const SHORTLY = 30;

const PREPOSITIONS = new Set(['at', 'until', 'till', 'from', 'since', 'before', 'by', 'after']);
const HEDGES = new Set(['about', 'around', 'approximately', 'roughly', 'some', 'nearly', 'almost', 'circa']);
const SHORTLY_WORDS = new Set(['shortly', 'just', 'soon']);
/** Verbs of stopping before a time's preposition make it the time something ended: "switched off at 11pm", "closed at midnight". */
const STOPPING = new Set([
  'off',
  'stopped',
  'stop',
  'stops',
  'ended',
  'end',
  'ends',
  'finished',
  'finish',
  'finishes',
  'closed',
  'close',
  'closes',
  'shut',
  'shuts',
]);
/** How many words before a time's preposition a verb of stopping may stand: "the music was switched off at 11pm". */
const STOPPING_WINDOW = 2;
/** How far before "until" a negation makes it the time something happened: "did not reach the site until 9.50pm". */
const NOT_UNTIL_WINDOW = 8;
const NEGATIONS = new Set(['not', "n't", 'never', 'didn’t', "didn't", 'wasn’t', "wasn't"]);

/** Minutes after midnight of the time at content word i, with the index of its last word, or null. */
function timeAt(words: ClaimWords, i: number): { minutes: number; last: number; precise: boolean } | null {
  const content = words.content;
  const word = content[i]!;
  const named = NAMED_TIMES.get(word.lower);
  if (named !== undefined) return { minutes: named, last: i, precise: false };
  // "21:00", "8:35pm": the tokenizer splits at the colon.
  const next = content[i + 1];
  if (/^\d{1,2}$/.test(word.lower) && next && words.text.slice(word.end, next.start) === ':') {
    const split = /^(\d{2})(am|pm)?$/.exec(next.lower);
    if (!split) return null;
    const after = split[2] ? undefined : halfAfter(content, i + 2);
    // "02:40", "21:00": two digits of the hour and no half of the day are the 24-hour clock.
    const half = split[2] ?? after ?? (word.lower.length === 2 ? '24' : null);
    return clock(Number(word.lower), Number(split[1]), half, after ? i + 2 : i + 1, true);
  }
  const match = TWELVE_HOUR.exec(word.lower);
  if (!match) return null;
  const half = match[3] ?? halfAfter(content, i + 1);
  if (!half) return null;
  return clock(Number(match[1]), match[2] === undefined ? 0 : Number(match[2]), half, match[3] ? i : i + 1, match[2] !== undefined);
}

/** "11 pm", "7.30 a.m.": the half of the day as a word of its own. */
function halfAfter(content: readonly ConflictWord[], k: number): string | undefined {
  const lower = content[k]?.lower;
  return lower !== undefined && HALVES.has(lower) ? lower : undefined;
}

function clock(hour: number, minute: number, half: string | null, last: number, precise: boolean) {
  if (half === null || minute > 59) return null;
  if (half === '24') return hour <= 23 ? { minutes: hour * 60 + minute, last, precise } : null;
  if (hour < 1 || hour > 12) return null;
  const pm = half.startsWith('p');
  return { minutes: ((hour % 12) + (pm ? 12 : 0)) * 60 + minute, last, precise };
}

/** The times of day a claim's content gives, each with what it is of. "between 9pm and 11pm" is a range of neither. */
export function clockTimesOf(words: ClaimWords): ClockTime[] {
  const content = words.content;
  const times: ClockTime[] = [];
  for (let i = 0; i < content.length; i++) {
    const time = timeAt(words, i);
    if (!time) continue;
    const at = i;
    i = time.last;
    let k = at - 1;
    let hedged = false;
    let shortly = false;
    while (k >= 0 && (HEDGES.has(content[k]!.lower) || SHORTLY_WORDS.has(content[k]!.lower))) {
      if (HEDGES.has(content[k]!.lower)) hedged = true;
      k--;
    }
    const preposition = content[k]?.lower ?? '';
    if (SHORTLY_WORDS.has(content[k - 1]?.lower ?? '')) shortly = true;
    if (preposition === 'between' || preposition === 'and' || content[time.last + 1]?.lower === 'and') continue;
    const slack = hedged ? HEDGED_SLACK : time.precise ? MINUTE_SLACK : HOUR_SLACK;
    const t = time.minutes;
    let interval: Interval = [t - slack, t + slack];
    let role: ClockTime['role'] = 'point';
    let notUntil = false;
    if (preposition === 'until' || preposition === 'till') {
      const negatedBefore = content.slice(Math.max(0, k - NOT_UNTIL_WINDOW), k).some((w) => NEGATIONS.has(w.lower));
      role = negatedBefore ? 'point' : 'end';
      notUntil = negatedBefore;
    } else if (preposition === 'from' || preposition === 'since') role = 'start';
    else if (preposition === 'before' || preposition === 'by') interval = shortly ? [t - SHORTLY, t] : [-Infinity, t];
    else if (preposition === 'after') interval = shortly ? [t, t + SHORTLY] : [t, Infinity];
    if (role === 'point' && content.slice(Math.max(0, k - STOPPING_WINDOW), k).some((w) => STOPPING.has(w.lower))) role = 'end';
    const first = content[PREPOSITIONS.has(preposition) ? k - (shortly ? 1 : 0) : k + 1]!;
    times.push({
      interval,
      role,
      figure: words.text.slice(first.start, content[time.last]!.end).replace(/[.]$/, ''),
      at,
      ...(notUntil ? { notUntil } : {}),
    });
  }
  return times;
}
