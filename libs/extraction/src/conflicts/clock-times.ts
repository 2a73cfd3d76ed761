import type { ClaimWords } from './claim-words';
import type { Interval } from './measures';
import { minutesAfterMidnight, timesOfDay } from '../quantities/times-of-day';
import { APPROXIMATORS } from '../lexicon';
import { negatesClause } from './disagreement-lexicon';

/**
 * Times of day as a measure (branch conflicts17): "the music was switched off at 11pm" against "music had played until
 * 2am", "received the first call at 9.14pm" against "dialled 999 at 8.35pm", "the first crew arrived at 9.22pm" against
 * "did not reach the site until 9.50pm". quantities/times-of-day.ts reads the times; this reads, from the claim's
 * content words around each, what it is the time of and how near the happening it says it was.
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

/** How far a time given to the minute ("9.14pm"), to the hour ("9pm") or hedged ("about 9pm") may be from when it was. */
const MINUTE_SLACK = 5;
const HOUR_SLACK = 15;
const HEDGED_SLACK = 30;
/** "shortly before", "just after": within half an hour. */
const SHORTLY = 30;

const PREPOSITIONS = new Set(['at', 'until', 'till', 'from', 'since', 'before', 'by', 'after']);
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

/**
 * The times of day of the claim's content (quantities/times-of-day.ts reads them), each with the indices of its first and
 * last content word. A time whose half of the day the text leaves to context ("nine o'clock") is no measure here: a
 * reading of one side as morning would make a conflict of a restatement.
 */
function timesOfContent(words: ClaimWords): { minutes: number; first: number; last: number; precise: boolean }[] {
  const content = words.content;
  const found: { minutes: number; first: number; last: number; precise: boolean }[] = [];
  let k = 0;
  for (const time of timesOfDay(words.text)) {
    const minutes = minutesAfterMidnight(time);
    while (k < content.length && content[k]!.end <= time.start) k++;
    // Not a word of the content: the time is in the attribution clause.
    if (minutes === null || k >= content.length || content[k]!.start < time.start || content[k]!.start >= time.end) continue;
    let last = k;
    while (last + 1 < content.length && content[last + 1]!.start < time.end) last++;
    found.push({ minutes, first: k, last, precise: time.precise });
  }
  return found;
}

/** The times of day a claim's content gives, each with what it is of. "between 9pm and 11pm" is a range of neither. */
export function clockTimesOf(words: ClaimWords): ClockTime[] {
  const content = words.content;
  const times: ClockTime[] = [];
  for (const time of timesOfContent(words)) {
    const at = time.first;
    let k = at - 1;
    let hedged = false;
    let shortly = false;
    while (k >= 0 && (APPROXIMATORS.has(content[k]!.lower) || SHORTLY_WORDS.has(content[k]!.lower))) {
      if (APPROXIMATORS.has(content[k]!.lower)) hedged = true;
      k--;
    }
    const preposition = content[k]?.lower ?? '';
    if (SHORTLY_WORDS.has(content[k - 1]?.lower ?? '')) shortly = true;
    if (preposition === 'between' || preposition === 'and' || content[time.last + 1]?.lower === 'and') continue;
    // "6:10 p.m. — Briggs tells reporters …", "14:20 - The fire service says …": a live page's or a timeline's entry time
    // opening the claim dates the entry, not what it tells.
    if (at === 0 && entryStamp(words, time.last)) continue;
    const slack = hedged ? HEDGED_SLACK : time.precise ? MINUTE_SLACK : HOUR_SLACK;
    const t = time.minutes;
    let interval: Interval = [t - slack, t + slack];
    let role: ClockTime['role'] = 'point';
    let notUntil = false;
    if (preposition === 'until' || preposition === 'till') {
      const negatedBefore = content.slice(Math.max(0, k - NOT_UNTIL_WINDOW), k).some((w) => negatesClause(w.lower));
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

/** Dashes and a colon after an entry's time: "9:40 p.m. — ", "14:20 - ", "09:15: ". */
const STAMP_MARKS = /^[\s.]*[-–—:]\s/;

/** The time ending at content word `last` opens the claim and a dash or a colon follows it: an entry's time stamp. */
function entryStamp(words: ClaimWords, last: number): boolean {
  const next = words.content[last + 1];
  return next !== undefined && STAMP_MARKS.test(words.text.slice(words.content[last]!.end, next.start));
}
